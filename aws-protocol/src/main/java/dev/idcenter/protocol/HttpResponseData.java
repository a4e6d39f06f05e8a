package dev.idcenter.protocol;

import java.util.Map;

/** A finished HTTP response: what the web layer writes back unchanged. */
public record HttpResponseData(int status, Map<String, String> headers, byte[] body) {

    public HttpResponseData {
        headers = Map.copyOf(headers);
    }
}
