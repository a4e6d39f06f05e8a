package dev.idcenter.command.sts;

import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.RoleView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role a {@code RoleArn} names, in whichever account the ARN says (cross-account): never a role of the
 * caller's own account with the same name. The ARN must be the role's very ARN, path included; a service-linked role
 * is never assumable by a principal.
 * <p>
 * Cached, because AssumeRole is the busy path of issuing: a role's facts that matter here change rarely, and every
 * change made on this node evicts it (at once and after its transaction commits, see
 * {@link AssumableRolesProjection}); a change made on another node is seen within {@link #CACHE_TTL}, as for access keys.
 */
@Component
public class AssumableRoles {

    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role(/(?:[^/]+/)*)([\\w+=,.@-]{1,64})");
    private static final String SERVICE_LINKED_PATH = "/aws-service-role/";
    private static final int MAX_CACHED = 50_000;
    private final QueryGateway queries;
    private final EventStoreHead head;
    private final Map<String, Cached> byArn = new ConcurrentHashMap<>();

    public AssumableRoles(QueryGateway queries, EventStoreHead head) {
        this.queries = queries;
        this.head = head;
    }

    /** What AssumeRole needs of a role. */
    record AssumableRole(String accountId, String roleId, String roleName, String path, String arn,
                         int maxSessionDuration) {
    }

    private record Cached(AssumableRole role, long loadedAtNanos) {
        boolean fresh() {
            return System.nanoTime() - loadedAtNanos < CACHE_TTL.toNanos();
        }
    }

    static boolean wellFormed(String roleArn) {
        return ROLE_ARN.matcher(roleArn).matches();
    }

    Optional<AssumableRole> find(String roleArn) {
        Cached cached = byArn.get(roleArn);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached.role());
        }
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            return Optional.empty();
        }
        long loadedAt = System.nanoTime();
        // A miss reads the view as of the newest writes (read-your-writes: a role just created or changed is seen as it
        // is now); hits, the busy path, read nothing.
        Optional<AssumableRole> role = query(arn.group(1), arn.group(3), head.position())
                .filter(r -> r.arn().equals(roleArn))
                .filter(r -> !r.path().startsWith(SERVICE_LINKED_PATH))
                .map(r -> new AssumableRole(r.accountId(), r.roleId(), r.roleName(), r.path(), r.arn(),
                        r.maxSessionDuration()));
        role.ifPresentOrElse(r -> {
            if (byArn.size() >= MAX_CACHED) {
                byArn.clear();
            }
            byArn.put(roleArn, new Cached(r, loadedAt));
        }, () -> byArn.remove(roleArn));
        return role;
    }

    /** Forgets a changed or deleted role now and again once the writing transaction commits. */
    void evict(String roleId) {
        byArn.values().removeIf(cached -> cached.role().roleId().equals(roleId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byArn.values().removeIf(cached -> cached.role().roleId().equals(roleId));
                }
            });
        }
    }

    private Optional<RoleView> query(String accountId, String roleName, long minPosition) {
        return queries.query(new FindRole(accountId, roleName, minPosition), ResponseTypes.optionalInstanceOf(RoleView.class))
                .join();
    }
}
