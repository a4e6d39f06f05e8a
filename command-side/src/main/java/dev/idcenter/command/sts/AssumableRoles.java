package dev.idcenter.command.sts;

import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.RoleView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role a {@code RoleArn} names, in whichever account the ARN says (cross-account): never a role of the
 * caller's own account with the same name. The ARN must be the role's very ARN, path included; a service-linked role
 * is never assumable by a principal.
 */
@Component
public class AssumableRoles {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role(/(?:[^/]+/)*)([\\w+=,.@-]{1,64})");
    private static final String SERVICE_LINKED_PATH = "/aws-service-role/";
    private final QueryGateway queries;
    private final EventStoreHead head;

    public AssumableRoles(QueryGateway queries, EventStoreHead head) {
        this.queries = queries;
        this.head = head;
    }

    static boolean wellFormed(String roleArn) {
        return ROLE_ARN.matcher(roleArn).matches();
    }

    Optional<RoleView> find(String roleArn) {
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            return Optional.empty();
        }
        // Most roles are long projected: ask without waiting first; only a miss waits for the newest writes, so a role
        // created just before is found (read-your-writes) without every AssumeRole paying for it.
        Optional<RoleView> role = query(arn.group(1), arn.group(3), 0)
                .or(() -> query(arn.group(1), arn.group(3), head.position()));
        return role.filter(r -> r.arn().equals(roleArn))
                .filter(r -> !r.path().startsWith(SERVICE_LINKED_PATH));
    }

    private Optional<RoleView> query(String accountId, String roleName, long minPosition) {
        return queries.query(new FindRole(accountId, roleName, minPosition), ResponseTypes.optionalInstanceOf(RoleView.class))
                .join();
    }
}
