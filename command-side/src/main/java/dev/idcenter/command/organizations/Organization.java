package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountClosed;
import dev.idcenter.events.organizations.AccountCreationFailed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.AccountMoved;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.OrganizationalUnitDeleted;
import dev.idcenter.events.organizations.OrganizationalUnitRenamed;
import dev.idcenter.events.organizations.OrganizationResourceTagged;
import dev.idcenter.events.organizations.OrganizationResourceUntagged;
import dev.idcenter.events.organizations.OrganizationTag;
import dev.idcenter.events.organizations.PolicyTypeDisabled;
import dev.idcenter.events.organizations.PolicyTypeEnabled;
import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyDeleted;
import dev.idcenter.events.organizations.PolicyUpdated;
import dev.idcenter.events.organizations.PolicyDetached;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An AWS Organization: its root, its organizational units, its accounts (each under one parent) and its
 * CreateAccount requests, its policy types, policies and where they are attached, and the tags of all of these.
 * While a policy type is enabled its AWS managed full-access policy is attached to the root, every OU and every
 * account as they come into being (see {@link Policies}); disabling a type detaches all its policies. The whole tree is one aggregate, so a move, a rename or a delete sees every child. Email addresses are unique within
 * the organization (a duplicate fails the request with {@code EMAIL_ALREADY_EXISTS}, as AWS does: asynchronously,
 * the request itself is accepted).
 */
@Aggregate
public class Organization {

    static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    static final Pattern ROOT_ID = Pattern.compile("r-[0-9a-z]{4,32}");
    static final Pattern REQUEST_ID = Pattern.compile("car-[a-z0-9]{8,32}");
    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern OU_ID = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    /** AWS's limit: an OU tree at most five levels deep under the root. */
    static final int MAX_OU_DEPTH = 5;

    @AggregateIdentifier
    private String organizationId;
    private String rootId;
    private String managementAccountId;
    private final Set<String> accountIds = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Map<String, AccountCreationRequested> pending = new HashMap<>();
    private final Set<String> requestIds = new HashSet<>();
    private final Map<String, String> accountParents = new HashMap<>();
    private final Map<String, Ou> ous = new HashMap<>();

    private final Map<String, String> policyNames = new HashMap<>();
    private final Map<String, Set<String>> attachments = new HashMap<>();
    static final Pattern POLICY_ID = Pattern.compile("p-[0-9a-zA-Z_]{8,128}");
    /** AWS's quota: five service control policies on one target. */
    static final int MAX_POLICIES_PER_TARGET = 5;

    private final Map<String, PolicyState> policies = new HashMap<>();
    private final Set<String> enabledTypes = new HashSet<>();
    private final Map<String, Map<String, String>> tags = new HashMap<>();
    private final Set<String> closedAccounts = new HashSet<>();
    /** AWS's quota: 50 tags on one resource. */
    static final int MAX_TAGS = 50;

    private record PolicyState(String name, String description, String type, String content) {
    }

    private record Ou(String parentId, String name) {
    }

    protected Organization() {
        // for Axon
    }

    @CommandHandler
    public Organization(CreateOrganization command) {
        require(ORGANIZATION_ID, command.organizationId(), "organizationId");
        require(ROOT_ID, command.rootId(), "rootId");
        require(ACCOUNT_ID, command.managementAccountId(), "managementAccountId");
        if (!"ALL".equals(command.featureSet())) {
            throw new AwsErrorException("UnsupportedAPIEndpointException", 400,
                    "This server supports organizations with all features (FeatureSet ALL) only.");
        }
        apply(new OrganizationCreated(command.organizationId(), command.managementAccountId(), command.rootId(),
                command.featureSet(), command.createdAt()));
    }

    @CommandHandler
    void handle(RequestAccountCreation command) {
        require(REQUEST_ID, command.requestId(), "requestId");
        require(ACCOUNT_ID, command.accountId(), "accountId");
        if (requestIds.contains(command.requestId()) || accountIds.contains(command.accountId())) {
            throw new IllegalArgumentException("request or account id already used in " + organizationId);
        }
        checkedTags(Map.of(), command.tags());
        if (emails.contains(command.email().toLowerCase(Locale.ROOT))) {
            apply(new AccountCreationFailed(organizationId, command.requestId(), command.accountName(),
                    "EMAIL_ALREADY_EXISTS", command.requestedAt(), command.requestedAt()));
            return;
        }
        List<OrganizationTag> newTags = checkedTags(Map.of(), command.tags());
        apply(new AccountCreationRequested(organizationId, command.requestId(), command.accountId(),
                command.accountName(), command.email(), command.roleName(), command.requestedAt()));
        // The account's id is chosen here, so its tags are recorded with the request (they name no account until
        // the request succeeds, and are never shown for an id that is not an account of the organization).
        applyTags(command.accountId(), newTags);
    }

