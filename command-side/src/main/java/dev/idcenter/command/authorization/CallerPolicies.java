package dev.idcenter.command.authorization;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.GlobalKeys;
import dev.idcenter.policy.eval.RequestPrincipal;
import dev.idcenter.policy.model.PolicyType;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The principal behind a caller and the policies on its side (EVAL-5..7): for an IAM user its own and its groups'
 * policies and its boundary; for a role session the role's policies and boundary plus the session policies
 * (STS-5: the user who switched to the role gives up its own); for a federated user the issuing user's policies
 * capped by the session policies. Cached per principal or session until the {@link AuthorizationView} changes.
 */
@Component
class CallerPolicies {

    /** Root's federated users get what the session policy allows: root itself may do anything. */
    private static final String ALLOW_ALL = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
    /** Stands in for a boundary or session policy that no longer exists: it caps everything. */
    private static final String ALLOW_NOTHING = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"idc:None","Resource":"*"}]}""";
    private static final int MAX_ENTRIES = 50_000;
    private final AuthorizationView view;
    private final CompiledPolicies compiled;
    private final Map<String, Resolved> cache = new ConcurrentHashMap<>();

    /** Everything on the caller's side but the organization's policies, which change independently. */
    record Resolved(RequestPrincipal principal, List<CompiledPolicy> identity, List<CompiledPolicy> boundary,
                    List<CompiledPolicy> session, Map<String, String> principalTags, long generation) {
    }

    CallerPolicies(AuthorizationView view, CompiledPolicies compiled) {
        this.view = view;
        this.compiled = compiled;
    }

    Resolved of(Caller caller) {
        String key = caller.session() != null ? caller.session().sessionId() : caller.principalId();
        long generation = view.generation();
        Resolved found = cache.get(key);
        if (found != null && found.generation() == generation) {
            return found;
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        Resolved resolved = resolve(caller, generation);
        cache.put(key, resolved);
        return resolved;
    }

    private Resolved resolve(Caller caller, long generation) {
        SessionContext session = caller.session();
        List<CompiledPolicy> identity = new ArrayList<>();
        List<CompiledPolicy> boundary = new ArrayList<>();
        List<CompiledPolicy> sessionPolicies = new ArrayList<>();
        Map<String, String> tags = Map.of();
        RequestPrincipal principal;
        if (session != null && session.kind() == SessionContext.Kind.ASSUMED_ROLE) {
            principal = RequestPrincipal.assumedRole(caller.arn(), caller.accountId(), session.issuerArn(),
                    session.issuerPrincipalId(), session.sessionName());
            var role = view.role(session.issuerPrincipalId()).orElse(null);
            if (role != null) {
                addAll(identity, role.policies(), role.arn());
                addBoundary(boundary, role.boundaryArn());
                tags = role.tags();
            }
            tags = GlobalKeys.overlayTags(tags, session.sessionTags());
            addSession(sessionPolicies, session);
        } else if (session != null && session.kind() == SessionContext.Kind.FEDERATED_USER) {
            principal = RequestPrincipal.federatedUser(caller.arn(), caller.accountId(), session.issuerArn(),
                    session.issuerPrincipalId());
            if ("Root".equals(session.issuerType())) {
                identity.add(compiled.of(PolicyType.IDENTITY, "root", ALLOW_ALL));
            } else {
                addUser(identity, boundary, session.issuerPrincipalId());
            }
            tags = GlobalKeys.overlayTags(Map.of(), session.sessionTags());
            addSession(sessionPolicies, session);
        } else if ("Root".equals(caller.type())) {
            principal = RequestPrincipal.root(caller.accountId());
        } else {
            principal = RequestPrincipal.user(caller.arn(), caller.accountId(), caller.principalId());
            tags = addUser(identity, boundary, caller.principalId());
        }
        return new Resolved(principal, List.copyOf(identity), List.copyOf(boundary), List.copyOf(sessionPolicies),
                tags, generation);
    }

    /** Adds the user's and its groups' policies and its boundary; answers its tags. */
    private Map<String, String> addUser(List<CompiledPolicy> identity, List<CompiledPolicy> boundary, String userId) {
        var user = view.user(userId).orElse(null);
        if (user == null) {
            return Map.of();
        }
        addAll(identity, user.policies(), user.arn());
        for (String groupId : user.groupIds()) {
            view.group(groupId).ifPresent(group -> addAll(identity, group.policies(), group.arn()));
        }
        addBoundary(boundary, user.boundaryArn());
        return user.tags();
    }

    private void addAll(List<CompiledPolicy> into, IamEntities.Policies policies, String ownerArn) {
        policies.inline().forEach((name, document) ->
                into.add(compiled.of(PolicyType.IDENTITY, ownerArn + "/" + name, document)));
        policies.managedArns().forEach(arn -> compiled.managed(PolicyType.IDENTITY, arn).ifPresent(into::add));
    }

    private void addBoundary(List<CompiledPolicy> into, String boundaryArn) {
        if (boundaryArn != null) {
            into.add(managedOrNothing(PolicyType.PERMISSIONS_BOUNDARY, boundaryArn));
        }
    }

    private void addSession(List<CompiledPolicy> into, SessionContext session) {
        if (session.sessionPolicy() != null) {
            into.add(compiled.of(PolicyType.SESSION, "session-policy", session.sessionPolicy()));
        }
        for (String arn : session.sessionPolicyArns()) {
            into.add(managedOrNothing(PolicyType.SESSION, arn));
        }
    }

    /** A cap whose policy vanished must still cap: dropping it would widen the caller's permissions. */
    private CompiledPolicy managedOrNothing(PolicyType type, String arn) {
        return compiled.managed(type, arn).orElseGet(() -> compiled.of(type, arn, ALLOW_NOTHING));
    }
}
