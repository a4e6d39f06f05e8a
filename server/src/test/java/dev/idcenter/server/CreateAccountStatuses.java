package dev.idcenter.server;

import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;

import java.time.Duration;
import java.time.Instant;

/** Polls an asynchronous CreateAccount, as a client does, until it is no longer IN_PROGRESS (or 30 s passed). */
final class CreateAccountStatuses {

    private CreateAccountStatuses() {
    }

    static CreateAccountStatus awaitCompletion(OrganizationsClient org, String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            CreateAccountStatus status = org.describeCreateAccountStatus(b -> b.createAccountRequestId(requestId))
                    .createAccountStatus();
            if (status.state() != CreateAccountState.IN_PROGRESS || Instant.now().isAfter(deadline)) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
