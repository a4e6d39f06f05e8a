package dev.idcenter.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the command side and the query side in one process behind one port: the default way to run. */
@SpringBootApplication(scanBasePackages = "dev.idcenter")
public class IdentityCenterApplication {

    public static void main(String[] args) {
        // The AxonIQ update checker calls out to the internet; an identity center must not.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(IdentityCenterApplication.class, args);
    }
}
