package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** {@code iam:CreateAccessKey}. Without a UserName: for the calling user */
@Component
class CreateAccessKeyHandler implements OperationHandler {

    private final UserSupport users;
    private final AccessKeys keys;
    private final Clock clock;

    CreateAccessKeyHandler(UserSupport users, AccessKeys keys, Clock clock) {
        this.users = users;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreateAccessKey";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        AccessKeys.Owner owner = keys.owner(call, input);
        String accessKeyId = IamIds.newAccessKeyId();
        String masterKeyId = keys.masterKeys().currentKeyId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        users.sendToUser(new CreateUserAccessKey(owner.userId(), accessKeyId, masterKeyId, now), owner.userName());
        ObjectNode output = UserSupport.JSON.objectNode();
        output.putObject("AccessKey")
                .put("UserName", owner.userName())
                .put("AccessKeyId", accessKeyId)
                .put("Status", "Active")
                // The only place the secret ever appears: derived, never stored, never in an event or a log.
                .put("SecretAccessKey", keys.masterKeys().deriveSecret(masterKeyId, accessKeyId))
                .put("CreateDate", now.toString());
        return output;
    }
}
