package dev.idcenter.queries.organizations;

/** Every CreateAccount request of the organization, newest first, as of {@code minPosition}. */
public record ListCreateAccountStatuses(String organizationId, long minPosition) {
}
