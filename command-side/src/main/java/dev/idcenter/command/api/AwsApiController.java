package dev.idcenter.command.api;

import dev.idcenter.protocol.HttpResponseData;
import dev.idcenter.protocol.RawHttpRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP endpoint all AWS clients talk to. It hands the request over untouched (the body is read as bytes, never
 * parsed as servlet parameters, because SigV4 signs the exact bytes).
 */
@RestController
public class AwsApiController {

    /** The largest AWS request we serve (a 131,072-character policy document, percent-encoded) fits well inside. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private final ApiFrontDoor frontDoor;

    public AwsApiController(ApiFrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    // Every path and method: whatever a client sends gets an answer in AWS's shape, never a servlet error page.
    @RequestMapping(path = {"/", "/**"})
    public ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        boolean tooLarge = body.length > MAX_BODY_BYTES || request.getContentLengthLong() > MAX_BODY_BYTES;
        RawHttpRequest raw = new RawHttpRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                headers, tooLarge ? new byte[0] : body, request.getRemoteAddr());
        HttpResponseData response = tooLarge ? frontDoor.refuseTooLarge(raw, MAX_BODY_BYTES) : frontDoor.handle(raw);
        HttpHeaders out = new HttpHeaders();
        response.headers().forEach(out::set);
        return ResponseEntity.status(response.status()).headers(out).body(response.body());
    }
}
