package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** {@code iam:GetUser}. Without a UserName: the calling user (the root user of the account for root credentials) */
@Component
class GetUserHandler implements OperationHandler {

    private final UserSupport users;
    private final JdbcClient jdbc;

    GetUserHandler(UserSupport users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public String action() {
        return "iam:GetUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        ObjectNode output = UserSupport.JSON.objectNode();
        if (input.hasNonNull("UserName")) {
            output.set("User", UserSupport.user(users.user(call, input.get("UserName").asText()), true));
        } else if (UserSupport.isCallingUser(call, input)) {
            output.set("User", UserSupport.user(users.callingUser(call), true));
        } else if ("Root".equals(call.caller().type())) {
            // AWS answers the root "user" with the account id as its id, the root ARN, and no name or path.
            ObjectNode root = output.putObject("User");
            root.put("UserId", call.caller().accountId());
            root.put("Arn", call.caller().arn());
            root.put("CreateDate", jdbc.sql("select created_at from command.account_directory where account_id = ?")
                    .param(call.caller().accountId()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional()
                    .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS).toString());
        } else {
            throw new AwsErrorException("ValidationError", 400, "Must specify userName when calling with non-User credentials");
        }
        return output;
    }
}
