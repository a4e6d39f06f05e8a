package dev.idcenter.command.iam.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Delete a customer managed policy. That it is attached nowhere is checked by the attachment directory in the
 * command's transaction (the aggregate cannot see attachments, which live on the entities).
 */
public record DeleteManagedPolicy(@TargetAggregateIdentifier String policyId) {
}
