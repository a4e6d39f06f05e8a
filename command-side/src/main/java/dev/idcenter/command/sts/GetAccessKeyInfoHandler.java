package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.credentials.AccessKeyDirectory;
import dev.idcenter.command.credentials.AccessKeyRecord;
import dev.idcenter.command.credentials.TemporaryAccessKeyIds;
import org.springframework.stereotype.Component;

/**
 * {@code sts:GetAccessKeyInfo}: the account an access key id belongs to, whichever account that is. A long-term key
 * is looked up; a temporary key carries its account in its characters, as AWS's do.
 */
@Component
public class GetAccessKeyInfoHandler implements OperationHandler {

    private final AccessKeyDirectory keys;

    public GetAccessKeyInfoHandler(AccessKeyDirectory keys) {
        this.keys = keys;
    }

    @Override
    public String action() {
        return "sts:GetAccessKeyInfo";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String accessKeyId = input.get("AccessKeyId").asText();
        String account = keys.find(accessKeyId).map(AccessKeyRecord::accountId)
                .or(() -> TemporaryAccessKeyIds.accountOf(accessKeyId))
                .orElseThrow(() -> StsErrors.validation("The access key ID " + accessKeyId
                        + " is not a valid access key ID (AccessKeyId)."));
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("Account", account);
        return output;
    }
}
