package dev.idcenter.command.iam.mfa;

import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.command.mfa.Totp;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Seeds of virtual MFA devices, derived from the master key ring and never stored: the label names the device's
 * unique id, so a device re-created under the same serial number has a new seed.
 */
@Component
public class MfaSeeds {

    /** 20 bytes (160 bits), the seed size RFC 4226 recommends for HMAC-SHA1. */
    private static final int SEED_BYTES = 20;
    private final MasterKeyRing masterKeys;

    MfaSeeds(MasterKeyRing masterKeys) {
        this.masterKeys = masterKeys;
    }

    String currentKeyId() {
        return masterKeys.currentKeyId();
    }

    byte[] seed(String masterKeyId, String deviceId) {
        return Arrays.copyOf(masterKeys.derive(masterKeyId, "virtual-mfa-seed/v1/" + deviceId), SEED_BYTES);
    }

    /** The time steps within {@link CodeWindow#SEARCHED_STEPS} of {@code currentStep} at which {@code code} is the device's code. */
    List<Long> matchingSteps(MfaDeviceDirectory.Device device, String code, long currentStep) {
        List<Long> steps = new ArrayList<>();
        if (!Totp.wellFormed(code)) {
            return steps;
        }
        byte[] seed = seed(device.masterKeyId(), device.deviceId());
        for (long step = currentStep - CodeWindow.SEARCHED_STEPS; step <= currentStep + CodeWindow.SEARCHED_STEPS; step++) {
            if (MessageDigest.isEqual(Totp.code(seed, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                steps.add(step);
            }
        }
        Arrays.fill(seed, (byte) 0);
        return steps;
    }
}
