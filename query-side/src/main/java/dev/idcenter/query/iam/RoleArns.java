package dev.idcenter.query.iam;

/** Role ARNs: {@code arn:aws:iam::ACCOUNT:role/PATH/NAME}, the path's slashes included. */
final class RoleArns {

    private RoleArns() {
    }

    static String arn(String accountId, String path, String roleName) {
        return "arn:aws:iam::" + accountId + ":role" + path + roleName;
    }
}
