package dev.idcenter.queries.iam.mfa;

/**
 * The virtual MFA devices of an account, ordered by serial number, as of {@code minPosition}: those assigned to
 * {@code userId} when it is given, else those with {@code assignmentStatus} ({@code Assigned}, {@code Unassigned},
 * {@code Any}).
 */
public record ListMfaDevices(String accountId, String userId, String assignmentStatus, long minPosition) {
}
