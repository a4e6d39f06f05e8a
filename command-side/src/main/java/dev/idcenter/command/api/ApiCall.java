package dev.idcenter.command.api;

import java.time.Instant;

/** The facts of one authenticated call that every operation handler may need. */
public record ApiCall(String requestId, Instant receivedAt, Caller caller, String region, String sourceIp,
                      String userAgent) {
}
