package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.policy.condition.ContextValue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource each IAM operation acts on, as AWS's service authorization reference defines it: the role, user,
 * group, managed policy, instance profile or MFA device the input names (with its path when it exists, or the
 * path the input gives when the operation creates it), {@code *} for account-wide operations. IAM acts on the
 * caller's own account, so the resource is always in it.
 */
@Component
class IamTargets {

    /** Operations on a user that act on the caller itself when UserName is absent. */
    private static final Set<String> SELF_USER_OPERATIONS = Set.of("GetUser", "ListAccessKeys", "CreateAccessKey",
            "UpdateAccessKey", "DeleteAccessKey", "ListMFADevices", "ListSigningCertificates", "ListSSHPublicKeys",
            "ListServiceSpecificCredentials", "ChangePassword");
    /** Operations whose resource is the group even though they name a user. */
    private static final Set<String> GROUP_OPERATIONS = Set.of("AddUserToGroup", "RemoveUserFromGroup");
    /** Operations whose resource is the instance profile even though they name a role. */
    private static final Set<String> INSTANCE_PROFILE_OPERATIONS = Set.of("AddRoleToInstanceProfile",
            "RemoveRoleFromInstanceProfile");
    /** Operations whose resource is the MFA device named by SerialNumber. */
    private static final Set<String> MFA_DEVICE_OPERATIONS = Set.of("DeleteVirtualMFADevice", "TagMFADevice",
            "UntagMFADevice", "ListMFADeviceTags");
    /** Operations on a user's device whose UserName is optional. */
    private static final Set<String> DEVICE_USER_OPERATIONS = Set.of("DeactivateMFADevice", "GetMFADevice");
    private final AuthorizationView view;

    IamTargets(AuthorizationView view) {
        this.view = view;
    }

    List<CallTarget> of(ApiCall call, String operation, ObjectNode input) {
        String account = call.caller().accountId();
        String action = "iam:" + operation;
        Map<String, ContextValue> keys = requestKeys(input);
        List<CallTarget> targets = new ArrayList<>();
        String resource = resource(call.caller(), operation, input, keys);
        targets.add(CallTarget.of(action, resource, account, keys));
        if ("AddRoleToInstanceProfile".equals(operation)) {
            // Handing a role to a workload is passing it (AWS's service authorization reference); the role's tags
            // are its own target's keys, never the instance profile's.
            Map<String, ContextValue> passKeys = requestKeys(input);
            passKeys.put("iam:PassedToService", ContextValue.of("ec2.amazonaws.com"));
            String roleArn = roleArn(account, IamWire.text(input, "RoleName"), null, passKeys);
            targets.add(CallTarget.of("iam:PassRole", roleArn, account, passKeys));
        }
        renamedTo(account, operation, input).ifPresent(newArn ->
                // Renaming or moving acts on the new name too: a Deny on the destination holds (AWS checks both).
                targets.add(CallTarget.of(action, newArn, account, requestKeys(input))));
        return targets;
    }

    private String resource(Caller caller, String operation, ObjectNode input, Map<String, ContextValue> keys) {
        String account = caller.accountId();
        String path = IamWire.text(input, "Path");
        if (operation.equals("SimulatePrincipalPolicy")) {
            return IamWire.text(input, "PolicySourceArn");
        }
        if (operation.equals("CreatePolicy")) {
            return AuthorizationView.arn(account, "policy", path, IamWire.text(input, "PolicyName"));
        }
        if (operation.equals("CreateVirtualMFADevice")) {
            return AuthorizationView.arn(account, "mfa", path, IamWire.text(input, "VirtualMFADeviceName"));
        }
        if (operation.equals("CreateServiceLinkedRole")) {
            String service = IamWire.text(input, "AWSServiceName");
            keys.put("iam:AWSServiceName", ContextValue.of(service));
            return "arn:aws:iam::" + account + ":role/aws-service-role/" + service + "/*";
        }
        if (MFA_DEVICE_OPERATIONS.contains(operation) && input.hasNonNull("SerialNumber")) {
            // The device as stored: IAM finds serial numbers ignoring case, policies match ARNs with it.
            return view.mfaDevice(account, IamWire.text(input, "SerialNumber"))
                    .map(AuthorizationView.MfaDevice::serialNumber).orElse(IamWire.text(input, "SerialNumber"));
        }
        if (DEVICE_USER_OPERATIONS.contains(operation) && !input.hasNonNull("UserName")
                && input.hasNonNull("SerialNumber")) {
            // Without UserName the operation acts on whoever holds the device: that user is the resource.
            return view.mfaDevice(account, IamWire.text(input, "SerialNumber"))
                    .map(device -> device.userId() == null ? device.serialNumber()
                            : view.user(device.userId()).map(IamEntities.User::arn).orElse(device.serialNumber()))
                    .orElse(IamWire.text(input, "SerialNumber"));
        }
        if (GROUP_OPERATIONS.contains(operation)) {
            return groupArn(account, IamWire.text(input, "GroupName"), null);
        }
        if (INSTANCE_PROFILE_OPERATIONS.contains(operation)) {
            return instanceProfileArn(account, IamWire.text(input, "InstanceProfileName"), null);
        }
        boolean creates = operation.startsWith("Create");
        if (input.hasNonNull("RoleName")) {
            return roleArn(account, IamWire.text(input, "RoleName"), creates ? path : null, keys);
        }
        if (input.hasNonNull("UserName")) {
            return userArn(account, IamWire.text(input, "UserName"), creates ? path : null, keys);
        }
        if (input.hasNonNull("GroupName")) {
            return groupArn(account, IamWire.text(input, "GroupName"), creates ? path : null);
        }
        if (input.hasNonNull("InstanceProfileName")) {
            return instanceProfileArn(account, IamWire.text(input, "InstanceProfileName"), creates ? path : null);
        }
        if (input.hasNonNull("PolicyArn")) {
            return IamWire.text(input, "PolicyArn");
        }
        if (operation.equals("GetAccessKeyLastUsed")) {
            return view.accessKeyOwner(IamWire.text(input, "AccessKeyId")).flatMap(view::user)
                    .map(IamEntities.User::arn).orElse("*");
        }
        boolean asItself = caller.session() == null
                || caller.session().kind() == dev.idcenter.command.api.SessionContext.Kind.SESSION_TOKEN;
        if (SELF_USER_OPERATIONS.contains(operation) && "IAMUser".equals(caller.type()) && asItself) {
            // Long-term keys or GetSessionToken credentials act as the user itself.
            return caller.arn();
        }
        return "*";
    }

