package dev.idcenter.events.organizations;

/** A tag of an Organizations resource (root, OU, account or policy); keys are case-sensitive. */
public record OrganizationTag(String key, String value) {
}
