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

    /**
     * The answer for an operation the model has but the server does not implement yet: code {@code NotImplemented},
     * HTTP 501 (not retried by the AWS SDKs and CLI), naming the operation.
     */
    public AwsErrorException notImplemented() {
        return new AwsErrorException("NotImplemented", 501, "The operation " + operation.name() + " ("
                + actionName() + ") is not implemented by this server yet.", false);
    }
}
