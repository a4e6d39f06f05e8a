package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.credentials.AccessKeyRecord;

import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** {@code iam:GetAccessKeyLastUsed}. */
@Component
class GetAccessKeyLastUsedHandler implements OperationHandler {

    private final UserSupport users;
    private final AccessKeys keys;

    GetAccessKeyLastUsedHandler(UserSupport users, AccessKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public String action() {
        return "iam:GetAccessKeyLastUsed";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String accessKeyId = input.get("AccessKeyId").asText();
        AccessKeyRecord key = keys.directory().find(accessKeyId)
                .filter(record -> record.accountId().equals(call.caller().accountId()))
                .orElseThrow(() -> AccessKeys.noSuchAccessKey(accessKeyId));
        ObjectNode output = UserSupport.JSON.objectNode();
        if ("IAMUser".equals(key.principalType())) {
            users.userById(call, key.principalId()).ifPresent(user -> output.put("UserName", user.userName()));
        }
        ObjectNode lastUsed = output.putObject("AccessKeyLastUsed");
        keys.directory().lastUsed(accessKeyId).ifPresentOrElse(use -> lastUsed
                        .put("LastUsedDate", use.at().truncatedTo(ChronoUnit.SECONDS).toString())
                        .put("ServiceName", use.service())
                        .put("Region", use.region()),
                // AWS answers N/A for a key that has not been used.
                () -> lastUsed.put("ServiceName", "N/A").put("Region", "N/A"));
        return output;
    }
}
