package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindPolicy;
import dev.idcenter.queries.iam.ListPolicies;
import dev.idcenter.queries.iam.ListPolicyAttachments;
import dev.idcenter.queries.iam.ListPolicyVersions;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import dev.idcenter.queries.iam.PolicyVersionView;
import dev.idcenter.queries.iam.PolicyView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every managed policy operation needs: resolve a policy ARN (AWS's own, the caller account's, never another
 * account's), send commands, read views from the query side (read-your-writes), show them in AWS's shapes.
 */
@Component
public class PolicySupport {

    public static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    public static final String PERMISSIONS_POLICY = "PermissionsPolicy";
    public static final String PERMISSIONS_BOUNDARY = "PermissionsBoundary";
    private static final Pattern ARN = Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy(/(?:[^/]+/)*)([^/]+)");
    private final AwsManagedPolicies awsPolicies;
    private final PolicyDirectory directory;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;
    private final IamNames names;

    public PolicySupport(AwsManagedPolicies awsPolicies, PolicyDirectory directory, CommandResults results,
                         QueryGateway queries, EventStoreHead head, IamNames names) {
        this.names = names;
        this.awsPolicies = awsPolicies;
        this.directory = directory;
        this.results = results;
        this.queries = queries;
        this.head = head;
    }

    /** A policy ARN taken apart: owner ({@code aws} or an account id), path and name. */
    public record PolicyArn(String arn, String owner, String path, String name) {
        boolean aws() {
            return "aws".equals(owner);
        }
    }

    public static PolicyArn parse(String arn) {
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new AwsErrorException("InvalidInput", 400, "ARN " + arn + " is not valid.");
        }
        return new PolicyArn(arn, m.group(1), m.group(2), m.group(3));
    }

    /** The policy as GetPolicy shows it; another account's policy is never found. */
    PolicyView view(ApiCall call, String arn) {
        PolicyArn parsed = parse(arn);
        String account = call.caller().accountId();
        if (parsed.aws()) {
            var policy = awsPolicies.find(arn).orElseThrow(() -> notFound(arn));
            List<PolicyAttachmentView> usages = attachments(call, arn, null, null);
            return awsView(policy, count(usages, PERMISSIONS_POLICY), count(usages, PERMISSIONS_BOUNDARY));
        }
        if (!parsed.owner().equals(account)) {
            throw notFound(arn);
        }
        return queries.query(new FindPolicy(account, arn, head.position()), ResponseTypes.optionalInstanceOf(PolicyView.class))
                .join().orElseThrow(() -> notFound(arn));
    }

    /** The account's customer managed policies (query side). */
    public List<PolicyView> localPolicies(ApiCall call, String pathPrefix) {
        return queries.query(new ListPolicies(call.caller().accountId(), pathPrefix, head.position()),
                ResponseTypes.multipleInstancesOf(PolicyView.class)).join();
    }

    /** The AWS managed policies with this account's attachment counts, ordered by name. */
    public List<PolicyView> awsPolicies(ApiCall call) {
        Map<String, List<PolicyAttachmentView>> usages = attachments(call, null, null, null).stream()
                .collect(Collectors.groupingBy(PolicyAttachmentView::policyArn));
        List<PolicyView> views = new ArrayList<>();
        awsPolicies.all().forEach(p -> {
            List<PolicyAttachmentView> of = usages.getOrDefault(p.arn(), List.of());
            views.add(awsView(p, count(of, PERMISSIONS_POLICY), count(of, PERMISSIONS_BOUNDARY)));
        });
        return views;
    }

    /** The versions of a policy the caller may read, newest first. */
    public List<PolicyVersionView> versions(ApiCall call, String arn) {
        PolicyArn parsed = parse(arn);
        if (parsed.aws()) {
            var policy = awsPolicies.find(arn).orElseThrow(() -> notFound(arn));
            return List.of(new PolicyVersionView("v1", policy.document(), true, policy.createDate()));
        }
        if (!parsed.owner().equals(call.caller().accountId())) {
            throw notFound(arn);
        }
        List<PolicyVersionView> versions = queries.query(new ListPolicyVersions(call.caller().accountId(), arn,
                head.position()), ResponseTypes.multipleInstancesOf(PolicyVersionView.class)).join();
        if (versions.isEmpty()) {
            throw notFound(arn);
        }
        return versions;
    }

    /** {@code ListAttached{Role,User,Group}Policies}: the entity's attached managed policies, PathPrefix and paging. */
    public ObjectNode attachedPolicies(ApiCall call, ObjectNode input, String entityType, String entityId) {
        String prefix = input.hasNonNull("PathPrefix") ? input.get("PathPrefix").asText() : "/";
        List<PolicyAttachmentView> all = attachments(call, null, entityType, entityId).stream()
                .filter(a -> a.usage().equals(PERMISSIONS_POLICY))
                .filter(a -> a.policyPath().startsWith(prefix))
                .toList();
        Pagination page = Pagination.of(input, all.size(), "attached-" + entityType + "-policies");
        ObjectNode output = JSON.objectNode();
        var list = output.putArray("AttachedPolicies");
        page.slice(all).forEach(a -> list.addObject().put("PolicyName", a.policyName()).put("PolicyArn", a.policyArn()));
        page.describe(output);
        return output;
    }

    /** The document of the policy's default version, as stored. */
    public String defaultDocument(ApiCall call, String arn) {
        return versions(call, arn).stream().filter(PolicyVersionView::isDefault).findFirst()
                .orElseThrow(() -> notFound(arn)).document();
    }

    /** Attachments of the caller's account, narrowed by whatever is not null. */
    public List<PolicyAttachmentView> attachments(ApiCall call, String policyArn, String entityType, String entityId) {
        return queries.query(new ListPolicyAttachments(call.caller().accountId(), policyArn, entityType, entityId,
                head.position()), ResponseTypes.multipleInstancesOf(PolicyAttachmentView.class)).join();
    }

    /**
     * The id of the caller account's own policy for a change; AWS managed policies cannot be changed by anyone
     * (AWS answers AccessDenied).
     */
    String idForChange(ApiCall call, String arn, String action) {
        PolicyArn parsed = parse(arn);
        if (parsed.aws() && awsPolicies.find(arn).isPresent()) {
            throw new AwsErrorException("AccessDenied", 403, "User: " + call.caller().arn()
                    + " is not authorized to perform: " + action + " on resource: policy " + arn);
        }
        if (!parsed.owner().equals(call.caller().accountId())) {
            throw notFound(arn);
        }
        return directory.idOf(call.caller().accountId(), arn).orElseThrow(() -> notFound(arn));
    }

    /** The ARN of a policy the caller may attach: an AWS managed one or the account's own. */
    public String attachable(ApiCall call, String arn) {
        PolicyArn parsed = parse(arn);
        if (parsed.aws()) {
            var policy = awsPolicies.find(arn).orElseThrow(() -> notAttachable(arn));
            if (!policy.attachable()) {
                throw new AwsErrorException("PolicyNotAttachable", 400, "Policy " + arn + " is not attachable.");
            }
            return arn;
        }
        if (!parsed.owner().equals(call.caller().accountId())
                || directory.idOf(call.caller().accountId(), arn).isEmpty()) {
            throw notAttachable(arn);
        }
        return arn;
    }

    long attachmentCount(ApiCall call, String arn) {
        return directory.attachmentCount(call.caller().accountId(), arn);
    }

    long policyCount(ApiCall call) {
        return directory.count(call.caller().accountId());
    }

    boolean exists(ApiCall call, String policyName) {
        return names.idOf(call.caller().accountId(), IamNamesProjection.POLICY, policyName).isPresent();
    }

    void send(Object command, String arn) {
        send(command, arn, () -> new AwsErrorException("EntityAlreadyExists", 409, "A policy with this name already exists."));
    }

    void send(Object command, String arn, Supplier<AwsErrorException> onDuplicateName) {
        results.send(command, onDuplicateName, () -> notFound(arn));
    }

    public static AwsErrorException notFound(String arn) {
        return new AwsErrorException("NoSuchEntity", 404, "Policy " + arn + " was not found.");
    }

    static AwsErrorException notAttachable(String arn) {
        return new AwsErrorException("NoSuchEntity", 404, "Policy " + arn + " does not exist or is not attachable.");
    }

    private static int count(List<PolicyAttachmentView> usages, String usage) {
        return (int) usages.stream().filter(u -> u.usage().equals(usage)).count();
    }

    static PolicyView awsView(AwsManagedPolicies.AwsPolicy p, int attachmentCount, int boundaryCount) {
        return new PolicyView("aws", p.policyId(), p.policyName(), p.path(), p.arn(), "v1", attachmentCount,
                boundaryCount, p.description(), p.createDate(), p.createDate(), List.of());
    }

    static String arnOf(String accountId, String path, String name) {
        return "arn:aws:iam::" + accountId + ":policy" + path + name;
    }

    /** IAM's {@code Policy} shape; {@code full} adds what only Get/CreatePolicy show (description, tags). */
    public static ObjectNode policy(PolicyView view, boolean full) {
        ObjectNode node = JSON.objectNode();
        node.put("PolicyName", view.policyName());
        node.put("PolicyId", view.policyId());
        node.put("Arn", view.arn());
        node.put("Path", view.path());
        node.put("DefaultVersionId", view.defaultVersionId());
        node.put("AttachmentCount", view.attachmentCount());
        node.put("PermissionsBoundaryUsageCount", view.permissionsBoundaryUsageCount());
        // Only AWS's service-linked role policies are not attachable; an account's own policy always is.
        node.put("IsAttachable", !("aws".equals(view.accountId()) && view.path().startsWith("/aws-service-role/")));
        if (full && view.description() != null && !view.description().isEmpty()) {
            node.put("Description", view.description());
        }
        node.put("CreateDate", view.createDate().toString());
        node.put("UpdateDate", view.updateDate().toString());
        if (full && !view.tags().isEmpty()) {
            node.set("Tags", IamWire.tags(view.tags()));
        }
        return node;
    }

    public static ObjectNode version(PolicyVersionView version, boolean withDocument) {
        ObjectNode node = JSON.objectNode();
        if (withDocument) {
            node.put("Document", IamWire.urlEncoded(version.document()));
        }
        node.put("VersionId", version.versionId());
        node.put("IsDefaultVersion", version.isDefault());
        node.put("CreateDate", version.createDate().toString());
        return node;
    }

}
