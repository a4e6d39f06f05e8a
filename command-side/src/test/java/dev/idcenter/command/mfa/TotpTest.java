package dev.idcenter.command.mfa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's SHA-1 test vectors (Appendix B), cut to the six digits authenticator apps show. */
class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 287082",
            "1111111109, 081804",
            "1111111111, 050471",
            "1234567890, 005924",
            "2000000000, 279037",
            "20000000000, 353130"})
    void givenRfcSeed_whenCodeAtTime_thenRfcVector(long epochSecond, String code) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(epochSecond)))).isEqualTo(code);
    }

    @Test
    void givenInstantsInOneStep_whenStepTaken_thenSameStepAndNextOneAfter30Seconds() {
        assertThat(Totp.step(Instant.ofEpochSecond(60))).isEqualTo(Totp.step(Instant.ofEpochSecond(89))).isEqualTo(2);
        assertThat(Totp.step(Instant.ofEpochSecond(90))).isEqualTo(3);
    }

    @Test
    void givenCodes_whenCheckedForForm_thenOnlySixDigits() {
        assertThat(Totp.wellFormed("012345")).isTrue();
        assertThat(Totp.wellFormed("12345")).isFalse();
        assertThat(Totp.wellFormed("12345a")).isFalse();
        assertThat(Totp.wellFormed(null)).isFalse();
    }

    @Test
    void givenBytes_whenBase32RoundTrip_thenSameBytesAndRfc4648Text() {
        // RFC 4648 section 10, without padding.
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(RFC_SEED))).isEqualTo(RFC_SEED);
    }
}
