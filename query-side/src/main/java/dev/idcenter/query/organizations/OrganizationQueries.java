package dev.idcenter.query.organizations;

import dev.idcenter.queries.organizations.CreateAccountStatusView;
import dev.idcenter.queries.organizations.FindOrganization;
import dev.idcenter.queries.organizations.ListCreateAccountStatuses;
import dev.idcenter.queries.organizations.ListOrganizationAccounts;
import dev.idcenter.queries.organizations.ListOrganizationalUnits;
import dev.idcenter.queries.organizations.ListOrganizationTags;
import dev.idcenter.queries.organizations.OrganizationTagView;
import dev.idcenter.queries.organizations.ListOrganizationPolicies;
import dev.idcenter.queries.organizations.ListPolicyAttachmentsOfOrganization;
import dev.idcenter.queries.organizations.OrganizationPolicyAttachmentView;
import dev.idcenter.queries.organizations.OrganizationPolicyView;
import dev.idcenter.queries.organizations.OrganizationalUnitView;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import dev.idcenter.queries.organizations.OrganizationView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers Organizations queries from the organization views, once they have caught up with the caller's writes. */
@Component
public class OrganizationQueries {

    private final JdbcClient jdbc;
    private final ProjectionBarrier barrier;

    public OrganizationQueries(JdbcClient jdbc, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.barrier = barrier;
    }

    @QueryHandler
    public Optional<OrganizationView> find(FindOrganization query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select o.organization_id, o.management_account_id, o.root_id, o.feature_set, o.created_at,
                               o.enabled_policy_types
                          from query.org_organization o
                          join query.org_account a on a.organization_id = o.organization_id
                         where a.account_id = ?""")
                .param(query.accountId())
                .query((rs, n) -> new OrganizationView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        java.util.Arrays.stream(rs.getString(6).split(",")).filter(t -> !t.isEmpty()).toList()))
                .optional();
    }

    @QueryHandler
    public List<OrganizationAccountView> accounts(ListOrganizationAccounts query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select account_id, organization_id, account_name, email, status, joined_method, joined_at,
                               parent_id
                          from query.org_account where organization_id = ?
                         order by joined_method desc, joined_at, account_id""")
                .param(query.organizationId())
                .query((rs, n) -> new OrganizationAccountView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    @QueryHandler
    public List<OrganizationalUnitView> ous(ListOrganizationalUnits query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select ou_id, organization_id, parent_id, name from query.org_ou
                         where organization_id = ? order by name, ou_id""")
                .param(query.organizationId())
                .query((rs, n) -> new OrganizationalUnitView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    @QueryHandler
    public List<OrganizationPolicyView> policies(ListOrganizationPolicies query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select policy_id, organization_id, name, description, type, content, aws_managed
                          from query.org_policy where organization_id = ? order by name, policy_id""")
                .param(query.organizationId())
                .query((rs, n) -> new OrganizationPolicyView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    @QueryHandler
    public List<OrganizationPolicyAttachmentView> attachments(ListPolicyAttachmentsOfOrganization query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select organization_id, policy_id, target_id from query.org_policy_attachment
                         where organization_id = ? order by policy_id, target_id""")
                .param(query.organizationId())
                .query((rs, n) -> new OrganizationPolicyAttachmentView(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @QueryHandler
    public List<CreateAccountStatusView> statuses(ListCreateAccountStatuses query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select request_id, organization_id, account_name, state, requested_at, completed_at,
                               account_id, failure_reason
                          from query.org_create_account_status where organization_id = ?
                         order by requested_at desc, request_id""")
                .param(query.organizationId())
                .query((rs, n) -> new CreateAccountStatusView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
                        rs.getString(7), rs.getString(8)))
                .list();
    }

    @QueryHandler
    public List<OrganizationTagView> tags(ListOrganizationTags query) {
        barrier.await(OrganizationViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("""
                        select tag_key, tag_value from query.org_tag
                         where organization_id = ? and resource_id = ? order by tag_key""")
                .params(query.organizationId(), query.resourceId())
                .query((rs, n) -> new OrganizationTagView(rs.getString(1), rs.getString(2)))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
