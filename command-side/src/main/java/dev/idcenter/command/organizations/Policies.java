package dev.idcenter.command.organizations;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The policy types this server supports and the AWS managed full-access policy of each. While a type is enabled, its
 * full-access policy is attached to the root, to every OU and to every account when they come into being (and to all
 * of them when the type is enabled).
 */
public final class Policies {

    public static final String SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";
    public static final String RESOURCE_CONTROL_POLICY = "RESOURCE_CONTROL_POLICY";
    /** The types that can be enabled here; AWS's other types answer PolicyTypeNotAvailableForOrganization. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY);

    public static final String FULL_AWS_ACCESS_ID = "p-FullAWSAccess";
    public static final String FULL_AWS_ACCESS_NAME = "FullAWSAccess";
    public static final String FULL_AWS_ACCESS_DESCRIPTION = "Allows access to every operation";
    public static final String FULL_AWS_ACCESS_CONTENT =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    public static final String RCP_FULL_AWS_ACCESS_ID = "p-RCPFullAWSAccess";
    public static final String RCP_FULL_AWS_ACCESS_NAME = "RCPFullAWSAccess";
    public static final String RCP_FULL_AWS_ACCESS_DESCRIPTION = "Allows access to every operation";
    public static final String RCP_FULL_AWS_ACCESS_CONTENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
            + "\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    /** Each supported type's AWS managed full-access policy id. */
    public static final Map<String, String> FULL_ACCESS_BY_TYPE = Map.of(
            SERVICE_CONTROL_POLICY, FULL_AWS_ACCESS_ID,
            RESOURCE_CONTROL_POLICY, RCP_FULL_AWS_ACCESS_ID);

    private Policies() {
    }

    public static boolean awsManaged(String policyId) {
        return FULL_ACCESS_BY_TYPE.containsValue(policyId);
    }

    /** The type of an AWS managed policy; null for a customer managed one. */
    static String typeOfManaged(String policyId) {
        return FULL_AWS_ACCESS_ID.equals(policyId) ? SERVICE_CONTROL_POLICY
                : RCP_FULL_AWS_ACCESS_ID.equals(policyId) ? RESOURCE_CONTROL_POLICY : null;
    }

    /** The policy's ARN; AWS managed ones live in the {@code aws} account, outside any organization. */
    public static String arn(String managementAccountId, String organizationId, String policyId, String type) {
        String typePath = type.toLowerCase(Locale.ROOT);
        if (awsManaged(policyId)) {
            return "arn:aws:organizations::aws:policy/" + typePath + "/" + policyId;
        }
        return "arn:aws:organizations::" + managementAccountId + ":policy/" + organizationId + "/" + typePath + "/"
                + policyId;
    }
}