    @CommandHandler
    void handle(CompleteAccountCreation command) {
        AccountCreationRequested request = pending.get(command.requestId());
        if (request == null) {
            return; // already completed or failed: redelivery of the process's last step
        }
        apply(new AccountCreationSucceeded(organizationId, request.requestId(), request.accountId(),
                request.accountName(), request.email(), rootId, command.completedAt()));
    }

    @CommandHandler
    void handle(FailAccountCreation command) {
        AccountCreationRequested request = pending.get(command.requestId());
        if (request == null) {
            return;
        }
        apply(new AccountCreationFailed(organizationId, request.requestId(), request.accountName(),
                command.failureReason(), request.requestedAt(), command.completedAt()));
    }

    @CommandHandler
    void handle(CreateOrganizationalUnit command) {
        require(OU_ID, command.organizationalUnitId(), "organizationalUnitId");
        if (!isParent(command.parentId())) {
            throw parentNotFound();
        }
        if (depth(command.parentId()) >= MAX_OU_DEPTH) {
            throw OrganizationErrors.constraintViolation("OU_DEPTH_LIMIT_EXCEEDED",
                    "You attempted to create an OU tree that is too many levels deep.");
        }
        requireUniqueName(command.parentId(), command.name(), null);
        List<OrganizationTag> newTags = checkedTags(Map.of(), command.tags());
        apply(new OrganizationalUnitCreated(organizationId, command.organizationalUnitId(), command.parentId(),
                command.name(), command.createdAt()));
        applyTags(command.organizationalUnitId(), newTags);
    }

    @CommandHandler
    void handle(RenameOrganizationalUnit command) {
        Ou ou = requireOu(command.organizationalUnitId());
        if (ou.name().equals(command.name())) {
            return;
        }
        requireUniqueName(ou.parentId(), command.name(), command.organizationalUnitId());
        apply(new OrganizationalUnitRenamed(organizationId, command.organizationalUnitId(), command.name()));
    }

    @CommandHandler
    void handle(DeleteOrganizationalUnit command) {
        Ou ou = requireOu(command.organizationalUnitId());
        boolean hasChildren = ous.values().stream().anyMatch(o -> o.parentId().equals(command.organizationalUnitId()))
                || accountParents.containsValue(command.organizationalUnitId());
        if (hasChildren) {
            throw new AwsErrorException("OrganizationalUnitNotEmptyException", 400,
                    "The specified OU is not empty. Move all accounts to another root or to other OUs, remove all "
                            + "child OUs, and try the operation again.");
        }
        apply(new OrganizationalUnitDeleted(organizationId, command.organizationalUnitId(), ou.parentId()));
    }

    @CommandHandler
    void handle(MoveAccount command) {
        String current = accountParents.get(command.accountId());
        if (current == null) {
            throw new AwsErrorException("AccountNotFoundException", 400,
                    "You specified an account that doesn't exist.");
        }
        if (!isParent(command.sourceParentId())) {
            throw new AwsErrorException("SourceParentNotFoundException", 400,
                    "We can't find a source root or OU with the ParentId that you specified.");
        }
        if (!isParent(command.destinationParentId())) {
            throw new AwsErrorException("DestinationParentNotFoundException", 400,
                    "We can't find the destination container (a root or OU) with the ParentId that you specified.");
        }
        if (!current.equals(command.sourceParentId())) {
            throw new AwsErrorException("AccountNotFoundException", 400,
                    "You specified an account that doesn't exist in the source parent.");
        }
        if (current.equals(command.destinationParentId())) {
            throw new AwsErrorException("DuplicateAccountException", 400,
                    "That account is already present in the specified destination.");
        }
        apply(new AccountMoved(organizationId, command.accountId(), current, command.destinationParentId()));
    }

