package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.mfa.MfaDeviceDirectory;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteUser}. */
@Component
class DeleteUserHandler implements OperationHandler {

    private final UserSupport users;
    private final MfaDeviceDirectory mfaDevices;

    DeleteUserHandler(UserSupport users, MfaDeviceDirectory mfaDevices) {
        this.users = users;
        this.mfaDevices = mfaDevices;
    }

    @Override
    public String action() {
        return "iam:DeleteUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String userId = users.userId(call, name);
        // MFA devices are aggregates of their own: the directory knows the user's, and its foreign key decides a race.
        if (mfaDevices.assignedTo(userId) > 0) {
            throw mfaDeviceConflict();
        }
        try {
            users.sendToUser(new DeleteUser(userId), name);
        } catch (RuntimeException e) {
            if (MfaDeviceDirectory.lostUserRace(e)) {
                throw mfaDeviceConflict();
            }
            throw e;
        }
        return UserSupport.JSON.objectNode();
    }

    private static AwsErrorException mfaDeviceConflict() {
        return new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete MFA device first.");
    }
}
