package dev.idcenter.command.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Every path but "/" (which {@link AwsApiServlet} serves): a client that sends a call elsewhere gets the same
 * AWS-shaped answer, never a servlet error page. Paths of our own endpoints ({@code /idc/...}) match before this.
 */
@RestController
public class AwsApiController {

    private final ApiFrontDoor frontDoor;

    public AwsApiController(ApiFrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    @RequestMapping(path = {"/", "/**"})
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AwsApiServlet.serve(frontDoor, request, response);
    }
}
