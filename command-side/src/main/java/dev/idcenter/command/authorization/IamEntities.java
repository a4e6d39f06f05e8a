package dev.idcenter.command.authorization;

import java.util.Map;
import java.util.Set;

/**
 * The immutable snapshots the {@link AuthorizationView} keeps of each IAM entity: a change replaces the snapshot, so
 * a reader never sees half an update. Only what authorization needs is kept.
 */
public final class IamEntities {

    private IamEntities() {
    }

    /** The policies attached to an entity: inline ones by name, managed ones by ARN. */
    public record Policies(Map<String, String> inline, Set<String> managedArns) {

        static final Policies NONE = new Policies(Map.of(), Set.of());

        Policies withInline(String name, String document) {
            var copy = new java.util.TreeMap<>(inline);
            copy.put(name, document);
            return new Policies(Map.copyOf(copy), managedArns);
        }

        Policies withoutInline(String name) {
            var copy = new java.util.HashMap<>(inline);
            copy.remove(name);
            return new Policies(Map.copyOf(copy), managedArns);
        }

        Policies withManaged(String arn) {
            var copy = new java.util.HashSet<>(managedArns);
            copy.add(arn);
            return new Policies(inline, Set.copyOf(copy));
        }

        Policies withoutManaged(String arn) {
            var copy = new java.util.HashSet<>(managedArns);
            copy.remove(arn);
            return new Policies(inline, Set.copyOf(copy));
        }
    }

    public record User(String accountId, String userId, String name, String arn, Map<String, String> tags,
                Policies policies, String boundaryArn, Set<String> groupIds) {

        User with(Policies changed) {
            return new User(accountId, userId, name, arn, tags, changed, boundaryArn, groupIds);
        }

        User withBoundary(String changed) {
            return new User(accountId, userId, name, arn, tags, policies, changed, groupIds);
        }

        User withTags(Map<String, String> changed) {
            return new User(accountId, userId, name, arn, changed, policies, boundaryArn, groupIds);
        }

        User withGroups(Set<String> changed) {
            return new User(accountId, userId, name, arn, tags, policies, boundaryArn, changed);
        }

        User renamed(String newName, String newArn) {
            return new User(accountId, userId, newName, newArn, tags, policies, boundaryArn, groupIds);
        }
    }

    public record Group(String accountId, String groupId, String name, String arn, Policies policies) {

        Group with(Policies changed) {
            return new Group(accountId, groupId, name, arn, changed);
        }

        Group renamed(String newName, String newArn) {
            return new Group(accountId, groupId, newName, newArn, policies);
        }
    }

    /**
     * @param trustPolicy the assume-role policy document
     * @param trustBound  principal ARN → unique id bound when the trust policy was saved (IAM-3)
     */
    public record Role(String accountId, String roleId, String name, String arn, Map<String, String> tags, Policies policies,
                String boundaryArn, String trustPolicy, Map<String, String> trustBound, int maxSessionDuration,
                boolean serviceLinked) {

        Role with(Policies changed) {
            return new Role(accountId, roleId, name, arn, tags, changed, boundaryArn, trustPolicy, trustBound,
                    maxSessionDuration, serviceLinked);
        }

        Role withBoundary(String changed) {
            return new Role(accountId, roleId, name, arn, tags, policies, changed, trustPolicy, trustBound,
                    maxSessionDuration, serviceLinked);
        }

        Role withTags(Map<String, String> changed) {
            return new Role(accountId, roleId, name, arn, changed, policies, boundaryArn, trustPolicy, trustBound,
                    maxSessionDuration, serviceLinked);
        }

        Role withTrust(String document, Map<String, String> bound) {
            return new Role(accountId, roleId, name, arn, tags, policies, boundaryArn, document, bound,
                    maxSessionDuration, serviceLinked);
        }

        Role withMaxSessionDuration(int seconds) {
            return new Role(accountId, roleId, name, arn, tags, policies, boundaryArn, trustPolicy, trustBound,
                    seconds, serviceLinked);
        }

        Role markedServiceLinked() {
            return new Role(accountId, roleId, name, arn, tags, policies, boundaryArn, trustPolicy, trustBound,
                    maxSessionDuration, true);
        }
    }

    /** A customer managed policy: its versions' documents and which one is the default. */
    public record ManagedPolicy(String accountId, String policyId, String arn, Map<String, String> versions,
                         String defaultVersion) {

        String document() {
            return versions.get(defaultVersion);
        }

        ManagedPolicy withVersion(String versionId, String document, boolean asDefault) {
            var copy = new java.util.HashMap<>(versions);
            copy.put(versionId, document);
            return new ManagedPolicy(accountId, policyId, arn, Map.copyOf(copy), asDefault ? versionId : defaultVersion);
        }

        ManagedPolicy withoutVersion(String versionId) {
            var copy = new java.util.HashMap<>(versions);
            copy.remove(versionId);
            return new ManagedPolicy(accountId, policyId, arn, Map.copyOf(copy), defaultVersion);
        }

        ManagedPolicy withDefault(String versionId) {
            return new ManagedPolicy(accountId, policyId, arn, versions, versionId);
        }
    }
}
