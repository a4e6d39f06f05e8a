package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enable a policy type in the organization's root. */
public record EnablePolicyType(@TargetAggregateIdentifier String organizationId, String rootId, String policyType) {
}
