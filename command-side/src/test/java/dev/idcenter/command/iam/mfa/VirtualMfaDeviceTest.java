package dev.idcenter.command.iam.mfa;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.mfa.MfaCodeUsed;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.MfaDeviceResynced;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceTagged;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceUntagged;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The device's rules over the time steps its handlers say a code matches at: consecutive codes to enable and
 * resync, one step either side of its clock, and no step spent twice.
 */
class VirtualMfaDeviceTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "MFADEXAMPLEDEVICE1234";
    private static final String ALICE = "AIDAEXAMPLEALICE12345";
    private static final String BOB = "AIDAEXAMPLEBOB1234567";
    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice-phone";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final long NOW = 59_336_160L;
    private static final VirtualMfaDeviceCreated CREATED = new VirtualMfaDeviceCreated(ACCOUNT, ID, "alice-phone", "/",
            SERIAL, "k1", List.of(), AT);
    private static final MfaDeviceEnabled ENABLED = new MfaDeviceEnabled(ACCOUNT, ID, ALICE, AT, NOW);

    private static AggregateTestFixture<VirtualMfaDevice> fixture() {
        return new AggregateTestFixture<>(VirtualMfaDevice.class);
    }

    @Test
    void givenNothing_whenCreated_thenCreatedWithTheMasterKeyIdOnly() {
        fixture().givenNoPriorActivity()
                .when(new CreateVirtualMfaDevice(ID, ACCOUNT, "alice-phone", "/", SERIAL, "k1", List.of(), AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().givenNoPriorActivity()
                .when(new CreateVirtualMfaDevice(ID, ACCOUNT, "alice-phone", "/", SERIAL, "k1",
                        List.of(new Tag("a", "1"), new Tag("A", "2")), AT))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    @Test
    void givenUnassignedDevice_whenEnabledWithPreviousAndCurrentCodes_thenEnabledAndCurrentStepSpent() {
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(NOW - 1), List.of(NOW), NOW, AT))
                .expectEvents(ENABLED);
    }

    @Test
    void givenUnassignedDevice_whenEnabledWithCurrentAndNextCodes_thenEnabled() {
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(NOW), List.of(NOW + 1), NOW, AT))
                .expectEvents(new MfaDeviceEnabled(ACCOUNT, ID, ALICE, AT, NOW + 1));
    }

    @Test
    void givenUnassignedDevice_whenCodesAreNotConsecutive_thenInvalidAuthenticationCode() {
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(NOW - 1), List.of(NOW + 1), NOW, AT))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(NOW), List.of(NOW), NOW, AT))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenUnassignedDevice_whenCodesMatchNowhereOrTooLongAgo_thenInvalidAuthenticationCode() {
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(), List.of(NOW), NOW, AT))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
        fixture().given(CREATED)
                .when(new EnableMfaDevice(ID, ALICE, List.of(NOW - 3), List.of(NOW - 2), NOW, AT))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenDeviceDeactivatedAfterSpendingAStep_whenEnabledAgainWithThatStep_thenInvalidAuthenticationCode() {
        fixture().given(CREATED, ENABLED, new MfaDeviceDeactivated(ACCOUNT, ID, ALICE))
                .when(new EnableMfaDevice(ID, BOB, List.of(NOW - 1), List.of(NOW), NOW, AT))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenAssignedDevice_whenEnabledForAnyone_thenEntityAlreadyExists() {
        fixture().given(CREATED, ENABLED)
                .when(new EnableMfaDevice(ID, BOB, List.of(NOW + 1), List.of(NOW + 2), NOW + 1, AT))
                .expectException(awsError("EntityAlreadyExists", 409))
                .expectNoEvents();
    }

    @Test
    void givenEnabledDevice_whenNextCodeUsedByItsUser_thenCodeUsed() {
        // STS-3: MFA for GetSessionToken/AssumeRole comes from the user's own enabled device.
        fixture().given(CREATED, ENABLED)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW + 1), NOW))
                .expectEvents(new MfaCodeUsed(ACCOUNT, ID, ALICE, NOW + 1));
    }

    @Test
    void givenCodeUsed_whenSameCodeOrAnEarlierStepUsedAgain_thenInvalidAuthenticationCode() {
        MfaCodeUsed used = new MfaCodeUsed(ACCOUNT, ID, ALICE, NOW + 1);
        fixture().given(CREATED, ENABLED, used)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW + 1), NOW + 1))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
        fixture().given(CREATED, ENABLED, used)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW), NOW + 1))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenEnabledDevice_whenCodeOfTwoStepsAheadUsed_thenInvalidAuthenticationCode() {
        fixture().given(CREATED, ENABLED)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW + 3), NOW + 1))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenDeviceOfAlice_whenBobUsesItsCode_thenInvalidAuthenticationCode() {
        fixture().given(CREATED, ENABLED)
                .when(new UseMfaCode(ID, BOB, List.of(NOW + 1), NOW + 1))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenUnassignedDevice_whenCodeUsed_thenInvalidAuthenticationCode() {
        fixture().given(CREATED)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW), NOW))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenDeviceFiveStepsBehind_whenResynced_thenDriftRecordedAndCodesCheckedAroundIt() {
        fixture().given(CREATED, ENABLED)
                .when(new ResyncMfaDevice(ID, ALICE, List.of(NOW + 10 - 6), List.of(NOW + 10 - 5), NOW + 10))
                .expectEvents(new MfaDeviceResynced(ACCOUNT, ID, -5, NOW + 5));
        MfaDeviceResynced resynced = new MfaDeviceResynced(ACCOUNT, ID, -5, NOW + 5);
        fixture().given(CREATED, ENABLED, resynced)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW + 15), NOW + 20))
                .expectEvents(new MfaCodeUsed(ACCOUNT, ID, ALICE, NOW + 15));
        fixture().given(CREATED, ENABLED, resynced)
                .when(new UseMfaCode(ID, ALICE, List.of(NOW + 20), NOW + 20))
                .expectException(awsError("InvalidAuthenticationCode", 403));
    }

    @Test
    void givenEnabledDevice_whenResyncCodesNotConsecutiveOrBeyondTheSearch_thenInvalidAuthenticationCode() {
        fixture().given(CREATED, ENABLED)
                .when(new ResyncMfaDevice(ID, ALICE, List.of(NOW + 2), List.of(NOW + 4), NOW + 3))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
        fixture().given(CREATED, ENABLED)
                .when(new ResyncMfaDevice(ID, ALICE, List.of(NOW + 40), List.of(NOW + 41), NOW + 10))
                .expectException(awsError("InvalidAuthenticationCode", 403))
                .expectNoEvents();
    }

    @Test
    void givenDeviceOfAlice_whenResyncedForBob_thenNoSuchEntity() {
        fixture().given(CREATED, ENABLED)
                .when(new ResyncMfaDevice(ID, BOB, List.of(NOW + 1), List.of(NOW + 2), NOW + 2))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
    }

    @Test
    void givenDeviceOfAlice_whenDeactivatedForBobOrUnassignedDeactivated_thenNoSuchEntity() {
        fixture().given(CREATED, ENABLED)
                .when(new DeactivateMfaDevice(ID, BOB, SERIAL))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
        fixture().given(CREATED)
                .when(new DeactivateMfaDevice(ID, null, SERIAL))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
    }

    @Test
    void givenDeviceOfAlice_whenDeactivatedNamingAliceOrNoOne_thenDeactivated() {
        fixture().given(CREATED, ENABLED)
                .when(new DeactivateMfaDevice(ID, ALICE, SERIAL))
                .expectEvents(new MfaDeviceDeactivated(ACCOUNT, ID, ALICE));
        fixture().given(CREATED, ENABLED)
                .when(new DeactivateMfaDevice(ID, null, SERIAL))
                .expectEvents(new MfaDeviceDeactivated(ACCOUNT, ID, ALICE));
    }

    @Test
    void givenAssignedDevice_whenDeleted_thenDeleteConflictUntilDeactivated() {
        fixture().given(CREATED, ENABLED)
                .when(new DeleteVirtualMfaDevice(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectNoEvents();
        fixture().given(CREATED, ENABLED, new MfaDeviceDeactivated(ACCOUNT, ID, ALICE))
                .when(new DeleteVirtualMfaDevice(ID))
                .expectEvents(new VirtualMfaDeviceDeleted(ACCOUNT, ID, SERIAL))
                .expectMarkedDeleted();
    }

    @Test
    void givenFiftyTags_whenANewKeyIsTagged_thenLimitExceededButUntagWorks() {
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().given(CREATED, new VirtualMfaDeviceTagged(ACCOUNT, ID, fifty))
                .when(new TagMfaDevice(ID, List.of(new Tag("new", "v"))))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
        fixture().given(CREATED, new VirtualMfaDeviceTagged(ACCOUNT, ID, fifty))
                .when(new TagMfaDevice(ID, List.of(new Tag("K1", "w"))))
                .expectEvents(new VirtualMfaDeviceTagged(ACCOUNT, ID, List.of(new Tag("K1", "w"))));
        fixture().given(CREATED, new VirtualMfaDeviceTagged(ACCOUNT, ID, fifty))
                .when(new UntagMfaDevice(ID, List.of("K1")))
                .expectEvents(new VirtualMfaDeviceUntagged(ACCOUNT, ID, List.of("K1")));
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
