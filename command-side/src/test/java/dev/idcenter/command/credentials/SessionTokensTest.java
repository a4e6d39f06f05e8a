package dev.idcenter.command.credentials;

import dev.idcenter.command.api.SessionContext;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTokensTest {

    private static final String K1 = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = "k2:" + Base64.getEncoder().encodeToString(filled(7));
    private static final String KEY_ID = TemporaryAccessKeyIds.newId("111122223333");

    private final SessionTokens tokens = new SessionTokens(MasterKeyRing.parse(K1), new SecureRandom());

    @Test
    void givenSealedClaims_whenUnsealedWithTheSameKeyId_thenTheClaimsComeBackWhole() {
        SessionClaims claims = claims(KEY_ID);

        var opened = tokens.unseal(KEY_ID, tokens.seal(claims)).orElseThrow();

        assertThat(opened.claims()).isEqualTo(claims);
        assertThat(opened.keyId()).isEqualTo("k1");
    }

    @Test
    void givenToken_whenPresentedWithAnotherAccessKeyId_thenRefused() {
        String token = tokens.seal(claims(KEY_ID));

        assertThat(tokens.unseal(TemporaryAccessKeyIds.newId("111122223333"), token)).isEmpty();
    }

    @Test
    void givenToken_whenAnyByteIsFlipped_thenRefused() {
        byte[] token = Base64.getUrlDecoder().decode(tokens.seal(claims(KEY_ID)));
        for (int i = 0; i < token.length; i++) {
            byte[] tampered = token.clone();
            tampered[i] ^= 0x01;
            assertThat(tokens.unseal(KEY_ID, Base64.getUrlEncoder().withoutPadding().encodeToString(tampered)))
                    .as("byte %d flipped", i).isEmpty();
        }
    }

    @Test
    void givenGarbageOrTruncatedToken_whenUnsealed_thenRefusedWithoutException() {
        String token = tokens.seal(claims(KEY_ID));

        assertThat(tokens.unseal(KEY_ID, "not a token")).isEmpty();
        assertThat(tokens.unseal(KEY_ID, "")).isEmpty();
        assertThat(tokens.unseal(KEY_ID, token.substring(0, token.length() / 2))).isEmpty();
    }

    @Test
    void givenTokenOfAnotherServersMasterKey_whenUnsealed_thenRefused() {
        SessionTokens other = new SessionTokens(MasterKeyRing.parse("k1:" + Base64.getEncoder().encodeToString(filled(9))),
                new SecureRandom());

        assertThat(tokens.unseal(KEY_ID, other.seal(claims(KEY_ID)))).isEmpty();
    }

    @Test
    void givenLiveSession_whenANewCurrentMasterKeyIsAdded_thenTheOldTokenAndSecretStayValidAndNewTokensUseTheNewKey() {
        SessionClaims claims = claims(KEY_ID);
        String oldToken = tokens.seal(claims);
        String oldSecret = tokens.secretOf("k1", KEY_ID, claims.session().sessionId());
        SessionTokens rotated = new SessionTokens(MasterKeyRing.parse(K1 + "," + K2), new SecureRandom());

        var opened = rotated.unseal(KEY_ID, oldToken).orElseThrow();
        assertThat(opened.keyId()).isEqualTo("k1");
        assertThat(rotated.secretOf(opened.keyId(), KEY_ID, claims.session().sessionId())).isEqualTo(oldSecret);
        String newToken = rotated.seal(claims);
        assertThat(SessionTokens.keyIdOf(newToken)).contains("k2");
        assertThat(tokens.unseal(KEY_ID, newToken)).as("a server without k2").isEmpty();
    }

    @Test
    void givenTwoSessions_whenSecretsDerived_thenEachHasItsOwnAwsShapedSecret() {
        String first = tokens.secretOf("k1", KEY_ID, "session-1");

        assertThat(first).hasSize(40).isEqualTo(tokens.secretOf("k1", KEY_ID, "session-1"));
        assertThat(tokens.secretOf("k1", KEY_ID, "session-2")).isNotEqualTo(first);
    }

    @Test
    void givenClaims_whenSealed_thenNothingOfThemIsReadableInTheToken() {
        String token = tokens.seal(claims(KEY_ID));
        String decoded = new String(Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(decoded).doesNotContain("deployer").doesNotContain("AROA");
    }

    static SessionClaims claims(String accessKeyId) {
        Instant issued = Instant.parse("2026-03-01T12:00:00Z");
        return new SessionClaims("AssumedRole", "AROAEXAMPLEROLEID1234:build", "arn:aws:sts::111122223333:assumed-role/deployer/build",
                "111122223333", accessKeyId, new SessionContext(SessionContext.Kind.ASSUMED_ROLE, "session-1", "Role",
                "AROAEXAMPLEROLEID1234", "arn:aws:iam::111122223333:role/ci/deployer", "111122223333", "build", issued,
                issued.plusSeconds(3600), true, "alice", "{\"Version\":\"2012-10-17\"}",
                List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), Map.of("team", "platform", "env", "prod"),
                Set.of("team"), "parent-1", "arn:aws:iam::111122223333:user/alice"));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
