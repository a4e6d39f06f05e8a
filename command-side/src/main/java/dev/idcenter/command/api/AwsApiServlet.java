package dev.idcenter.command.api;

import dev.idcenter.protocol.HttpResponseData;
import dev.idcenter.protocol.RawHttpRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP endpoint AWS clients talk to: every AWS SDK and the CLI send their calls to "/". A plain servlet, mapped to
 * exactly "/", because Spring MVC's dispatch around each call cost about a tenth of the server's CPU per read
 * (see docs/performance.md); {@link AwsApiController} answers every other path the same way. The request is handed
 * over untouched: the body is read as bytes, never parsed as servlet parameters, because SigV4 signs the exact bytes.
 */
public class AwsApiServlet extends HttpServlet {

    /** The largest AWS request we serve (a 131,072-character policy document, percent-encoded) fits well inside. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private final transient ApiFrontDoor frontDoor;

    public AwsApiServlet(ApiFrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    // Every method: whatever a client sends gets an answer in AWS's shape, never a servlet error page.
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(frontDoor, request, response);
    }

    static void serve(ApiFrontDoor frontDoor, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        boolean tooLarge = body.length > MAX_BODY_BYTES || request.getContentLengthLong() > MAX_BODY_BYTES;
        RawHttpRequest raw = new RawHttpRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                headers, tooLarge ? new byte[0] : body, request.getRemoteAddr());
        HttpResponseData answer = tooLarge ? frontDoor.refuseTooLarge(raw, MAX_BODY_BYTES) : frontDoor.handle(raw);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