    @CommandHandler
    void handle(CreatePolicy command) {
        require(POLICY_ID, command.policyId(), "policyId");
        if (!Policies.SUPPORTED_TYPES.contains(command.type())) {
            // AWS's other types exist but can never be enabled here.
            throw policyTypeNotEnabled();
        }
        validate(command.type(), command.content());
        requireUniquePolicyName(command.name(), null);
        List<OrganizationTag> newTags = checkedTags(Map.of(), command.tags());
        apply(new PolicyCreated(organizationId, command.policyId(), command.name(), command.description(),
                command.type(), command.content(), command.createdAt()));
        applyTags(command.policyId(), newTags);
    }

    @CommandHandler
    void handle(AttachPolicy command) {
        requirePolicy(command.policyId());
        Set<String> attached = requireTarget(command.targetId());
        String type = policies.get(command.policyId()).type();
        if (!enabledTypes.contains(type)) {
            throw policyTypeNotEnabled();
        }
        if (attached.contains(command.policyId())) {
            throw new AwsErrorException("DuplicatePolicyAttachmentException", 400,
                    "The selected policy is already attached to the specified target.");
        }
        if (countOfType(attached, type) >= MAX_POLICIES_PER_TARGET) {
            throw OrganizationErrors.constraintViolation("MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                    "You attempted to exceed the number of policies of a certain type that can be attached to an "
                            + "entity at one time.");
        }
        apply(new PolicyAttached(organizationId, command.policyId(), command.targetId()));
    }

    @CommandHandler
    void handle(DetachPolicy command) {
        requirePolicy(command.policyId());
        Set<String> attached = requireTarget(command.targetId());
        if (!attached.contains(command.policyId())) {
            throw new AwsErrorException("PolicyNotAttachedException", 400,
                    "The policy isn't attached to the specified target in the specified root.");
        }
        if (countOfType(attached, policies.get(command.policyId()).type()) == 1) {
            throw OrganizationErrors.constraintViolation("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                    "You attempted to detach a policy from an entity that would leave the entity with fewer than "
                            + "the minimum number of policies of a certain type required.");
        }
        apply(new PolicyDetached(organizationId, command.policyId(), command.targetId()));
    }

    @CommandHandler
    void handle(UpdatePolicy command) {
        PolicyState current = requireCustomerManaged(command.policyId());
        String name = command.name() == null ? current.name() : command.name();
        String description = command.description() == null ? current.description() : command.description();
        String content = command.content() == null ? current.content() : command.content();
        if (command.content() != null) {
            validate(current.type(), content);
        }
        requireUniquePolicyName(name, command.policyId());
        if (!new PolicyState(name, description, current.type(), content).equals(current)) {
            apply(new PolicyUpdated(organizationId, command.policyId(), name, description, content));
        }
    }

    @CommandHandler
    void handle(DeletePolicy command) {
        requireCustomerManaged(command.policyId());
        if (attachments.values().stream().anyMatch(a -> a.contains(command.policyId()))) {
            throw new AwsErrorException("PolicyInUseException", 400,
                    "The policy is attached to one or more entities. You must detach it from all roots, OUs, and "
                            + "accounts before performing this operation.");
        }
        apply(new PolicyDeleted(organizationId, command.policyId()));
    }

    @CommandHandler
    void handle(EnablePolicyType command) {
        requireRoot(command.rootId());
        requireSupported(command.policyType());
        if (enabledTypes.contains(command.policyType())) {
            throw new AwsErrorException("PolicyTypeAlreadyEnabledException", 400,
                    "The specified policy type is already enabled.");
        }
        apply(new PolicyTypeEnabled(organizationId, rootId, command.policyType()));
    }

    @CommandHandler
    void handle(DisablePolicyType command) {
        requireRoot(command.rootId());
        requireSupported(command.policyType());
        if (!enabledTypes.contains(command.policyType())) {
            throw policyTypeNotEnabled();
        }
        apply(new PolicyTypeDisabled(organizationId, rootId, command.policyType()));
    }

    @CommandHandler
    void handle(TagResource command) {
        requireTaggable(command.resourceId());
        List<OrganizationTag> newTags = checkedTags(tags.getOrDefault(command.resourceId(), Map.of()), command.tags());
        applyTags(command.resourceId(), newTags);
    }

    @CommandHandler
    void handle(UntagResource command) {
        requireTaggable(command.resourceId());
        Map<String, String> current = tags.getOrDefault(command.resourceId(), Map.of());
        List<String> present = command.tagKeys().stream().distinct().filter(current::containsKey).toList();
        if (!present.isEmpty()) {
            apply(new OrganizationResourceUntagged(organizationId, command.resourceId(), present));
        }
    }

