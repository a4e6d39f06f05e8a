package dev.idcenter.queries.audit;

import java.time.Instant;

/**
 * One page of an account's audit records, newest first, as of {@code minPosition}: CloudTrail's LookupEvents.
 *
 * @param accountId      the account whose records are read (their {@code recipientAccountId})
 * @param attributeKey   a LookupEvents attribute key ({@code EventName}, {@code Username}, ...), or null for all
 * @param attributeValue the value it must have
 * @param startTime      the oldest event time, inclusive, or null
 * @param endTime        the newest event time, inclusive, or null
 * @param limit          at most this many records
 * @param after          the last record of the previous page, or null for the first page
 * @param minPosition    the event store position the answer reflects (read-your-writes)
 */
public record LookupAuditEvents(String accountId, String attributeKey, String attributeValue, Instant startTime,
                                Instant endTime, int limit, AuditCursor after, long minPosition) {

    /**
     * Where a page ended: records are ordered by event time, then event id, both descending.
     *
     * @param eventTime the event time of the page's last record, as stored (microseconds)
     * @param eventId   its event id
     */
    public record AuditCursor(Instant eventTime, String eventId) {
    }
}
