package dev.idcenter.command.mfa;

import dev.idcenter.command.api.Caller;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Placeholder until MFA devices can be registered: no code is ever valid. */
@Component
class NoMfaDevices implements MfaCodeVerifier {

    @Override
    public boolean verify(Caller caller, String serialNumber, String tokenCode, Instant at) {
        return false;
    }
}
