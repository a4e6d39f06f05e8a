package dev.idcenter.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Implements one AWS operation. The input has already been decoded and validated against the AWS model; the output
 * is a tree in the model's member names that the codec serializes for the service's protocol. Errors the client
 * should see are thrown as {@link dev.idcenter.protocol.AwsErrorException}.
 */
public interface OperationHandler {

    /** The action this handler implements, {@code service:Operation} with the signing name, e.g. {@code sts:GetCallerIdentity}. */
    String action();

    JsonNode handle(ApiCall call, ObjectNode input);
}
