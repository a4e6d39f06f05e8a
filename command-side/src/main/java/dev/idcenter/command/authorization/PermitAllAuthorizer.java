package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.CallAuthorizer;
import dev.idcenter.protocol.OperationCall;
import org.springframework.stereotype.Component;

/** Placeholder until policy-engine authorizes every call: lets every authenticated call through. */
@Component
class PermitAllAuthorizer implements CallAuthorizer {

    @Override
    public void authorize(ApiCall call, OperationCall operation, ObjectNode input) {
        // Replaced by the policy-engine authorizer.
    }
}