    @CommandHandler
    void handle(CloseAccount command) {
        if (!accountParents.containsKey(command.accountId())) {
            throw new AwsErrorException("AccountNotFoundException", 400,
                    "You specified an account that doesn't exist.");
        }
        if (command.accountId().equals(managementAccountId)) {
            throw OrganizationErrors.constraintViolation("CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
                    "You can't close the management account with CloseAccount.");
        }
        if (closedAccounts.contains(command.accountId())) {
            throw new AwsErrorException("AccountAlreadyClosedException", 400,
                    "You attempted to close an account that is already closed.");
        }
        apply(new AccountClosed(organizationId, command.accountId(), command.closedAt()));
    }

    private void requireRoot(String id) {
        if (!rootId.equals(id)) {
            throw new AwsErrorException("RootNotFoundException", 400,
                    "We can't find a root with the RootId that you specified.");
        }
    }

    private static void requireSupported(String policyType) {
        if (!Policies.SUPPORTED_TYPES.contains(policyType)) {
            throw new AwsErrorException("PolicyTypeNotAvailableForOrganizationException", 400,
                    "You can't use the specified policy type with the feature set currently enabled for this "
                            + "organization: this server supports SERVICE_CONTROL_POLICY and RESOURCE_CONTROL_POLICY.");
        }
    }

    /** Roots, OUs, accounts (not pending requests) and customer managed policies carry tags. */
    private void requireTaggable(String resourceId) {
        if (!attachments.containsKey(resourceId) && !(policies.containsKey(resourceId) && !Policies.awsManaged(resourceId))) {
            throw new AwsErrorException("TargetNotFoundException", 400,
                    "We can't find a root, OU, account, or policy with the TargetId that you specified.");
        }
    }

