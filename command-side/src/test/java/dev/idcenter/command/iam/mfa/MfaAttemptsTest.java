package dev.idcenter.command.iam.mfa;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing codes is limited per device: five wrong codes within five minutes close it until they age out. */
class MfaAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final MfaAttempts attempts = new MfaAttempts();

    @Test
    void givenFourWrongCodes_whenAsked_thenTheDeviceStillTakesCodes() {
        for (int i = 0; i < MfaAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("MFAD1", T0.plusSeconds(i));
        }
        assertThat(attempts.lockedOut("MFAD1", T0.plusSeconds(10))).isFalse();
    }

    @Test
    void givenFiveWrongCodesWithinTheWindow_whenAsked_thenLockedOutUntilTheOldestAgesOut_andOtherDevicesUntouched() {
        for (int i = 0; i < MfaAttempts.MAX_FAILURES; i++) {
            attempts.failed("MFAD1", T0.plusSeconds(i * 10L));
        }

        assertThat(attempts.lockedOut("MFAD1", T0.plusSeconds(60))).isTrue();
        assertThat(attempts.lockedOut("MFAD2", T0.plusSeconds(60))).isFalse();
        assertThat(attempts.lockedOut("MFAD1", T0.plus(MfaAttempts.WINDOW).minusSeconds(1))).isTrue();
        assertThat(attempts.lockedOut("MFAD1", T0.plus(MfaAttempts.WINDOW).plusSeconds(1))).isFalse();
    }

    @Test
    void givenWrongCodesSpreadBeyondTheWindow_whenAsked_thenNeverLockedOut() {
        for (int i = 0; i < 20; i++) {
            attempts.failed("MFAD1", T0.plus(MfaAttempts.WINDOW.dividedBy(4).multipliedBy(i)));
        }
        assertThat(attempts.lockedOut("MFAD1", T0.plus(MfaAttempts.WINDOW.multipliedBy(5)))).isFalse();
    }
}
