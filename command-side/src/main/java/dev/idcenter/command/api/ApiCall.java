package dev.idcenter.command.api;

import java.time.Instant;

/**
 * The facts of one authenticated call that every operation handler may need, and the events it stores with its audit
 * record ({@link CallEvents}).
 */
public record ApiCall(String requestId, Instant receivedAt, Caller caller, String region, String sourceIp,
                      String userAgent, CallEvents events) {

    public ApiCall(String requestId, Instant receivedAt, Caller caller, String region, String sourceIp,
                   String userAgent) {
        this(requestId, receivedAt, caller, region, sourceIp, userAgent, new CallEvents());
    }

    /** The same call made as {@code other}: what either stages is stored with the call's one audit record. */
    public ApiCall as(Caller other) {
        return new ApiCall(requestId, receivedAt, other, region, sourceIp, userAgent, events);
    }
}
