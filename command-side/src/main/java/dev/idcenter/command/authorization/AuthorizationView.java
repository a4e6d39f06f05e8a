package dev.idcenter.command.authorization;

import dev.idcenter.command.authorization.IamEntities.Group;
import dev.idcenter.command.authorization.IamEntities.ManagedPolicy;
import dev.idcenter.command.authorization.IamEntities.Policies;
import dev.idcenter.command.authorization.IamEntities.Role;
import dev.idcenter.command.authorization.IamEntities.User;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.group.*;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.policy.DefaultPolicyVersionSet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.policy.PolicyVersionCreated;
import dev.idcenter.events.iam.policy.PolicyVersionDeleted;
import dev.idcenter.events.iam.role.*;
import dev.idcenter.events.iam.user.*;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What authorization needs to know of every account's IAM entities, in memory: users and their groups, roles with
 * their trust policies, attached and inline policies, boundaries, tags and customer managed policies. Fed by
 * {@link AuthorizationViewProjection} with committed events only; readers never lock, writers are serialized.
 * {@link #generation()} changes with every change, so derived caches know when to rebuild.
 */
@org.springframework.stereotype.Component
public final class AuthorizationView {

    /** The event types this view is built from; every other event is ignored. */
    static final Set<Class<?>> EVENT_TYPES = Set.of(
            UserCreated.class, UserDeleted.class, UserUpdated.class, UserTagged.class, UserUntagged.class,
            UserInlinePolicyPut.class, UserInlinePolicyDeleted.class, UserManagedPolicyAttached.class,
            UserManagedPolicyDetached.class, UserPermissionsBoundarySet.class, UserPermissionsBoundaryRemoved.class,
            UserAddedToGroup.class, UserRemovedFromGroup.class, UserAccessKeyCreated.class, UserAccessKeyDeleted.class,
            GroupCreated.class, GroupDeleted.class, GroupUpdated.class, GroupInlinePolicyPut.class,
            GroupInlinePolicyDeleted.class, GroupManagedPolicyAttached.class, GroupManagedPolicyDetached.class,
            RoleCreated.class, RoleDeleted.class, RoleTagged.class, RoleUntagged.class, RoleInlinePolicyPut.class,
            RoleInlinePolicyDeleted.class, RoleManagedPolicyAttached.class, RoleManagedPolicyDetached.class,
            RolePermissionsBoundarySet.class, RolePermissionsBoundaryRemoved.class, RoleTrustPolicyChanged.class,
            RoleTrustPrincipalsBound.class, RoleMaxSessionDurationChanged.class, ServiceLinkedRoleCreated.class,
            ManagedPolicyCreated.class, ManagedPolicyDeleted.class, PolicyVersionCreated.class,
            PolicyVersionDeleted.class, DefaultPolicyVersionSet.class,
            InstanceProfileCreated.class, InstanceProfileDeleted.class,
            VirtualMfaDeviceCreated.class, VirtualMfaDeviceDeleted.class, MfaDeviceEnabled.class,
            MfaDeviceDeactivated.class);

    /** A virtual MFA device: its serial number (an ARN) as stored, and the user it is assigned to (or null). */
    public record MfaDevice(String accountId, String deviceId, String serialNumber, String userId) {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Group> groups = new ConcurrentHashMap<>();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private final Map<String, ManagedPolicy> policiesById = new ConcurrentHashMap<>();
    private final Map<String, String> policyIdsByArn = new ConcurrentHashMap<>();
    /** "account/kind/lower-case name" → id: IAM names are unique per account ignoring case (IAM-1). */
    private final Map<String, String> idsByName = new ConcurrentHashMap<>();
    private final Map<String, String> instanceProfileArns = new ConcurrentHashMap<>();
    private final Map<String, String> accessKeyOwners = new ConcurrentHashMap<>();
    private final Map<String, MfaDevice> mfaDevices = new ConcurrentHashMap<>();
    private volatile long generation;

    public long generation() {
        return generation;
    }

    public Optional<User> user(String userId) {
        return Optional.ofNullable(userId == null ? null : users.get(userId));
    }

    public Optional<User> userNamed(String accountId, String name) {
        return Optional.ofNullable(idsByName.get(key(accountId, "user", name))).map(users::get);
    }

    public Optional<Group> group(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    public Optional<Group> groupNamed(String accountId, String name) {
        return Optional.ofNullable(idsByName.get(key(accountId, "group", name))).map(groups::get);
    }

    public Optional<Role> role(String roleId) {
        return Optional.ofNullable(roleId == null ? null : roles.get(roleId));
    }

    public Optional<Role> roleNamed(String accountId, String name) {
        return Optional.ofNullable(idsByName.get(key(accountId, "role", name))).map(roles::get);
    }

    /**
     * The role a role ARN names, in the account the ARN names (never a same-named role of another account), and only
     * when the ARN is the role's very ARN, path included.
     */
    public Optional<Role> roleByArn(String roleArn) {
        if (roleArn == null) {
            return Optional.empty();
        }
        String[] parts = roleArn.split(":", 6);
        if (parts.length != 6 || !"iam".equals(parts[2]) || !parts[5].startsWith("role/")) {
            return Optional.empty();
        }
        String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
        return roleNamed(parts[4], name).filter(role -> role.arn().equals(roleArn));
    }

    public Optional<String> instanceProfileArn(String accountId, String name) {
        return Optional.ofNullable(instanceProfileArns.get(key(accountId, "instance-profile", name)));
    }

    /** The customer managed policy with this ARN (AWS managed ones are not kept here). */
    public Optional<ManagedPolicy> managedPolicy(String arn) {
        return Optional.ofNullable(policyIdsByArn.get(arn)).map(policiesById::get);
    }

    /** The account's MFA device with this serial number, found ignoring case as IAM finds it. */
    public Optional<MfaDevice> mfaDevice(String accountId, String serialNumber) {
        return Optional.ofNullable(serialNumber == null ? null
                : idsByName.get(key(accountId, "mfa", serialNumber))).map(mfaDevices::get);
    }

    /** The user id owning a long-term access key. */
    public Optional<String> accessKeyOwner(String accessKeyId) {
        return Optional.ofNullable(accessKeyOwners.get(accessKeyId));
    }

    /** Applies one committed event; events of other types are ignored. */
    synchronized void apply(Object event) {
        boolean changed = true;
        if (event instanceof UserCreated e) {
            users.put(e.userId(), new User(e.accountId(), e.userId(), e.userName(),
                    arn(e.accountId(), "user", e.path(), e.userName()), tags(Map.of(), e.tags()), Policies.NONE,
                    e.permissionsBoundaryArn(), Set.of()));
            idsByName.put(key(e.accountId(), "user", e.userName()), e.userId());
        } else if (event instanceof UserDeleted e) {
            users.remove(e.userId());
            idsByName.remove(key(e.accountId(), "user", e.userName()), e.userId());
        } else if (event instanceof UserUpdated e) {
            User user = users.get(e.userId());
            if (user != null) {
                idsByName.remove(key(e.accountId(), "user", e.oldUserName()), e.userId());
                idsByName.put(key(e.accountId(), "user", e.userName()), e.userId());
                users.put(e.userId(), user.renamed(e.userName(), arn(e.accountId(), "user", e.path(), e.userName())));
            }
        } else if (event instanceof UserTagged e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withTags(tags(u.tags(), e.tags())));
        } else if (event instanceof UserUntagged e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withTags(untag(u.tags(), e.tagKeys())));
        } else if (event instanceof UserInlinePolicyPut e) {
            userPolicies(e.userId(), p -> p.withInline(e.policyName(), e.policyDocument()));
        } else if (event instanceof UserInlinePolicyDeleted e) {
            userPolicies(e.userId(), p -> p.withoutInline(e.policyName()));
        } else if (event instanceof UserManagedPolicyAttached e) {
            userPolicies(e.userId(), p -> p.withManaged(e.policyArn()));
        } else if (event instanceof UserManagedPolicyDetached e) {
            userPolicies(e.userId(), p -> p.withoutManaged(e.policyArn()));
        } else if (event instanceof UserPermissionsBoundarySet e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withBoundary(e.permissionsBoundaryArn()));
        } else if (event instanceof UserPermissionsBoundaryRemoved e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withBoundary(null));
        } else if (event instanceof UserAddedToGroup e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withGroups(plus(u.groupIds(), e.groupId())));
        } else if (event instanceof UserRemovedFromGroup e) {
            users.computeIfPresent(e.userId(), (id, u) -> u.withGroups(minus(u.groupIds(), e.groupId())));
        } else if (event instanceof UserAccessKeyCreated e) {
            accessKeyOwners.put(e.accessKeyId(), e.userId());
        } else if (event instanceof UserAccessKeyDeleted e) {
            accessKeyOwners.remove(e.accessKeyId());
        } else if (event instanceof GroupCreated e) {
            groups.put(e.groupId(), new Group(e.accountId(), e.groupId(), e.groupName(),
                    arn(e.accountId(), "group", e.path(), e.groupName()), Policies.NONE));
            idsByName.put(key(e.accountId(), "group", e.groupName()), e.groupId());
        } else if (event instanceof GroupDeleted e) {
            groups.remove(e.groupId());
            idsByName.remove(key(e.accountId(), "group", e.groupName()), e.groupId());
        } else if (event instanceof GroupUpdated e) {
            Group group = groups.get(e.groupId());
            if (group != null) {
                idsByName.remove(key(e.accountId(), "group", e.oldGroupName()), e.groupId());
                idsByName.put(key(e.accountId(), "group", e.groupName()), e.groupId());
                groups.put(e.groupId(), group.renamed(e.groupName(), arn(e.accountId(), "group", e.path(), e.groupName())));
            }
        } else if (event instanceof GroupInlinePolicyPut e) {
            groupPolicies(e.groupId(), p -> p.withInline(e.policyName(), e.policyDocument()));
        } else if (event instanceof GroupInlinePolicyDeleted e) {
            groupPolicies(e.groupId(), p -> p.withoutInline(e.policyName()));
        } else if (event instanceof GroupManagedPolicyAttached e) {
            groupPolicies(e.groupId(), p -> p.withManaged(e.policyArn()));
        } else if (event instanceof GroupManagedPolicyDetached e) {
            groupPolicies(e.groupId(), p -> p.withoutManaged(e.policyArn()));
        } else if (event instanceof RoleCreated e) {
            roles.put(e.roleId(), new Role(e.accountId(), e.roleId(), e.roleName(),
                    arn(e.accountId(), "role", e.path(), e.roleName()), tags(Map.of(), e.tags()), Policies.NONE,
                    e.permissionsBoundaryArn(), e.assumeRolePolicyDocument(), Map.of(), e.maxSessionDuration(), false));
            idsByName.put(key(e.accountId(), "role", e.roleName()), e.roleId());
        } else if (event instanceof RoleDeleted e) {
            roles.remove(e.roleId());
            idsByName.remove(key(e.accountId(), "role", e.roleName()), e.roleId());
        } else if (event instanceof RoleTagged e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withTags(tags(r.tags(), e.tags())));
        } else if (event instanceof RoleUntagged e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withTags(untag(r.tags(), e.tagKeys())));
        } else if (event instanceof RoleInlinePolicyPut e) {
            rolePolicies(e.roleId(), p -> p.withInline(e.policyName(), e.policyDocument()));
        } else if (event instanceof RoleInlinePolicyDeleted e) {
            rolePolicies(e.roleId(), p -> p.withoutInline(e.policyName()));
        } else if (event instanceof RoleManagedPolicyAttached e) {
            rolePolicies(e.roleId(), p -> p.withManaged(e.policyArn()));
        } else if (event instanceof RoleManagedPolicyDetached e) {
            rolePolicies(e.roleId(), p -> p.withoutManaged(e.policyArn()));
        } else if (event instanceof RolePermissionsBoundarySet e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withBoundary(e.permissionsBoundaryArn()));
        } else if (event instanceof RolePermissionsBoundaryRemoved e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withBoundary(null));
        } else if (event instanceof RoleTrustPolicyChanged e) {
            // A new trust document drops the old bindings; the binding event that follows it brings the new ones.
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withTrust(e.assumeRolePolicyDocument(), Map.of()));
        } else if (event instanceof RoleTrustPrincipalsBound e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withTrust(r.trustPolicy(), Map.copyOf(e.principalIds())));
        } else if (event instanceof RoleMaxSessionDurationChanged e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.withMaxSessionDuration(e.maxSessionDuration()));
        } else if (event instanceof ServiceLinkedRoleCreated e) {
            roles.computeIfPresent(e.roleId(), (id, r) -> r.markedServiceLinked());
        } else if (event instanceof ManagedPolicyCreated e) {
            String arn = arn(e.accountId(), "policy", e.path(), e.policyName());
            policiesById.put(e.policyId(), new ManagedPolicy(e.accountId(), e.policyId(), arn,
                    Map.of("v1", e.policyDocument()), "v1"));
            policyIdsByArn.put(arn, e.policyId());
        } else if (event instanceof ManagedPolicyDeleted e) {
            ManagedPolicy removed = policiesById.remove(e.policyId());
            if (removed != null) {
                policyIdsByArn.remove(removed.arn(), e.policyId());
            }
        } else if (event instanceof PolicyVersionCreated e) {
            policiesById.computeIfPresent(e.policyId(),
                    (id, p) -> p.withVersion(e.versionId(), e.policyDocument(), e.asDefault()));
        } else if (event instanceof PolicyVersionDeleted e) {
            policiesById.computeIfPresent(e.policyId(), (id, p) -> p.withoutVersion(e.versionId()));
        } else if (event instanceof DefaultPolicyVersionSet e) {
            policiesById.computeIfPresent(e.policyId(), (id, p) -> p.withDefault(e.versionId()));
        } else if (event instanceof InstanceProfileCreated e) {
            instanceProfileArns.put(key(e.accountId(), "instance-profile", e.instanceProfileName()),
                    arn(e.accountId(), "instance-profile", e.path(), e.instanceProfileName()));
        } else if (event instanceof VirtualMfaDeviceCreated e) {
            mfaDevices.put(e.deviceId(), new MfaDevice(e.accountId(), e.deviceId(), e.serialNumber(), null));
            idsByName.put(key(e.accountId(), "mfa", e.serialNumber()), e.deviceId());
        } else if (event instanceof VirtualMfaDeviceDeleted e) {
            mfaDevices.remove(e.deviceId());
            idsByName.remove(key(e.accountId(), "mfa", e.serialNumber()), e.deviceId());
        } else if (event instanceof MfaDeviceEnabled e) {
            mfaDevices.computeIfPresent(e.deviceId(),
                    (id, d) -> new MfaDevice(d.accountId(), d.deviceId(), d.serialNumber(), e.userId()));
        } else if (event instanceof MfaDeviceDeactivated e) {
            mfaDevices.computeIfPresent(e.deviceId(),
                    (id, d) -> new MfaDevice(d.accountId(), d.deviceId(), d.serialNumber(), null));
        } else if (event instanceof InstanceProfileDeleted e) {
            instanceProfileArns.remove(key(e.accountId(), "instance-profile", e.instanceProfileName()));
        } else {
            changed = false;
        }
        if (changed) {
            generation++;
        }
    }

    private void userPolicies(String userId, UnaryOperator<Policies> change) {
        users.computeIfPresent(userId, (id, u) -> u.with(change.apply(u.policies())));
    }

    private void groupPolicies(String groupId, UnaryOperator<Policies> change) {
        groups.computeIfPresent(groupId, (id, g) -> g.with(change.apply(g.policies())));
    }

    private void rolePolicies(String roleId, UnaryOperator<Policies> change) {
        roles.computeIfPresent(roleId, (id, r) -> r.with(change.apply(r.policies())));
    }

    private static Set<String> plus(Set<String> ids, String id) {
        Set<String> copy = new HashSet<>(ids);
        copy.add(id);
        return Set.copyOf(copy);
    }

    private static Set<String> minus(Set<String> ids, String id) {
        Set<String> copy = new HashSet<>(ids);
        copy.remove(id);
        return Set.copyOf(copy);
    }

    /** The path of an IAM ARN ({@code /team/} of {@code arn:aws:iam::1:role/team/app}). */
    public static String pathOf(String arn) {
        String resource = arn.substring(arn.indexOf('/'));
        return resource.substring(0, resource.lastIndexOf('/') + 1);
    }

    static String arn(String accountId, String kind, String path, String name) {
        return "arn:aws:iam::" + accountId + ":" + kind + (path == null ? "/" : path) + name;
    }

    private static String key(String accountId, String kind, String name) {
        return accountId + "/" + kind + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** Tag keys are unique ignoring case; a new value under any casing replaces the old one. */
    private static Map<String, String> tags(Map<String, String> current, List<Tag> added) {
        Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(current);
        if (added != null) {
            added.forEach(tag -> {
                merged.remove(tag.key());
                merged.put(tag.key(), tag.value());
            });
        }
        return Map.copyOf(merged);
    }

    private static Map<String, String> untag(Map<String, String> current, List<String> keys) {
        Map<String, String> remaining = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        remaining.putAll(current);
        keys.forEach(remaining::remove);
        return Map.copyOf(remaining);
    }
}
