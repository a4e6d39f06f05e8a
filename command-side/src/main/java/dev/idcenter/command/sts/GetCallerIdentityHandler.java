package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code sts:GetCallerIdentity}: needs no permission and works for any valid credentials (STS-6). */
@Component
public class GetCallerIdentityHandler implements OperationHandler {

    @Override
    public String action() {
        return "sts:GetCallerIdentity";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("UserId", call.caller().principalId());
        output.put("Account", call.caller().accountId());
        output.put("Arn", call.caller().arn());
        return output;
    }
}
