package dev.idcenter.events;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.mfa.MfaCodeUsed;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.MfaDeviceResynced;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceTagged;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceUntagged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the virtual MFA device events (see {@link GoldenJson}). */
class MfaDeviceEventsGoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final String DEVICE = "MFADEXAMPLEDEVICE1234";
    private static final String USER = "AIDAEXAMPLEUSERID1234";
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/ops/alice-phone";

    // Steps are longs: values past the int range keep the golden files' numbers longs as well.
    static Stream<Object> events() {
        return Stream.of(
                new VirtualMfaDeviceCreated(ACCOUNT, DEVICE, "alice-phone", "/ops/", SERIAL, "k1",
                        List.of(new Tag("owner", "alice")), Instant.parse("2026-03-01T12:00:00Z")),
                new MfaDeviceEnabled(ACCOUNT, DEVICE, USER, Instant.parse("2026-03-01T12:01:00Z"), 5_933_376_200L),
                new MfaDeviceResynced(ACCOUNT, DEVICE, -3, 5_933_377_000L),
                new MfaCodeUsed(ACCOUNT, DEVICE, USER, 5_933_377_100L),
                new MfaDeviceDeactivated(ACCOUNT, DEVICE, USER),
                new VirtualMfaDeviceTagged(ACCOUNT, DEVICE, List.of(new Tag("env", "prod"))),
                new VirtualMfaDeviceUntagged(ACCOUNT, DEVICE, List.of("env")),
                new VirtualMfaDeviceDeleted(ACCOUNT, DEVICE, SERIAL));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