    /** The ARN UpdateUser or UpdateGroup gives its entity, when it renames or moves it. */
    private java.util.Optional<String> renamedTo(String account, String operation, ObjectNode input) {
        String kind = switch (operation) {
            case "UpdateUser" -> "user";
            case "UpdateGroup" -> "group";
            default -> null;
        };
        if (kind == null || !input.hasNonNull("New" + (kind.equals("user") ? "UserName" : "GroupName"))
                && !input.hasNonNull("NewPath")) {
            return java.util.Optional.empty();
        }
        String nameMember = kind.equals("user") ? "UserName" : "GroupName";
        String name = input.hasNonNull("New" + nameMember) ? IamWire.text(input, "New" + nameMember) : IamWire.text(input, nameMember);
        String path = input.hasNonNull("NewPath") ? IamWire.text(input, "NewPath") : currentPath(account, kind, IamWire.text(input, nameMember));
        return java.util.Optional.of(AuthorizationView.arn(account, kind, path, name));
    }

    private String currentPath(String account, String kind, String name) {
        java.util.Optional<String> arn = kind.equals("user") ? view.userNamed(account, name).map(IamEntities.User::arn)
                : view.groupNamed(account, name).map(IamEntities.Group::arn);
        return arn.map(AuthorizationView::pathOf).orElse("/");
    }

    /** Request keys: the tags a call sets or removes, and the policy it attaches or sets as a boundary. */
    private static Map<String, ContextValue> requestKeys(ObjectNode input) {
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        RequestTags.addTo(keys, input);
        if (input.has("TagKeys")) {
            keys.put("aws:TagKeys", ContextValue.of(IamWire.strings(input, "TagKeys")));
        }
        if (input.hasNonNull("PolicyArn")) {
            keys.put("iam:PolicyARN", ContextValue.of(IamWire.text(input, "PolicyArn")));
        }
        if (input.hasNonNull("PermissionsBoundary")) {
            keys.put("iam:PermissionsBoundary", ContextValue.of(IamWire.text(input, "PermissionsBoundary")));
        }
        return keys;
    }

    private String roleArn(String account, String name, String newPath, Map<String, ContextValue> keys) {
        if (newPath != null) {
            return AuthorizationView.arn(account, "role", newPath, name);
        }
        return view.roleNamed(account, name).map(role -> {
            resourceTags(keys, role.tags());
            return role.arn();
        }).orElseGet(() -> AuthorizationView.arn(account, "role", "/", name));
    }

    private String userArn(String account, String name, String newPath, Map<String, ContextValue> keys) {
        if (newPath != null) {
            return AuthorizationView.arn(account, "user", newPath, name);
        }
        return view.userNamed(account, name).map(user -> {
            resourceTags(keys, user.tags());
            return user.arn();
        }).orElseGet(() -> AuthorizationView.arn(account, "user", "/", name));
    }

    private String groupArn(String account, String name, String newPath) {
        if (newPath != null) {
            return AuthorizationView.arn(account, "group", newPath, name);
        }
        return view.groupNamed(account, name).map(IamEntities.Group::arn)
                .orElseGet(() -> AuthorizationView.arn(account, "group", "/", name));
    }

    private String instanceProfileArn(String account, String name, String newPath) {
        if (newPath != null) {
            return AuthorizationView.arn(account, "instance-profile", newPath, name);
        }
        return view.instanceProfileArn(account, name)
                .orElseGet(() -> AuthorizationView.arn(account, "instance-profile", "/", name));
    }

    /** aws:ResourceTag/k (and IAM's own iam:ResourceTag/k) of an existing role or user. */
    private static void resourceTags(Map<String, ContextValue> keys, Map<String, String> tags) {
        tags.forEach((key, value) -> {
            keys.put("aws:ResourceTag/" + key, ContextValue.of(value));
            keys.put("iam:ResourceTag/" + key, ContextValue.of(value));
        });
    }

}
