package dev.idcenter.command.audit;

import dev.idcenter.command.api.ApiFrontDoor;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import dev.idcenter.events.audit.ReadOnlyCalls;
import dev.idcenter.protocol.OperationModel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The audit records of one finished call (AUDIT-1): one for the caller's account, and for a call on another
 * account's resource (a cross-account AssumeRole) one more for that account, both with one {@code sharedEventId}, as
 * CloudTrail does. Nothing secret of the request or response reaches a record ({@link AuditedParameters}).
 */
final class AuditRecords {

    private static final int MAX_USER_AGENT = 1024;
    private static final int MAX_ERROR_MESSAGE = 4096;
    private static final String STS = "sts.amazonaws.com";

    private AuditRecords() {
    }

    /** The records of {@code call}; {@code ids} gives each record (and a shared pair) its event id. */
    static List<ApiCallRecorded> of(AuditedCall call, Supplier<String> ids) {
        CallerIdentity caller = call.caller() != null ? UserIdentities.of(call.caller())
                : CallerIdentity.unknown(ApiFrontDoor.claimedAccessKeyId(call.request()));
        OperationModel operation = call.operation() != null ? call.operation().operation() : null;
        String eventName = operation != null ? operation.name() : null;
        String requestParameters = operation != null && call.input() != null
                ? AuditedParameters.requestParameters(operation.input().orElse(null), call.input()) : null;
        String responseElements = operation != null && call.error() == null && call.output() != null
                && recordsResponse(call.eventSource(), eventName)
                ? AuditedParameters.responseElements(operation.output().orElse(null), call.output()) : null;
        Optional<String> resourceAccount = call.operation() != null
                ? ResourceAccounts.of(call.operation().actionName(), call.input()) : Optional.empty();

        Record record = new Record(call, eventName, caller, requestParameters, responseElements);
        if (resourceAccount.isEmpty() || Objects.equals(resourceAccount.get(), caller.accountId())) {
            return List.of(record.in(ids.get(), caller.accountId(), caller, null));
        }
        if (caller.accountId() == null) {
            // An unsigned call (AssumeRoleWithWebIdentity, ...) belongs to the account of the role it names.
            return List.of(record.in(ids.get(), resourceAccount.get(), caller, null));
        }
        String shared = ids.get();
        return List.of(record.in(ids.get(), caller.accountId(), caller, shared),
                record.in(ids.get(), resourceAccount.get(), UserIdentities.asSeenByAnotherAccount(caller), shared));
    }

    /**
     * CloudTrail leaves {@code responseElements} out of calls that only read (a GetUserPolicy record has none), but
     * keeps them for STS, whose read-only calls issue credentials and name them there (AUDIT-1).
     */
    private static boolean recordsResponse(String eventSource, String eventName) {
        return STS.equals(eventSource) || !ReadOnlyCalls.readOnly(eventSource, eventName);
    }

    /** What the records of one call have in common. */
    private record Record(AuditedCall call, String eventName, CallerIdentity caller, String requestParameters,
                          String responseElements) {

        ApiCallRecorded in(String eventId, String recipientAccountId, CallerIdentity identity, String sharedEventId) {
            return new ApiCallRecorded(eventId, call.requestId(), call.receivedAt(), call.eventSource(), eventName,
                    ApiCallRecorded.AWS_API_CALL, ReadOnlyCalls.readOnly(call.eventSource(), eventName),
                    call.region(), call.request().sourceIp(),
                    capped(call.request().header("User-Agent").orElse(null), MAX_USER_AGENT), identity,
                    recipientAccountId, requestParameters, responseElements,
                    call.error() != null ? call.error().code() : null,
                    call.error() != null ? capped(call.error().getMessage(), MAX_ERROR_MESSAGE) : null, sharedEventId);
        }
    }

    /** Client-controlled text is kept to a sane length in the audit trail (CloudTrail caps it too). */
    private static String capped(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max) + "...";
    }
}
