package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.bootstrap.ManagementAccountBootstrap;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.organizations.OrganizationDirectoryProjection.Membership;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.CreateAccountStatusView;
import dev.idcenter.queries.organizations.FindOrganization;
import dev.idcenter.queries.organizations.ListCreateAccountStatuses;
import dev.idcenter.queries.organizations.ListOrganizationAccounts;
import dev.idcenter.events.organizations.OrganizationTag;
import dev.idcenter.queries.organizations.ListOrganizationTags;
import dev.idcenter.queries.organizations.OrganizationTagView;
import dev.idcenter.queries.organizations.ListOrganizationalUnits;
import dev.idcenter.queries.organizations.ListOrganizationPolicies;
import dev.idcenter.queries.organizations.ListPolicyAttachmentsOfOrganization;
import dev.idcenter.queries.organizations.OrganizationPolicyAttachmentView;
import dev.idcenter.queries.organizations.OrganizationPolicyView;
import dev.idcenter.queries.organizations.OrganizationalUnitView;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import dev.idcenter.queries.organizations.OrganizationView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What every Organizations operation needs: only the management account's principals may call (a member's caller
 * gets AccessDenied), commands sent with AWS's errors, reads from the query side as of the caller's writes, and
 * Organizations' shapes.
 */
@Component
public class OrganizationSupport {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final OrganizationDirectoryProjection directory;
    private final ManagementAccountBootstrap bootstrap;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;

    public OrganizationSupport(OrganizationDirectoryProjection directory, ManagementAccountBootstrap bootstrap,
                               CommandResults results, QueryGateway queries, EventStoreHead head) {
        this.directory = directory;
        this.bootstrap = bootstrap;
        this.results = results;
        this.queries = queries;
        this.head = head;
    }

    /** The caller's organization, when the caller is a principal of its management account. */
    Membership requireManagement(ApiCall call) {
        String account = call.caller().accountId();
        Membership membership = directory.membership(account).orElse(null);
        if (membership == null) {
            if (!account.equals(bootstrap.managementAccount().accountId())) {
                throw accessDenied();
            }
            throw new AwsErrorException("AWSOrganizationsNotInUseException", 400,
                    "Your account is not a member of an organization.");
        }
        if (!membership.managementAccountId().equals(account)) {
            throw accessDenied();
        }
        return membership;
    }

    /** CreateOrganization: the bootstrap's management account, not yet in an organization. */
    String requireOrganizationless(ApiCall call) {
        String account = call.caller().accountId();
        if (directory.membership(account).isPresent()) {
            throw alreadyInOrganization();
        }
        if (!account.equals(bootstrap.managementAccount().accountId())) {
            throw accessDenied();
        }
        return account;
    }

    /** A new 12-digit account id that no account has (management, member, or pending request chosen before). */
    String freshAccountId() {
        String id = OrganizationIds.accountId();
        while (directory.accountExists(id)) {
            id = OrganizationIds.accountId();
        }
        return id;
    }

    static AwsErrorException alreadyInOrganization() {
        return new AwsErrorException("AlreadyInOrganizationException", 400,
                "The provided account is already a member of an organization.");
    }

    static AwsErrorException accessDenied() {
        return new AwsErrorException("AccessDeniedException", 400,
                "You don't have permissions to access this resource: only the management account of the "
                        + "organization can make this request.");
    }

    void send(Object command) {
        results.send(command, OrganizationSupport::alreadyInOrganization, () -> new AwsErrorException(
                "AWSOrganizationsNotInUseException", 400, "Your account is not a member of an organization."));
    }

    OrganizationView organization(Membership membership) {
        return queries.query(new FindOrganization(membership.managementAccountId(), head.position()),
                        ResponseTypes.optionalInstanceOf(OrganizationView.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("organization " + membership.organizationId() + " has no view"));
    }

    List<OrganizationAccountView> accounts(Membership membership) {
        return queries.query(new ListOrganizationAccounts(membership.organizationId(), head.position()),
                ResponseTypes.multipleInstancesOf(OrganizationAccountView.class)).join();
    }

    List<OrganizationalUnitView> ous(Membership membership) {
        return queries.query(new ListOrganizationalUnits(membership.organizationId(), head.position()),
                ResponseTypes.multipleInstancesOf(OrganizationalUnitView.class)).join();
    }

    OrganizationalUnitView ou(Membership membership, String id) {
        return ous(membership).stream().filter(o -> o.organizationalUnitId().equals(id)).findFirst()
                .orElseThrow(() -> new AwsErrorException("OrganizationalUnitNotFoundException", 400,
                        "We can't find an OU with the OrganizationalUnitId that you specified."));
    }

    /** A ParentId names the root or one of the organization's OUs. */
    void requireParent(Membership membership, List<OrganizationalUnitView> ous, String parentId) {
        if (!parentId.equals(membership.rootId())
                && ous.stream().noneMatch(o -> o.organizationalUnitId().equals(parentId))) {
            throw Organization.parentNotFound();
        }
    }

    static ObjectNode ouShape(Membership membership, OrganizationalUnitView ou) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", ou.organizationalUnitId());
        node.put("Arn", "arn:aws:organizations::" + membership.managementAccountId() + ":ou/"
                + membership.organizationId() + "/" + ou.organizationalUnitId());
        node.put("Name", ou.name());
        return node;
    }

