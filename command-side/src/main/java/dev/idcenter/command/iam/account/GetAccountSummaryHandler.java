package dev.idcenter.command.iam.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.iam.mfa.MfaDeviceDirectory;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code iam:GetAccountSummary}: the account's usage against IAM's quotas (IAM-5), counted from the command side's
 * name directory, so it is exact as of the caller's last write.
 */
@Component
class GetAccountSummaryHandler implements OperationHandler {

    private final IamNames names;
    private final PolicySupport policies;
    private final MfaDeviceDirectory mfaDevices;

    GetAccountSummaryHandler(IamNames names, PolicySupport policies, MfaDeviceDirectory mfaDevices) {
        this.names = names;
        this.policies = policies;
        this.mfaDevices = mfaDevices;
    }

    @Override
    public String action() {
        return "iam:GetAccountSummary";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String account = call.caller().accountId();
        Map<String, Long> summary = new LinkedHashMap<>();
        summary.put("Users", names.count(account, IamNamesProjection.USER));
        summary.put("UsersQuota", 5000L);
        summary.put("Groups", names.count(account, IamNamesProjection.GROUP));
        summary.put("GroupsQuota", 300L);
        summary.put("Roles", names.count(account, IamNamesProjection.ROLE));
        summary.put("RolesQuota", 1000L);
        summary.put("Policies", names.count(account, IamNamesProjection.POLICY));
        summary.put("PoliciesQuota", 1500L);
        summary.put("InstanceProfiles", names.count(account, IamNamesProjection.INSTANCE_PROFILE));
        summary.put("InstanceProfilesQuota", 1000L);
        summary.put("PolicyVersionsInUse", policies.attachments(call, null, null, null).stream()
                .filter(a -> PolicySupport.PERMISSIONS_POLICY.equals(a.usage())).count());
        summary.put("PolicyVersionsInUseQuota", 10000L);
        summary.put("VersionsPerPolicyQuota", 5L);
        summary.put("PolicySizeQuota", 6144L);
        summary.put("UserPolicySizeQuota", 2048L);
        summary.put("GroupPolicySizeQuota", 5120L);
        summary.put("RolePolicySizeQuota", 10240L);
        summary.put("AssumeRolePolicySizeQuota", 2048L);
        summary.put("GroupsPerUserQuota", 10L);
        summary.put("AccessKeysPerUserQuota", 2L);
        summary.put("AttachedPoliciesPerUserQuota", 10L);
        summary.put("AttachedPoliciesPerGroupQuota", 10L);
        summary.put("AttachedPoliciesPerRoleQuota", 10L);
        summary.put("SigningCertificatesPerUserQuota", 2L);
        summary.put("ServerCertificates", 0L);
        summary.put("ServerCertificatesQuota", 20L);
        summary.put("MFADevices", mfaDevices.countInAccount(account));
        summary.put("MFADevicesInUse", mfaDevices.assignedInAccount(account));
        summary.put("Providers", 0L);
        summary.put("AccountMFAEnabled", 0L);
        summary.put("AccountAccessKeysPresent", 1L); // the management account's root key, made at bootstrap
        summary.put("AccountSigningCertificatesPresent", 0L);
        summary.put("GlobalEndpointTokenVersion", 1L);
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        ObjectNode map = output.putObject("SummaryMap");
        summary.forEach(map::put);
        return output;
    }
}
