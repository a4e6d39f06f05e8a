package dev.idcenter.query.organizations;

import dev.idcenter.events.organizations.AccountClosed;
import dev.idcenter.events.organizations.AccountCreationFailed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.AccountMoved;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.OrganizationalUnitDeleted;
import dev.idcenter.events.organizations.OrganizationalUnitRenamed;
import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyDeleted;
import dev.idcenter.events.organizations.PolicyUpdated;
import dev.idcenter.events.organizations.PolicyDetached;
import dev.idcenter.events.organizations.OrganizationResourceTagged;
import dev.idcenter.events.organizations.OrganizationResourceUntagged;
import dev.idcenter.events.organizations.PolicyTypeDisabled;
import dev.idcenter.events.organizations.PolicyTypeEnabled;
import dev.idcenter.query.iam.RoleViewProjection;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Organizations, their accounts and CreateAccount requests for Organizations' Describe/List operations. It runs in
 * the {@code iam-views} processor (one processor, one barrier for every identity read). Each event first advances
 * the organization's version to the event's sequence number; an event at or below it was applied before and is
 * skipped, so redelivery and replay never apply a change twice.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class OrganizationViewProjection {

    public static final String PROCESSING_GROUP = RoleViewProjection.PROCESSING_GROUP;
    static final String MANAGEMENT_ACCOUNT_NAME = "Management account";
    static final String FULL_AWS_ACCESS_ID = "p-FullAWSAccess";
    static final String FULL_AWS_ACCESS_CONTENT =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final String RCP_FULL_AWS_ACCESS_ID = "p-RCPFullAWSAccess";
    static final String RCP_FULL_AWS_ACCESS_CONTENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
            + "\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    private final JdbcClient jdbc;

    public OrganizationViewProjection(JdbcClient jdbc, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationCreated e, @SequenceNumber long sequence) {
        int inserted = jdbc.sql("""
                        insert into query.org_organization (organization_id, management_account_id, root_id,
                               feature_set, created_at, version)
                        values (?, ?, ?, ?, ?, ?) on conflict (organization_id) do nothing""")
                .params(e.organizationId(), e.managementAccountId(), e.rootId(), e.featureSet(),
                        Timestamp.from(e.createdAt()), sequence)
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                            insert into query.org_account (account_id, organization_id, account_name, email, status,
                                   joined_method, joined_at, parent_id)
                            values (?, ?, ?, null, 'ACTIVE', 'INVITED', ?, ?) on conflict (account_id) do nothing""")
                    .params(e.managementAccountId(), e.organizationId(), MANAGEMENT_ACCOUNT_NAME,
                            Timestamp.from(e.createdAt()), e.rootId())
                    .update();
            jdbc.sql("""
                            insert into query.org_policy (organization_id, policy_id, name, description, type, content,
                                   aws_managed)
                            values (?, ?, ?, ?, 'SERVICE_CONTROL_POLICY', ?, true)""")
                    .params(e.organizationId(), FULL_AWS_ACCESS_ID, "FullAWSAccess", "Allows access to every operation",
                            FULL_AWS_ACCESS_CONTENT)
                    .update();
            jdbc.sql("""
                            insert into query.org_policy (organization_id, policy_id, name, description, type, content,
                                   aws_managed)
                            values (?, ?, ?, ?, 'RESOURCE_CONTROL_POLICY', ?, true)""")
                    .params(e.organizationId(), RCP_FULL_AWS_ACCESS_ID, "RCPFullAWSAccess",
                            "Allows access to every operation", RCP_FULL_AWS_ACCESS_CONTENT)
                    .update();
            attachFullAwsAccess(e.organizationId(), e.rootId());
            attachFullAwsAccess(e.organizationId(), e.managementAccountId());
        }
    }

    @EventHandler
    void on(AccountCreationRequested e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            insert into query.org_create_account_status (request_id, organization_id, account_name,
                                   state, requested_at)
                            values (?, ?, ?, 'IN_PROGRESS', ?)""")
                    .params(e.requestId(), e.organizationId(), e.accountName(), Timestamp.from(e.requestedAt()))
                    .update();
        }
    }

    @EventHandler
    void on(AccountCreationSucceeded e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            update query.org_create_account_status
                               set state = 'SUCCEEDED', completed_at = ?, account_id = ?
                             where request_id = ?""")
                    .params(Timestamp.from(e.completedAt()), e.accountId(), e.requestId())
                    .update();
            jdbc.sql("""
                            insert into query.org_account (account_id, organization_id, account_name, email, status,
                                   joined_method, joined_at, parent_id)
                            values (?, ?, ?, ?, 'ACTIVE', 'CREATED', ?, ?)""")
                    .params(e.accountId(), e.organizationId(), e.accountName(), e.email(),
                            Timestamp.from(e.completedAt()), e.parentId())
                    .update();
            attachFullAwsAccess(e.organizationId(), e.accountId());
        }
    }

    @EventHandler
    void on(AccountCreationFailed e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            insert into query.org_create_account_status (request_id, organization_id, account_name,
                                   state, requested_at, completed_at, failure_reason)
                            values (?, ?, ?, 'FAILED', ?, ?, ?)
                            on conflict (request_id) do update
                               set state = 'FAILED', completed_at = excluded.completed_at,
                                   failure_reason = excluded.failure_reason""")
                    .params(e.requestId(), e.organizationId(), e.accountName(), Timestamp.from(e.requestedAt()),
                            Timestamp.from(e.completedAt()), e.failureReason())
                    .update();
        }
    }

    @EventHandler
    void on(OrganizationalUnitCreated e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("insert into query.org_ou (ou_id, organization_id, parent_id, name) values (?, ?, ?, ?)")
                    .params(e.organizationalUnitId(), e.organizationId(), e.parentId(), e.name())
                    .update();
            attachFullAwsAccess(e.organizationId(), e.organizationalUnitId());
        }
    }

    @EventHandler
    void on(OrganizationalUnitRenamed e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("update query.org_ou set name = ? where ou_id = ?").params(e.name(), e.organizationalUnitId()).update();
        }
    }

    @EventHandler
    void on(OrganizationalUnitDeleted e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("delete from query.org_ou where ou_id = ?").param(e.organizationalUnitId()).update();
            jdbc.sql("delete from query.org_policy_attachment where organization_id = ? and target_id = ?")
                    .params(e.organizationId(), e.organizationalUnitId()).update();
            jdbc.sql("delete from query.org_tag where organization_id = ? and resource_id = ?")
                    .params(e.organizationId(), e.organizationalUnitId()).update();
        }
    }

    @EventHandler
    void on(AccountMoved e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("update query.org_account set parent_id = ? where account_id = ?")
                    .params(e.destinationParentId(), e.accountId()).update();
        }
    }

    @EventHandler
    void on(PolicyCreated e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            insert into query.org_policy (organization_id, policy_id, name, description, type, content,
                                   aws_managed)
                            values (?, ?, ?, ?, ?, ?, false)""")
                    .params(e.organizationId(), e.policyId(), e.name(), e.description(), e.type(), e.content())
                    .update();
        }
    }

    @EventHandler
    void on(PolicyUpdated e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("update query.org_policy set name = ?, description = ?, content = ? where organization_id = ? and policy_id = ?")
                    .params(e.name(), e.description(), e.content(), e.organizationId(), e.policyId()).update();
        }
    }

    @EventHandler
    void on(PolicyDeleted e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("delete from query.org_policy where organization_id = ? and policy_id = ?")
                    .params(e.organizationId(), e.policyId()).update();
            jdbc.sql("delete from query.org_tag where organization_id = ? and resource_id = ?")
                    .params(e.organizationId(), e.policyId()).update();
        }
    }

    @EventHandler
    void on(PolicyAttached e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("insert into query.org_policy_attachment (organization_id, policy_id, target_id) values (?, ?, ?)")
                    .params(e.organizationId(), e.policyId(), e.targetId()).update();
        }
    }

    @EventHandler
    void on(PolicyDetached e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("delete from query.org_policy_attachment where organization_id = ? and policy_id = ? and target_id = ?")
                    .params(e.organizationId(), e.policyId(), e.targetId()).update();
        }
    }

    @EventHandler
    void on(PolicyTypeEnabled e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            update query.org_organization
                               set enabled_policy_types = enabled_policy_types || ',' || ?
                             where organization_id = ?""")
                    .params(e.policyType(), e.organizationId()).update();
            // The type's AWS managed full-access policy goes onto the root, every OU and every account.
            jdbc.sql("""
                            insert into query.org_policy_attachment (organization_id, policy_id, target_id)
                            select o.organization_id, p.policy_id, t.target_id
                              from query.org_organization o
                              join query.org_policy p on p.organization_id = o.organization_id and p.aws_managed
                                                     and p.type = ?
                              join (select organization_id, root_id as target_id from query.org_organization
                                    union all select organization_id, ou_id from query.org_ou
                                    union all select organization_id, account_id from query.org_account) t
                                on t.organization_id = o.organization_id
                             where o.organization_id = ?
                            on conflict do nothing""")
                    .params(e.policyType(), e.organizationId()).update();
        }
    }

    @EventHandler
    void on(PolicyTypeDisabled e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("""
                            update query.org_organization
                               set enabled_policy_types = array_to_string(array_remove(
                                       string_to_array(enabled_policy_types, ','), ?), ',')
                             where organization_id = ?""")
                    .params(e.policyType(), e.organizationId()).update();
            jdbc.sql("""
                            delete from query.org_policy_attachment a
                             using query.org_policy p
                             where a.organization_id = ? and p.organization_id = a.organization_id
                               and p.policy_id = a.policy_id and p.type = ?""")
                    .params(e.organizationId(), e.policyType()).update();
        }
    }

    @EventHandler
    void on(OrganizationResourceTagged e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            e.tags().forEach(tag -> jdbc.sql("""
                            insert into query.org_tag (organization_id, resource_id, tag_key, tag_value)
                            values (?, ?, ?, ?)
                            on conflict (organization_id, resource_id, tag_key) do update set tag_value = excluded.tag_value""")
                    .params(e.organizationId(), e.resourceId(), tag.key(), tag.value()).update());
        }
    }

    @EventHandler
    void on(OrganizationResourceUntagged e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            e.tagKeys().forEach(key -> jdbc.sql(
                            "delete from query.org_tag where organization_id = ? and resource_id = ? and tag_key = ?")
                    .params(e.organizationId(), e.resourceId(), key).update());
        }
    }

    @EventHandler
    void on(AccountClosed e, @SequenceNumber long sequence) {
        if (advance(e.organizationId(), sequence)) {
            jdbc.sql("update query.org_account set status = 'SUSPENDED' where account_id = ?")
                    .param(e.accountId()).update();
        }
    }

    /** The full-access policy of each enabled type is attached to the root, each OU and each account as they come into being. */
    private void attachFullAwsAccess(String organizationId, String targetId) {
        jdbc.sql("""
                        insert into query.org_policy_attachment (organization_id, policy_id, target_id)
                        select p.organization_id, p.policy_id, ?
                          from query.org_policy p
                          join query.org_organization o on o.organization_id = p.organization_id
                         where p.organization_id = ? and p.aws_managed
                           and p.type = any (string_to_array(o.enabled_policy_types, ','))
                        on conflict do nothing""")
                .params(targetId, organizationId).update();
    }

    /** Moves the organization's version to {@code sequence}; false when the event was already applied. */
    private boolean advance(String organizationId, long sequence) {
        return jdbc.sql("update query.org_organization set version = ? where organization_id = ? and version < ?")
                .params(sequence, organizationId, sequence)
                .update() == 1;
    }
}
