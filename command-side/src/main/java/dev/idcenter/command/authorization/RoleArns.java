package dev.idcenter.command.authorization;

import java.util.Optional;

/** Finds the role a role ARN names, in the account the ARN names: never a same-named role of another account. */
final class RoleArns {

    private RoleArns() {
    }

    static Optional<IamEntities.Role> find(AuthorizationView view, String roleArn) {
        if (roleArn == null) {
            return Optional.empty();
        }
        String[] parts = roleArn.split(":", 6);
        if (parts.length != 6 || !"iam".equals(parts[2]) || !parts[5].startsWith("role/")) {
            return Optional.empty();
        }
        String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
        return view.roleNamed(parts[4], name).filter(role -> role.arn().equals(roleArn));
    }
}
