package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.queries.iam.FindPolicy;
import dev.idcenter.queries.iam.ListPolicies;
import dev.idcenter.queries.iam.ListPolicyAttachments;
import dev.idcenter.queries.iam.ListPolicyVersions;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import dev.idcenter.queries.iam.PolicyVersionView;
import dev.idcenter.queries.iam.PolicyView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Answers managed policy and attachment queries from the {@code iam-views} projections, once caught up. */
@Component
public class PolicyQueries {

    private static final String COLUMNS = """
            p.account_id, p.policy_id, p.policy_name, p.path, p.arn, p.default_version_id,
            (select count(*) from query.iam_policy_attachment a where a.account_id = p.account_id and a.policy_arn = p.arn) as attachment_count,
            (select count(*) from query.iam_role r where r.account_id = p.account_id and r.permissions_boundary_arn = p.arn
                and not r.deleted)
              + (select count(*) from query.iam_user u where u.account_id = p.account_id
                and u.permissions_boundary_arn = p.arn and not u.deleted) as boundary_count,
            p.description, p.create_date, p.update_date, p.tags::text""";
    private final JdbcClient jdbc;
    private final ViewTags tags;
    private final ProjectionBarrier barrier;

    public PolicyQueries(JdbcClient jdbc, ObjectMapper json, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.tags = new ViewTags(json);
        this.barrier = barrier;
    }

    @QueryHandler
    public Optional<PolicyView> find(FindPolicy query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("select " + COLUMNS + " from query.iam_policy p where p.account_id = ? and p.arn = ? and not p.deleted")
                .params(query.accountId(), query.policyArn())
                .query(this::view)
                .optional();
    }

    @QueryHandler
    public List<PolicyView> list(ListPolicies query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        String prefix = query.pathPrefix() == null ? "/" : query.pathPrefix();
        return jdbc.sql("select " + COLUMNS + " from query.iam_policy p "
                        + "where p.account_id = ? and not p.deleted and starts_with(p.path, ?) order by p.policy_name_lower")
                .params(query.accountId(), prefix)
                .query(this::view)
                .list();
    }

    @QueryHandler
    public List<PolicyVersionView> versions(ListPolicyVersions query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select v.version_id, v.document, v.version_id = p.default_version_id, v.create_date
                        from query.iam_policy p join query.iam_policy_version v on v.policy_id = p.policy_id
                        where p.account_id = ? and p.arn = ? and not p.deleted
                        order by v.version_no desc""")
                .params(query.accountId(), query.policyArn())
                .query((rs, n) -> new PolicyVersionView(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    @QueryHandler
    public List<PolicyAttachmentView> attachments(ListPolicyAttachments query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        // Entity names and paths by type; boundaries of roles and users count as a use of the policy too.
        return jdbc.sql("""
                        select * from (
                            select a.account_id, a.policy_arn, a.policy_name, a.policy_path, a.entity_type, a.entity_id,
                                   coalesce(r.role_name, us.user_name, g.group_name) as entity_name,
                                   coalesce(r.path, us.path, g.path) as entity_path, 'PermissionsPolicy' as usage
                            from query.iam_policy_attachment a
                            left join query.iam_role r on a.entity_type = 'role' and r.role_id = a.entity_id
                            left join query.iam_user us on a.entity_type = 'user' and us.user_id = a.entity_id
                            left join query.iam_group g on a.entity_type = 'group' and g.group_id = a.entity_id
                            union all
                            select us.account_id, us.permissions_boundary_arn,
                                   regexp_replace(us.permissions_boundary_arn, '^.*/', ''),
                                   substring(us.permissions_boundary_arn from ':policy(.*/)'), 'user', us.user_id,
                                   us.user_name, us.path, 'PermissionsBoundary'
                            from query.iam_user us
                            where not us.deleted and us.permissions_boundary_arn is not null
                            union all
                            select r.account_id, r.permissions_boundary_arn,
                                   regexp_replace(r.permissions_boundary_arn, '^.*/', ''),
                                   substring(r.permissions_boundary_arn from ':policy(.*/)'), 'role', r.role_id,
                                   r.role_name, r.path, 'PermissionsBoundary'
                            from query.iam_role r
                            where not r.deleted and r.permissions_boundary_arn is not null) u
                        where u.account_id = ?
                          and (cast(? as text) is null or u.policy_arn = ?)
                          and (cast(? as text) is null or u.entity_type = ?)
                          and (cast(? as text) is null or u.entity_id = ?)
                        order by lower(u.policy_name), u.policy_arn, lower(u.entity_name), u.entity_id, u.usage""")
                .params(query.accountId(), query.policyArn(), query.policyArn(), query.entityType(), query.entityType(),
                        query.entityId(), query.entityId())
                .query((rs, n) -> new PolicyAttachmentView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    private PolicyView view(ResultSet rs, int row) throws SQLException {
        return new PolicyView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getTimestamp(11).toInstant(), tags.read(rs.getString(12)));
    }
}
