package dev.idcenter.server;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.iam.mfa.MfaDeviceDirectory;
import dev.idcenter.command.iam.user.DeleteUser;
import dev.idcenter.command.mfa.Base32;
import dev.idcenter.command.mfa.MfaCodeVerifier;
import dev.idcenter.command.mfa.Totp;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Virtual MFA devices over the wire with the real SDK, codes computed here from the seed the server handed out
 * (never by waiting: the test makes the codes of the current and neighbouring time steps itself), and the MFA code
 * verifier STS uses, through the Spring context.
 */
class MfaDevicesIT extends ServerTestSupport {

    @Autowired
    MfaCodeVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandGateway commands;

    /** A device as created: its serial number and the seed the test keeps, as an authenticator app would. */
    private record Device(String serialNumber, byte[] seed) {

        String code(long step) {
            return Totp.code(seed, step);
        }
    }

    @Test
    void givenUserAndVirtualDevice_whenEnabledListedResyncedDeactivatedAndDeleted_thenIamShowsEachState() throws Exception {
        String userName = unique("alice");
        String deviceName = unique("alice-phone");
        try (IamClient iam = iam(root())) {
            User user = iam.createUser(b -> b.userName(userName)).user();
            VirtualMFADevice created = iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(deviceName).path("/ops/")
                    .tags(Tag.builder().key("owner").value("alice").build())).virtualMFADevice();
            Device device = device(created);
            assertThat(device.serialNumber()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":mfa/ops/" + deviceName);
            assertThat(qrText(created.qrCodePNG().asByteArray())).isEqualTo("otpauth://totp/" + deviceName + "@"
                    + ACCOUNT_ID + "?secret=" + created.base32StringSeed().asUtf8String());
            // The seed is a secret: in no event (audit events included) and in no table.
            assertThat(storedEventsContaining(created.base32StringSeed().asUtf8String())).isZero();

            assertThat(iam.listVirtualMFADevices(b -> b.assignmentStatus(AssignmentStatusType.UNASSIGNED))
                    .virtualMFADevices()).extracting(VirtualMFADevice::serialNumber).contains(device.serialNumber());
            assertError(() -> iam.getMFADevice(b -> b.serialNumber(device.serialNumber())), "NoSuchEntity", 404);

            long step = Totp.step(Instant.now());
            // Codes of this step and the next: still valid if the server's clock has already moved one step on.
            enable(iam, userName, device, step);

            assertThat(iam.listMFADevices(b -> b.userName(userName)).mfaDevices())
                    .singleElement()
                    .satisfies(listed -> {
                        assertThat(listed.serialNumber()).isEqualTo(device.serialNumber());
                        assertThat(listed.userName()).isEqualTo(userName);
                        assertThat(listed.enableDate()).isNotNull();
                    });
            assertThat(iam.listVirtualMFADevices(b -> b.assignmentStatus(AssignmentStatusType.ASSIGNED))
                    .virtualMFADevices())
                    .filteredOn(listed -> listed.serialNumber().equals(device.serialNumber()))
                    .singleElement()
                    .satisfies(listed -> {
                        assertThat(listed.user().userId()).isEqualTo(user.userId());
                        assertThat(listed.base32StringSeed()).isNull();
                    });
            assertThat(iam.listVirtualMFADevices(b -> b.assignmentStatus(AssignmentStatusType.UNASSIGNED))
                    .virtualMFADevices()).extracting(VirtualMFADevice::serialNumber).doesNotContain(device.serialNumber());
            assertThat(iam.getMFADevice(b -> b.serialNumber(device.serialNumber()).userName(userName)).userName())
                    .isEqualTo(userName);
            // Without UserName: the calling user's devices (which a user may list once a policy lets it).
            iam.putUserPolicy(b -> b.userName(userName).policyName("own-mfa").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListMFADevices",
                     "Resource":"arn:aws:iam::*:user/${aws:username}"}]}"""));
            AccessKey key = iam.createAccessKey(b -> b.userName(userName)).accessKey();
            try (IamClient asAlice = iam(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                assertThat(asAlice.listMFADevices().mfaDevices()).extracting(MFADevice::serialNumber)
                        .containsExactly(device.serialNumber());
            }
            iam.deleteAccessKey(b -> b.userName(userName).accessKeyId(key.accessKeyId()));
            iam.deleteUserPolicy(b -> b.userName(userName).policyName("own-mfa"));

            // Two consecutive codes well ahead of the server's clock: the device's drift is recorded.
            iam.resyncMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1(device.code(step + 10)).authenticationCode2(device.code(step + 11)));
            assertError(() -> iam.resyncMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1(device.code(step + 10)).authenticationCode2(device.code(step + 11))),
                    "InvalidAuthenticationCode", 403);

            iam.tagMFADevice(b -> b.serialNumber(device.serialNumber()).tags(Tag.builder().key("env").value("prod").build()));
            iam.untagMFADevice(b -> b.serialNumber(device.serialNumber()).tagKeys("OWNER"));
            assertThat(iam.listMFADeviceTags(b -> b.serialNumber(device.serialNumber())).tags())
                    .extracting(Tag::key).containsExactly("env");

            assertError(() -> iam.deleteVirtualMFADevice(b -> b.serialNumber(device.serialNumber())), "DeleteConflict", 409);
            assertError(() -> iam.deleteUser(b -> b.userName(userName)), "DeleteConflict", 409);

            iam.deactivateMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber()));
            assertThat(iam.listMFADevices(b -> b.userName(userName)).mfaDevices()).isEmpty();
            iam.deleteVirtualMFADevice(b -> b.serialNumber(device.serialNumber()));
            iam.deleteUser(b -> b.userName(userName));
            assertError(() -> iam.listMFADeviceTags(b -> b.serialNumber(device.serialNumber())), "NoSuchEntity", 404);
            assertThat(iam.listVirtualMFADevices().virtualMFADevices())
                    .extracting(VirtualMFADevice::serialNumber).doesNotContain(device.serialNumber());
        }
    }

    @Test
    void givenDevice_whenEnabledWithWrongCodesOrTwice_thenInvalidAuthenticationCodeOrEntityAlreadyExists() {
        String userName = unique("bob");
        String otherName = unique("carol");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(userName));
            iam.createUser(b -> b.userName(otherName));
            Device device = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("bob-phone")))
                    .virtualMFADevice());
            long step = Totp.step(Instant.now());

            assertError(() -> iam.enableMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1(device.code(step + 1)).authenticationCode2(device.code(step))),
                    "InvalidAuthenticationCode", 403);
            assertError(() -> iam.enableMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1(device.code(step - 5)).authenticationCode2(device.code(step - 4))),
                    "InvalidAuthenticationCode", 403);
            assertError(() -> iam.enableMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                    .authenticationCode1("12345").authenticationCode2(device.code(step))), "ValidationError", 400);
            assertThat(iam.listMFADevices(b -> b.userName(userName)).mfaDevices()).isEmpty();

            enable(iam, userName, device, step);
            assertError(() -> iam.enableMFADevice(b -> b.userName(otherName).serialNumber(device.serialNumber())
                    .authenticationCode1(device.code(step + 2)).authenticationCode2(device.code(step + 3))),
                    "EntityAlreadyExists", 409);
            assertError(() -> iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(
                    device.serialNumber().substring(device.serialNumber().lastIndexOf('/') + 1).toUpperCase())),
                    "EntityAlreadyExists", 409);
            assertError(() -> iam.deactivateMFADevice(b -> b.userName(otherName).serialNumber(device.serialNumber())),
                    "NoSuchEntity", 404);
            assertError(() -> iam.enableMFADevice(b -> b.userName(userName).serialNumber("arn:aws:iam::" + ACCOUNT_ID
                    + ":mfa/ghost").authenticationCode1("123456").authenticationCode2("654321")), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenUserWithEightDevices_whenANinthIsEnabled_thenLimitExceeded() {
        String userName = unique("frank");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(userName));
            long step = Totp.step(Instant.now());
            for (int i = 0; i < 8; i++) {
                enable(iam, userName, device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("frank")))
                        .virtualMFADevice()), step);
            }
            Device ninth = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("frank")))
                    .virtualMFADevice());
            assertError(() -> enable(iam, userName, ninth, step), "LimitExceeded", 409);
            assertThat(iam.listMFADevices(b -> b.userName(userName)).mfaDevices()).hasSize(8);
        }
    }

    @Test
    void givenDeletedDevice_whenCreatedAgainWithTheSameName_thenNewSeed() {
        String name = unique("reused");
        try (IamClient iam = iam(root())) {
            VirtualMFADevice first = iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(name)).virtualMFADevice();
            iam.deleteVirtualMFADevice(b -> b.serialNumber(first.serialNumber()));
            VirtualMFADevice second = iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(name)).virtualMFADevice();

            assertThat(second.serialNumber()).isEqualTo(first.serialNumber());
            assertThat(second.base32StringSeed().asUtf8String()).hasSize(32)
                    .isNotEqualTo(first.base32StringSeed().asUtf8String());
        }
    }

    @Test
    void givenUserWithDevice_whenDeleteUserCommandSkipsTheHandlersCheck_thenTheDirectorysForeignKeyRefusesIt() {
        String userName = unique("grace");
        try (IamClient iam = iam(root())) {
            User user = iam.createUser(b -> b.userName(userName)).user();
            Device device = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("grace-phone")))
                    .virtualMFADevice());
            enable(iam, userName, device, Totp.step(Instant.now()));

            // As if DeleteUser had checked just before EnableMFADevice committed: the database still decides.
            assertThatThrownBy(() -> commands.sendAndWait(new DeleteUser(user.userId())))
                    .satisfies(e -> assertThat(MfaDeviceDirectory.lostUserRace(e)).isTrue());
            assertThat(iam.getUser(b -> b.userName(userName)).user().userId()).isEqualTo(user.userId());
        }
    }

    @Test
    void givenEnabledDevice_whenVerifierAsked_thenOnlyAFreshCodeOfTheUsersOwnEnabledDeviceCounts() {
        String aliceName = unique("dave");
        String bobName = unique("erin");
        try (IamClient iam = iam(root())) {
            User alice = iam.createUser(b -> b.userName(aliceName)).user();
            User bob = iam.createUser(b -> b.userName(bobName)).user();
            Device aliceDevice = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("dave-phone")))
                    .virtualMFADevice());
            Device bobDevice = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("erin-phone")))
                    .virtualMFADevice());
            Device unassigned = device(iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("spare")))
                    .virtualMFADevice());
            long step = Totp.step(Instant.now());
            enable(iam, aliceName, aliceDevice, step);
            enable(iam, bobName, bobDevice, step);
            // Move both devices' clocks ahead (resync), so the next code is valid whichever step the server is in.
            resync(iam, aliceName, aliceDevice, step + 10);
            resync(iam, bobName, bobDevice, step + 10);
            Caller aliceCaller = new Caller("IAMUser", alice.userId(), alice.arn(), ACCOUNT_ID, "AKIAEXAMPLEALICEKEY1");
            Instant now = Instant.now();

            // STS-3: a valid, unused code of the caller's own enabled device counts, once.
            assertThat(verifier.verify(aliceCaller, aliceDevice.serialNumber(), aliceDevice.code(step + 12), now)).isTrue();
            assertThat(verifier.verify(aliceCaller, aliceDevice.serialNumber(), aliceDevice.code(step + 12), now)).isFalse();
            assertThat(verifier.verify(aliceCaller, aliceDevice.serialNumber(), "000000".equals(aliceDevice.code(step + 13))
                    ? "111111" : "000000", now)).isFalse();
            // Another user's device, even with its valid code; a device nobody enabled.
            assertThat(verifier.verify(aliceCaller, bobDevice.serialNumber(), bobDevice.code(step + 12), now)).isFalse();
            assertThat(verifier.verify(aliceCaller, unassigned.serialNumber(), unassigned.code(step), now)).isFalse();
            // Bob's code was not spent by Alice's attempt.
            Caller bobCaller = new Caller("IAMUser", bob.userId(), bob.arn(), ACCOUNT_ID, "AKIAEXAMPLEBOBKEY123");
            assertThat(verifier.verify(bobCaller, bobDevice.serialNumber(), bobDevice.code(step + 12), now)).isTrue();

            // A GetSessionToken session of Alice's is Alice; a role session is nobody's MFA. Asked one step later:
            // within one step, Alice's device accepts nothing after the code just spent but the next one.
            Instant later = now.plusSeconds(Totp.STEP_SECONDS);
            Caller aliceSession = new Caller("IAMUser", alice.userId(), alice.arn(), ACCOUNT_ID, "ASIAEXAMPLEALICE1234",
                    session(SessionContext.Kind.SESSION_TOKEN, "IAMUser", alice.userId(), alice.arn()));
            assertThat(verifier.verify(aliceSession, aliceDevice.serialNumber(), aliceDevice.code(step + 13), later)).isTrue();
            Caller roleSession = new Caller("AssumedRole", "AROAEXAMPLEROLE123456:s", "arn:aws:sts::" + ACCOUNT_ID
                    + ":assumed-role/r/s", ACCOUNT_ID, "ASIAEXAMPLEROLE12345",
                    session(SessionContext.Kind.ASSUMED_ROLE, "Role", "AROAEXAMPLEROLE123456",
                            "arn:aws:iam::" + ACCOUNT_ID + ":role/r"));
            assertThat(verifier.verify(roleSession, aliceDevice.serialNumber(), aliceDevice.code(step + 14), later)).isFalse();
        }
    }

    private void enable(IamClient iam, String userName, Device device, long step) {
        iam.enableMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                .authenticationCode1(device.code(step)).authenticationCode2(device.code(step + 1)));
    }

    private void resync(IamClient iam, String userName, Device device, long step) {
        iam.resyncMFADevice(b -> b.userName(userName).serialNumber(device.serialNumber())
                .authenticationCode1(device.code(step)).authenticationCode2(device.code(step + 1)));
    }

    private static SessionContext session(SessionContext.Kind kind, String issuerType, String issuerId, String issuerArn) {
        Instant now = Instant.now();
        return new SessionContext(kind, UUID.randomUUID().toString(), issuerType, issuerId, issuerArn, ACCOUNT_ID,
                null, now, now.plusSeconds(3600), false, null, null, null, null, null, null, issuerArn);
    }

    private static Device device(VirtualMFADevice created) {
        return new Device(created.serialNumber(), Base32.decode(created.base32StringSeed().asUtf8String()));
    }

    private long storedEventsContaining(String text) {
        return jdbc.sql("select count(*) from command.domain_event_entry where strpos(convert_from(payload, 'UTF8'), ?) > 0")
                .param(text).query(Long.class).single();
    }

    private static String qrText(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
