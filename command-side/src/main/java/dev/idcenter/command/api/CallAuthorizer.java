package dev.idcenter.command.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.OperationCall;

/**
 * Decides, before any handler runs, whether the caller may make this call (the action {@code <service>:<Operation>}
 * on the resource the operation targets). A refusal is an {@link dev.idcenter.protocol.AwsErrorException}
 * (AccessDenied) and the handler never runs.
 */
public interface CallAuthorizer {

    void authorize(ApiCall call, OperationCall operation, ObjectNode input);
}
