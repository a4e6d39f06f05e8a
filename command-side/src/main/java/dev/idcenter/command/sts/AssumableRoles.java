package dev.idcenter.command.sts;

import dev.idcenter.command.authorization.AuthorizationView;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the role a {@code RoleArn} names, in whichever account the ARN says (cross-account): never a role of the
 * caller's own account with the same name. The ARN must be the role's very ARN, path included; a service-linked role
 * is never assumable by a principal. Read from the in-memory {@link AuthorizationView}, which shows every committed
 * change at once: AssumeRole, the busy path of issuing, reads no database for its role.
 */
@Component
public class AssumableRoles {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role(/(?:[^/]+/)*)([\\w+=,.@-]{1,64})");
    private static final String SERVICE_LINKED_PATH = "/aws-service-role/";
    private final AuthorizationView view;

    public AssumableRoles(AuthorizationView view) {
        this.view = view;
    }

    /** What AssumeRole needs of a role. */
    record AssumableRole(String accountId, String roleId, String roleName, String arn, int maxSessionDuration) {
    }

    static boolean wellFormed(String roleArn) {
        return ROLE_ARN.matcher(roleArn).matches();
    }

    Optional<AssumableRole> find(String roleArn) {
        return view.roleByArn(roleArn)
                .filter(role -> !role.serviceLinked()
                        && !AuthorizationView.pathOf(role.arn()).startsWith(SERVICE_LINKED_PATH))
                .map(role -> new AssumableRole(role.accountId(), role.roleId(), role.name(), role.arn(),
                        role.maxSessionDuration()));
    }
}