    List<OrganizationPolicyView> policies(Membership membership) {
        return queries.query(new ListOrganizationPolicies(membership.organizationId(), head.position()),
                ResponseTypes.multipleInstancesOf(OrganizationPolicyView.class)).join();
    }

    OrganizationPolicyView policy(Membership membership, String policyId) {
        return policies(membership).stream().filter(p -> p.policyId().equals(policyId)).findFirst()
                .orElseThrow(() -> new AwsErrorException("PolicyNotFoundException", 400,
                        "We can't find a policy with the PolicyId that you specified."));
    }

    List<OrganizationPolicyAttachmentView> attachments(Membership membership) {
        return queries.query(new ListPolicyAttachmentsOfOrganization(membership.organizationId(), head.position()),
                ResponseTypes.multipleInstancesOf(OrganizationPolicyAttachmentView.class)).join();
    }

    static ObjectNode policySummary(Membership membership, OrganizationPolicyView policy) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", policy.policyId());
        node.put("Arn", Policies.arn(membership.managementAccountId(), membership.organizationId(), policy.policyId(),
                policy.type()));
        node.put("Name", policy.name());
        node.put("Description", policy.description());
        node.put("Type", policy.type());
        node.put("AwsManaged", policy.awsManaged());
        return node;
    }

    static ObjectNode policyShape(Membership membership, OrganizationPolicyView policy) {
        ObjectNode node = JSON.objectNode();
        node.set("PolicySummary", policySummary(membership, policy));
        node.put("Content", policy.content());
        return node;
    }

    List<CreateAccountStatusView> createAccountStatuses(Membership membership) {
        return queries.query(new ListCreateAccountStatuses(membership.organizationId(), head.position()),
                ResponseTypes.multipleInstancesOf(CreateAccountStatusView.class)).join();
    }

    static String organizationArn(String managementAccountId, String organizationId) {
        return "arn:aws:organizations::" + managementAccountId + ":organization/" + organizationId;
    }

    static ObjectNode organizationShape(OrganizationView org) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", org.organizationId());
        node.put("Arn", organizationArn(org.managementAccountId(), org.organizationId()));
        node.put("FeatureSet", org.featureSet());
        node.put("MasterAccountArn", "arn:aws:organizations::" + org.managementAccountId() + ":account/"
                + org.organizationId() + "/" + org.managementAccountId());
        node.put("MasterAccountId", org.managementAccountId());
        policyTypes(node.putArray("AvailablePolicyTypes"), org);
        return node;
    }

    static ObjectNode rootShape(OrganizationView org) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", org.rootId());
        node.put("Arn", "arn:aws:organizations::" + org.managementAccountId() + ":root/" + org.organizationId() + "/"
                + org.rootId());
        node.put("Name", "Root");
        policyTypes(node.putArray("PolicyTypes"), org);
        return node;
    }

    /** Enabling and disabling are synchronous here, so an enabled type is always ENABLED (never PENDING_*). */
    private static void policyTypes(ArrayNode types, OrganizationView org) {
        org.enabledPolicyTypes().stream().sorted()
                .forEach(type -> types.addObject().put("Type", type).put("Status", "ENABLED"));
    }

    /** The optional {@code Tags} member of a Create* input. */
    static List<OrganizationTag> tags(ObjectNode input) {
        List<OrganizationTag> tags = new java.util.ArrayList<>();
        if (input.hasNonNull("Tags")) {
            input.get("Tags").forEach(t -> tags.add(new OrganizationTag(t.get("Key").asText(),
                    t.path("Value").asText(""))));
        }
        return tags;
    }

    List<OrganizationTagView> tagsOf(Membership membership, String resourceId) {
        return queries.query(new ListOrganizationTags(membership.organizationId(), resourceId, head.position()),
                ResponseTypes.multipleInstancesOf(OrganizationTagView.class)).join();
    }

    static ObjectNode accountShape(String managementAccountId, OrganizationAccountView account) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", account.accountId());
        node.put("Arn", "arn:aws:organizations::" + managementAccountId + ":account/" + account.organizationId() + "/"
                + account.accountId());
        if (account.email() != null) {
            node.put("Email", account.email());
        }
        node.put("Name", account.accountName());
        node.put("Status", account.status());
        node.put("State", account.status());
        node.put("JoinedMethod", account.joinedMethod());
        node.put("JoinedTimestamp", account.joinedAt().toString());
        return node;
    }

    static ObjectNode statusShape(CreateAccountStatusView status) {
        ObjectNode node = JSON.objectNode();
        node.put("Id", status.requestId());
        node.put("AccountName", status.accountName());
        node.put("State", status.state());
        node.put("RequestedTimestamp", status.requestedAt().toString());
        if (status.completedAt() != null) {
            node.put("CompletedTimestamp", status.completedAt().toString());
        }
        if (status.accountId() != null) {
            node.put("AccountId", status.accountId());
        }
        if (status.failureReason() != null) {
            node.put("FailureReason", status.failureReason());
        }
        return node;
    }
}
