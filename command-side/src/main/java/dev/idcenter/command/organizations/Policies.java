package dev.idcenter.command.organizations;

/**
 * The AWS managed service control policy every organization has. With service control policies enabled (at
 * creation here), it is attached to the root, to every OU and to every account when they come into being.
 */
public final class Policies {

    public static final String FULL_AWS_ACCESS_ID = "p-FullAWSAccess";
    public static final String FULL_AWS_ACCESS_NAME = "FullAWSAccess";
    public static final String FULL_AWS_ACCESS_DESCRIPTION = "Allows access to every operation";
    public static final String FULL_AWS_ACCESS_CONTENT =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    public static final String SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";

    private Policies() {
    }

    public static String arn(String managementAccountId, String organizationId, String policyId) {
        if (FULL_AWS_ACCESS_ID.equals(policyId)) {
            return "arn:aws:organizations::aws:policy/service_control_policy/" + policyId;
        }
        return "arn:aws:organizations::" + managementAccountId + ":policy/" + organizationId
                + "/service_control_policy/" + policyId;
    }
}
