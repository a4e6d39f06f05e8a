package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/**
 * {@code sts:DecodeAuthorizationMessage}: reveals why a call was denied to a caller of the same account allowed
 * this action (the authorizer checked that); a message of another account reads as invalid.
 */
@Component
class DecodeAuthorizationMessageHandler implements OperationHandler {

    private final AuthorizationMessages messages;

    DecodeAuthorizationMessageHandler(AuthorizationMessages messages) {
        this.messages = messages;
    }

    @Override
    public String action() {
        return "sts:DecodeAuthorizationMessage";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        AuthorizationMessages.Decoded decoded = messages.decode(input.path("EncodedMessage").asText())
                .filter(message -> message.accountId().equals(call.caller().accountId()))
                .orElseThrow(() -> new AwsErrorException("InvalidAuthorizationMessageException", 400,
                        "The value of EncodedMessage is not a valid authorization message of this account."));
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("DecodedMessage", decoded.message());
        return output;
    }
}
