package dev.idcenter.command.iam.role;

import dev.idcenter.protocol.AwsErrorException;

import java.util.Locale;
import java.util.Map;

/**
 * Names of service-linked roles: {@code AWSServiceRoleFor<Service>[_<suffix>]} under
 * {@code /aws-service-role/<service principal>/} (IAM-6). AWS spells each service its own way; the common ones are
 * listed, the rest are the principal's first label with a capital letter.
 */
final class ServiceLinkedRoleNames {

    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("autoscaling", "AutoScaling"), Map.entry("elasticbeanstalk", "ElasticBeanstalk"),
            Map.entry("elasticloadbalancing", "ElasticLoadBalancing"), Map.entry("ecs", "ECS"),
            Map.entry("rds", "RDS"), Map.entry("organizations", "Organizations"), Map.entry("sso", "SSO"),
            Map.entry("support", "Support"), Map.entry("trustedadvisor", "TrustedAdvisor"),
            Map.entry("cloudtrail", "CloudTrail"), Map.entry("config", "Config"),
            Map.entry("guardduty", "AmazonGuardDuty"), Map.entry("eks", "AmazonEKS"),
            Map.entry("rolesanywhere", "RolesAnywhere"), Map.entry("securityhub", "SecurityHub"));

    private ServiceLinkedRoleNames() {
    }

    static String roleName(String awsServiceName, String customSuffix) {
        if (!awsServiceName.matches("[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com")) {
            throw new AwsErrorException("InvalidInput", 400,
                    "Invalid AWSServiceName " + awsServiceName + ": it must be a service principal like ec2.amazonaws.com.");
        }
        String label = awsServiceName.substring(0, awsServiceName.indexOf('.'));
        String service = SPELLING.getOrDefault(label, label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1));
        String name = "AWSServiceRoleFor" + service + (customSuffix == null ? "" : "_" + customSuffix);
        if (name.length() > 64) {
            throw new AwsErrorException("InvalidInput", 400, "The role name " + name + " is longer than 64 characters.");
        }
        return name;
    }

    static String path(String awsServiceName) {
        return "/aws-service-role/" + awsServiceName + "/";
    }

    static String trustPolicy(String awsServiceName) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                + awsServiceName + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }

    /** The service principal of a service-linked role's path, or null for any other role. */
    static String serviceOf(String path) {
        return path.startsWith("/aws-service-role/") && path.length() > "/aws-service-role/".length() + 1
                ? path.substring("/aws-service-role/".length(), path.length() - 1) : null;
    }
}
