package dev.idcenter.command.credentials;

import dev.idcenter.events.account.RootSecretSource;

/** What the command side knows of an access key: whose it is and how to recompute its secret. Never the secret. */
public record AccessKeyRecord(String accessKeyId, String accountId, String principalType, String principalId,
                              String principalArn, RootSecretSource secretSource, String masterKeyId, String status) {

    public boolean active() {
        return "Active".equals(status);
    }
}
