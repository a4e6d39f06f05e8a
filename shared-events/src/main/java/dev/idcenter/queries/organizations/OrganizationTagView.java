package dev.idcenter.queries.organizations;

/** One tag of an Organizations resource. */
public record OrganizationTagView(String key, String value) {
}
