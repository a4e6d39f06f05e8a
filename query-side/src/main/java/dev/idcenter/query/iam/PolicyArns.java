package dev.idcenter.query.iam;

/** Managed policy ARNs: {@code arn:aws:iam::ACCOUNT:policy/PATH/NAME} ({@code aws} for AWS's own). */
final class PolicyArns {

    private PolicyArns() {
    }

    static String arn(String accountId, String path, String policyName) {
        return "arn:aws:iam::" + accountId + ":policy" + path + policyName;
    }

    /** The path of the policy an ARN names, slashes included. */
    static String path(String arn) {
        String resource = arn.substring(arn.indexOf(":policy") + ":policy".length());
        return resource.substring(0, resource.lastIndexOf('/') + 1);
    }

    static String name(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
