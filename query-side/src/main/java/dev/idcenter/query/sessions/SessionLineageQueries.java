package dev.idcenter.query.sessions;

import dev.idcenter.queries.sts.FindSessionLineage;
import dev.idcenter.queries.sts.SessionView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Answers where temporary credentials came from, hop by hop (AUDIT-2). */
@Component
public class SessionLineageQueries {

    /** A chain is at most this long; a cycle cannot happen (a parent exists before its child), this only bounds it. */
    private static final int MAX_HOPS = 64;
    private final JdbcClient jdbc;
    private final ProjectionBarrier barrier;

    public SessionLineageQueries(JdbcClient jdbc, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.barrier = barrier;
    }

    @QueryHandler
    public List<SessionView> lineage(FindSessionLineage query) {
        barrier.await(SessionLineageProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        with recursive chain (session_id, hop) as (
                            select session_id, 0 from query.sts_session where access_key_id = ?
                            union all
                            select s.parent_session_id, c.hop + 1
                              from chain c join query.sts_session s on s.session_id = c.session_id
                             where s.parent_session_id is not null and c.hop < ?)
                        select s.session_id, s.access_key_id, s.kind, s.account_id, s.principal_arn, s.issuer_arn,
                               s.caller_arn, s.session_name, s.source_identity, s.parent_session_id, s.origin_arn,
                               s.issued_at, s.expires_at, s.mfa_authenticated, s.source_ip, s.revoked_at
                          from chain c join query.sts_session s on s.session_id = c.session_id
                         order by c.hop""")
                .params(query.accessKeyId(), MAX_HOPS)
                .query((rs, n) -> new SessionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                        rs.getTimestamp(13).toInstant(), rs.getBoolean(14), rs.getString(15), instant(rs.getTimestamp(16))))
                .list();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
