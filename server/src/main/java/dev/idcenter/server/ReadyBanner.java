package dev.idcenter.server;

import dev.idcenter.command.bootstrap.ManagementAccountBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;

/** Tells the operator where to point the AWS CLI and where the root credentials are, once everything is up. */
@Component
class ReadyBanner {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);
    private final ManagementAccountBootstrap bootstrap;

    ReadyBanner(ManagementAccountBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        var account = bootstrap.managementAccount();
        String credentials = Files.exists(account.credentialsFile())
                ? "root credentials in " + account.credentialsFile() + " (profile " + ManagementAccountBootstrap.CLI_PROFILE + ")"
                : "root access key " + account.rootAccessKeyId() + " with the secret from IDC_ROOT_SECRET_ACCESS_KEY";
        LOG.info("Identity Center ready in {} ms at http://localhost:{} | management account {} | {}",
                ManagementFactory.getRuntimeMXBean().getUptime(), port, account.accountId(), credentials);
    }
}
