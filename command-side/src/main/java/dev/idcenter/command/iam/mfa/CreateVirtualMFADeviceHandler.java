package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.command.mfa.Base32;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

/** {@code iam:CreateVirtualMFADevice}: the only answer that ever carries the device's seed. */
@Component
class CreateVirtualMFADeviceHandler implements OperationHandler {

    /** Virtual MFA devices per account: AWS's quota equals the users quota (IAM-5). */
    static final int MAX_DEVICES = 5000;
    private static final int MAX_SERIAL_NUMBER = 256;
    private final MfaSupport devices;

    CreateVirtualMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:CreateVirtualMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String accountId = call.caller().accountId();
        String name = input.get("VirtualMFADeviceName").asText();
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        String serialNumber = MfaSupport.serialNumber(accountId, path, name);
        if (serialNumber.length() > MAX_SERIAL_NUMBER) {
            // Every other MFA operation takes the serial number, at most 256 characters: a longer one could not be named.
            throw new AwsErrorException("InvalidInput", 400, "Path and VirtualMFADeviceName make a serial number of "
                    + serialNumber.length() + " characters; the limit is " + MAX_SERIAL_NUMBER + ".");
        }
        if (devices.directory().bySerialNumber(accountId, serialNumber).isPresent()) {
            throw alreadyExists(serialNumber);
        }
        if (devices.directory().countInAccount(accountId) >= MAX_DEVICES) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for VirtualMFADevicesPerAccount: "
                    + MAX_DEVICES + ".");
        }
        String deviceId = IamIds.newId("MFAD");
        String masterKeyId = devices.seeds().currentKeyId();
        Instant now = devices.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        devices.send(new CreateVirtualMfaDevice(deviceId, accountId, name, path, serialNumber, masterKeyId,
                IamWire.tagsOf(input), now), serialNumber);

        byte[] seed = devices.seeds().seed(masterKeyId, deviceId);
        String base32 = Base32.encode(seed);
        Arrays.fill(seed, (byte) 0);
        String uri = "otpauth://totp/" + name + "@" + accountId + "?secret=" + base32;
        ObjectNode output = MfaSupport.JSON.objectNode();
        ObjectNode device = output.putObject("VirtualMFADevice");
        device.put("SerialNumber", serialNumber);
        // Blobs travel base64-encoded; the seed blob holds the base32 text authenticator apps take.
        device.put("Base32StringSeed", Base64.getEncoder().encodeToString(base32.getBytes(StandardCharsets.US_ASCII)));
        device.put("QRCodePNG", Base64.getEncoder().encodeToString(QrCodes.png(uri)));
        if (input.has("Tags")) {
            device.set("Tags", IamWire.tags(IamWire.tagsOf(input)));
        }
        return output;
    }

    static AwsErrorException alreadyExists(String serialNumber) {
        return new AwsErrorException("EntityAlreadyExists", 409,
                "MFADevice entity at the same path and name already exists: " + serialNumber + ".");
    }
}
