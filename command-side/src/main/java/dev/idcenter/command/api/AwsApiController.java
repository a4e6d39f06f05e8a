package dev.idcenter.command.api;

import dev.idcenter.protocol.HttpResponseData;
import dev.idcenter.protocol.RawHttpRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
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

    private final ApiFrontDoor frontDoor;

    public AwsApiController(ApiFrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    @RequestMapping(path = "/", method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        String path = request.getRequestURI();
        RawHttpRequest raw = new RawHttpRequest(request.getMethod(), path, request.getQueryString(), headers,
                request.getInputStream().readAllBytes(), request.getRemoteAddr());
        HttpResponseData response = frontDoor.handle(raw);
        HttpHeaders out = new HttpHeaders();
        response.headers().forEach(out::set);
        return ResponseEntity.status(response.status()).headers(out).body(response.body());
    }
}
