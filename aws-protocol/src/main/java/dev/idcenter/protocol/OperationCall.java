package dev.idcenter.protocol;

import java.util.Objects;

/** The routed target of a request: which service and which operation. */
public record OperationCall(ServiceModel service, OperationModel operation) {

    public OperationCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
    }

    /** The IAM action name, e.g. {@code iam:CreateRole} or {@code sso:CreatePermissionSet}. */
    public String actionName() {
        return service.actionPrefix() + ":" + operation.name();
    }
}