    /** The tags to add, checked against the resource's current tags: no system keys, no duplicates, at most 50. */
    private static List<OrganizationTag> checkedTags(Map<String, String> current, List<OrganizationTag> added) {
        Set<String> keys = new HashSet<>();
        for (OrganizationTag tag : added) {
            if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw OrganizationErrors.invalidInput("INVALID_SYSTEM_TAGS_PARAMETER",
                        "Tag keys starting with aws: are reserved for AWS: " + tag.key());
            }
            if (!keys.add(tag.key())) {
                throw OrganizationErrors.invalidInput("DUPLICATE_TAG_KEY",
                        "Tags contains the key " + tag.key() + " more than once.");
            }
        }
        Set<String> all = new HashSet<>(current.keySet());
        all.addAll(keys);
        if (all.size() > MAX_TAGS) {
            throw OrganizationErrors.constraintViolation("MAX_TAG_LIMIT_EXCEEDED",
                    "You have exceeded the maximum number of tags (" + MAX_TAGS + ") allowed on this resource.");
        }
        return List.copyOf(added);
    }

    private void applyTags(String resourceId, List<OrganizationTag> newTags) {
        if (!newTags.isEmpty()) {
            apply(new OrganizationResourceTagged(organizationId, resourceId, newTags));
        }
    }

    private PolicyState requireCustomerManaged(String policyId) {
        requirePolicy(policyId);
        if (Policies.awsManaged(policyId)) {
            throw OrganizationErrors.invalidInput("IMMUTABLE_POLICY", "You can't change or delete an AWS managed policy.");
        }
        return policies.get(policyId);
    }

    /** SCPs and RCPs follow policy-engine's rules for their type. */
    private static void validate(String type, String content) {
        try {
            PolicyParser.parse(content, Policies.RESOURCE_CONTROL_POLICY.equals(type) ? PolicyType.RCP : PolicyType.SCP);
        } catch (MalformedPolicyException e) {
            throw new AwsErrorException("MalformedPolicyDocumentException", 400,
                    "The provided policy document doesn't meet the requirements of the specified policy type: "
                            + e.getMessage());
        }
    }

    private void requireUniquePolicyName(String name, String except) {
        boolean taken = policyNames.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(except) && e.getValue().equals(name));
        if (taken) {
            throw new AwsErrorException("DuplicatePolicyException", 400, "A policy with the same name already exists.");
        }
    }

    private void requirePolicy(String policyId) {
        if (!policyNames.containsKey(policyId)) {
            throw new AwsErrorException("PolicyNotFoundException", 400,
                    "We can't find a policy with the PolicyId that you specified.");
        }
    }

    private Set<String> requireTarget(String targetId) {
        Set<String> attached = attachments.get(targetId);
        if (attached == null) {
            throw new AwsErrorException("TargetNotFoundException", 400,
                    "We can't find a root, OU, account, or policy with the TargetId that you specified.");
        }
        return attached;
    }

    private void newTarget(String targetId) {
        Set<String> attached = new LinkedHashSet<>();
        enabledTypes.stream().sorted().forEach(type -> attached.add(Policies.FULL_ACCESS_BY_TYPE.get(type)));
        attachments.put(targetId, attached);
    }

    private long countOfType(Set<String> attached, String type) {
        return attached.stream().filter(id -> policies.get(id).type().equals(type)).count();
    }

    static AwsErrorException policyTypeNotEnabled() {
        return new AwsErrorException("PolicyTypeNotEnabledException", 400,
                "The specified policy type isn't currently enabled in this root.");
    }

    @EventSourcingHandler
    void on(PolicyCreated event) {
        policyNames.put(event.policyId(), event.name());
        policies.put(event.policyId(), new PolicyState(event.name(), event.description(), event.type(),
                event.content()));
    }

    @EventSourcingHandler
    void on(PolicyUpdated event) {
        policyNames.put(event.policyId(), event.name());
        policies.compute(event.policyId(), (id, p) -> new PolicyState(event.name(), event.description(), p.type(),
                event.content()));
    }

    @EventSourcingHandler
    void on(PolicyDeleted event) {
        policyNames.remove(event.policyId());
        policies.remove(event.policyId());
        tags.remove(event.policyId());
    }

    @EventSourcingHandler
    void on(PolicyTypeEnabled event) {
        enabledTypes.add(event.policyType());
        String fullAccess = Policies.FULL_ACCESS_BY_TYPE.get(event.policyType());
        attachments.values().forEach(attached -> attached.add(fullAccess));
    }

    @EventSourcingHandler
    void on(PolicyTypeDisabled event) {
        enabledTypes.remove(event.policyType());
        attachments.values().forEach(attached -> attached.removeIf(id -> policies.get(id).type()
                .equals(event.policyType())));
    }

    @EventSourcingHandler
    void on(OrganizationResourceTagged event) {
        Map<String, String> resourceTags = tags.computeIfAbsent(event.resourceId(), id -> new LinkedHashMap<>());
        event.tags().forEach(tag -> resourceTags.put(tag.key(), tag.value()));
    }

    @EventSourcingHandler
    void on(OrganizationResourceUntagged event) {
        Map<String, String> resourceTags = tags.getOrDefault(event.resourceId(), new HashMap<>());
        event.tagKeys().forEach(resourceTags::remove);
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        closedAccounts.add(event.accountId());
    }

    @EventSourcingHandler
    void on(PolicyAttached event) {
        attachments.get(event.targetId()).add(event.policyId());
    }

    @EventSourcingHandler
    void on(PolicyDetached event) {
        attachments.get(event.targetId()).remove(event.policyId());
    }

    private boolean isParent(String id) {
        return rootId.equals(id) || ous.containsKey(id);
    }

    private int depth(String parentId) {
        int depth = 0;
        for (String id = parentId; !rootId.equals(id); id = ous.get(id).parentId()) {
            depth++;
        }
        return depth;
    }

    private Ou requireOu(String id) {
        Ou ou = ous.get(id);
        if (ou == null) {
            throw new AwsErrorException("OrganizationalUnitNotFoundException", 400,
                    "We can't find an OU with the OrganizationalUnitId that you specified.");
        }
        return ou;
    }

    private void requireUniqueName(String parentId, String name, String except) {
        boolean taken = ous.entrySet().stream().anyMatch(e -> !e.getKey().equals(except)
                && e.getValue().parentId().equals(parentId) && e.getValue().name().equals(name));
        if (taken) {
            throw new AwsErrorException("DuplicateOrganizationalUnitException", 400,
                    "An OU with the same name already exists.");
        }
    }

    static AwsErrorException parentNotFound() {
        return new AwsErrorException("ParentNotFoundException", 400,
                "We can't find a root or OU with the ParentId that you specified.");
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        this.organizationId = event.organizationId();
        this.rootId = event.rootId();
        this.managementAccountId = event.managementAccountId();
        accountIds.add(event.managementAccountId());
        accountParents.put(event.managementAccountId(), event.rootId());
        policyNames.put(Policies.FULL_AWS_ACCESS_ID, Policies.FULL_AWS_ACCESS_NAME);
        policies.put(Policies.FULL_AWS_ACCESS_ID, new PolicyState(Policies.FULL_AWS_ACCESS_NAME,
                Policies.FULL_AWS_ACCESS_DESCRIPTION, Policies.SERVICE_CONTROL_POLICY, Policies.FULL_AWS_ACCESS_CONTENT));
        policyNames.put(Policies.RCP_FULL_AWS_ACCESS_ID, Policies.RCP_FULL_AWS_ACCESS_NAME);
        policies.put(Policies.RCP_FULL_AWS_ACCESS_ID, new PolicyState(Policies.RCP_FULL_AWS_ACCESS_NAME,
                Policies.RCP_FULL_AWS_ACCESS_DESCRIPTION, Policies.RESOURCE_CONTROL_POLICY,
                Policies.RCP_FULL_AWS_ACCESS_CONTENT));
        // Service control policies are enabled at creation (FullAWSAccess on the root), RCPs are not (ADR 0005).
        enabledTypes.add(Policies.SERVICE_CONTROL_POLICY);
        newTarget(event.rootId());
        newTarget(event.managementAccountId());
    }

    @EventSourcingHandler
    void on(OrganizationalUnitCreated event) {
        ous.put(event.organizationalUnitId(), new Ou(event.parentId(), event.name()));
        newTarget(event.organizationalUnitId());
    }

    @EventSourcingHandler
    void on(OrganizationalUnitRenamed event) {
        ous.computeIfPresent(event.organizationalUnitId(), (id, ou) -> new Ou(ou.parentId(), event.name()));
    }

    @EventSourcingHandler
    void on(OrganizationalUnitDeleted event) {
        ous.remove(event.organizationalUnitId());
        attachments.remove(event.organizationalUnitId());
        tags.remove(event.organizationalUnitId());
    }

    @EventSourcingHandler
    void on(AccountMoved event) {
        accountParents.put(event.accountId(), event.destinationParentId());
    }

    @EventSourcingHandler
    void on(AccountCreationRequested event) {
        requestIds.add(event.requestId());
        pending.put(event.requestId(), event);
        emails.add(event.email().toLowerCase(Locale.ROOT));
        accountIds.add(event.accountId());
    }

    @EventSourcingHandler
    void on(AccountCreationSucceeded event) {
        pending.remove(event.requestId());
        accountParents.put(event.accountId(), event.parentId());
        newTarget(event.accountId());
    }

    @EventSourcingHandler
    void on(AccountCreationFailed event) {
        requestIds.add(event.requestId());
        AccountCreationRequested request = pending.remove(event.requestId());
        if (request != null) {
            emails.remove(request.email().toLowerCase(Locale.ROOT));
            accountIds.remove(request.accountId());
            tags.remove(request.accountId());
        }
    }

    /**
     * Every account of the organization (management included) with the policy chains that apply to it: for a member
     * account, per enabled type, the policies attached to the root, each OU down to the account, and the account;
     * none for the management account (EVAL-3). For {@link OrganizationPolicies}, never for decisions of this
     * aggregate.
     */
    Map<String, AccountChains> accountChains() {
        Map<String, AccountChains> chains = new HashMap<>();
        for (String accountId : accountParents.keySet()) {
            boolean member = !accountId.equals(managementAccountId);
            List<String> path = new ArrayList<>();
            path.add(accountId);
            for (String id = accountParents.get(accountId); ; id = ous.get(id).parentId()) {
                path.add(0, id);
                if (rootId.equals(id)) {
                    break;
                }
            }
            chains.put(accountId, new AccountChains(organizationId,
                    member ? levels(path, Policies.SERVICE_CONTROL_POLICY) : List.of(),
                    member ? levels(path, Policies.RESOURCE_CONTROL_POLICY) : List.of(),
                    closedAccounts.contains(accountId)));
        }
        return chains;
    }

    private List<List<OrganizationPolicies.OrgPolicy>> levels(List<String> path, String type) {
        if (!enabledTypes.contains(type)) {
            return List.of();
        }
        List<List<OrganizationPolicies.OrgPolicy>> levels = new ArrayList<>();
        for (String target : path) {
            levels.add(attachments.get(target).stream()
                    .filter(id -> policies.get(id).type().equals(type))
                    .map(id -> new OrganizationPolicies.OrgPolicy(id, policies.get(id).content()))
                    .toList());
        }
        return List.copyOf(levels);
    }

    private static void require(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern);
        }
    }
}
