package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.credentials.AccessKeyDirectory;
import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** What the access key operations share: whose keys a call is about, the key directory and the master key ring. */
@Component
class AccessKeys {

    /** The owner of the keys a call is about; for the root user, the account id and no user name. */
    record Owner(String userId, String userName) {
    }

    private final UserSupport users;
    private final AccessKeyDirectory directory;
    private final MasterKeyRing masterKeys;

    AccessKeys(UserSupport users, AccessKeyDirectory directory, MasterKeyRing masterKeys) {
        this.users = users;
        this.directory = directory;
        this.masterKeys = masterKeys;
    }

    /** The named user, else the calling IAM user; root credentials without a UserName are refused. */
    Owner owner(ApiCall call, ObjectNode input) {
        Owner owner = ownerOrRoot(call, input);
        if (owner.userName() == null) {
            // The root user's keys come from the server's bootstrap (configured or derived), not from IAM calls.
            throw new AwsErrorException("NotImplemented", 501, "Access keys of the root user are managed by the "
                    + "server's bootstrap configuration; name an IAM user with UserName.", false);
        }
        return owner;
    }

    /** Like {@link #owner}, but root credentials without a UserName mean the account's root user. */
    Owner ownerOrRoot(ApiCall call, ObjectNode input) {
        if (input.hasNonNull("UserName")) {
            // The view, not just the name directory: responses show the user's name as it was created, not as typed.
            var user = users.user(call, input.get("UserName").asText());
            return new Owner(user.userId(), user.userName());
        }
        if (UserSupport.isCallingUser(call, input)) {
            return new Owner(call.caller().principalId(), users.callingUser(call).userName());
        }
        if ("Root".equals(call.caller().type())) {
            return new Owner(call.caller().accountId(), null);
        }
        throw new AwsErrorException("ValidationError", 400, "Must specify userName when calling with non-User credentials");
    }

    AccessKeyDirectory directory() {
        return directory;
    }

    MasterKeyRing masterKeys() {
        return masterKeys;
    }

    static AwsErrorException noSuchAccessKey(String accessKeyId) {
        return new AwsErrorException("NoSuchEntity", 404, "The Access Key with id " + accessKeyId + " cannot be found.");
    }
}
