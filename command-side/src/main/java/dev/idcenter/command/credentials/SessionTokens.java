package dev.idcenter.command.credentials;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Seals session claims into session tokens and opens them again, so that verifying a call with temporary credentials
 * needs no database read (ADR 0006). A token is {@code base64url(version, keyId, salt, nonce, AES-256-GCM(claims))}
 * under the token's own key {@code HMAC(sealingKey, salt)}; the sealing key is derived from the master key the token names, so adding a new current master key leaves live
 * sessions valid; the access key id is authenticated data, so a token presented with another key id fails. The
 * secret access key of a session is derived, never stored: {@code HMAC(masterKey[keyId], accessKeyId, sessionId)}.
 */
public final class SessionTokens {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    /** Each token is sealed under its own key, {@code HMAC(sealingKey, salt)}: random GCM nonces never meet twice
     *  under one key, whatever the number of sessions (a single key would be safe for about 2^32 tokens only). */
    private static final int SALT_BYTES = 16;
    private static final int TAG_BITS = 128;
    private static final String SEALING_LABEL = "sts/session-token-sealing/v1";
    private static final String SECRET_LABEL = "sts/temporary-secret/v1/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final MasterKeyRing masterKeys;
    private final SecureRandom random;
    private final Map<String, byte[]> sealingKeys = new ConcurrentHashMap<>();

    public SessionTokens(MasterKeyRing masterKeys, SecureRandom random) {
        this.masterKeys = masterKeys;
        this.random = random;
    }

    /** A token sealing {@code claims} under the current master key. */
    public String seal(SessionClaims claims) {
        return seal(claims, masterKeys.currentKeyId());
    }

    String seal(SessionClaims claims, String keyId) {
        try {
            byte[] keyIdBytes = keyId.getBytes(StandardCharsets.UTF_8);
            byte[] saltAndNonce = new byte[SALT_BYTES + NONCE_BYTES];
            random.nextBytes(saltAndNonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, tokenKey(keyId, saltAndNonce, 0),
                    new GCMParameterSpec(TAG_BITS, saltAndNonce, SALT_BYTES, NONCE_BYTES));
            cipher.updateAAD(associatedData(keyIdBytes, claims.accessKeyId()));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(claims));
            ByteBuffer token = ByteBuffer.allocate(2 + keyIdBytes.length + saltAndNonce.length + sealed.length)
                    .put(VERSION).put((byte) keyIdBytes.length).put(keyIdBytes).put(saltAndNonce).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal a session token", e);
        }
    }

    /**
     * The claims of {@code token} if it was sealed by this server for {@code accessKeyId} and not altered since;
     * empty otherwise (malformed, tampered, another key id, an unknown master key). Says nothing about expiry.
     */
    public Optional<Unsealed> unseal(String accessKeyId, String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length < 2 + SALT_BYTES + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
                return Optional.empty();
            }
            int keyIdLength = bytes[1] & 0xff;
            if (bytes.length < 2 + keyIdLength + SALT_BYTES + NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            byte[] keyIdBytes = Arrays.copyOfRange(bytes, 2, 2 + keyIdLength);
            String keyId = new String(keyIdBytes, StandardCharsets.UTF_8);
            if (!masterKeys.has(keyId)) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            int saltAt = 2 + keyIdLength;
            cipher.init(Cipher.DECRYPT_MODE, tokenKey(keyId, bytes, saltAt),
                    new GCMParameterSpec(TAG_BITS, bytes, saltAt + SALT_BYTES, NONCE_BYTES));
            cipher.updateAAD(associatedData(keyIdBytes, accessKeyId));
            int offset = saltAt + SALT_BYTES + NONCE_BYTES;
            byte[] plain = cipher.doFinal(bytes, offset, bytes.length - offset);
            SessionClaims claims = JSON.readValue(plain, SessionClaims.class);
            return claims.accessKeyId().equals(accessKeyId)
                    ? Optional.of(new Unsealed(claims, keyId))
                    : Optional.empty();
        } catch (IllegalArgumentException | AEADBadTagException | IOException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The master key id a token was sealed under (readable without opening it); empty when malformed. */
    public static Optional<String> keyIdOf(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length < 2 || bytes[0] != VERSION || bytes.length < 2 + (bytes[1] & 0xff)) {
                return Optional.empty();
            }
            return Optional.of(new String(bytes, 2, bytes[1] & 0xff, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The secret access key of a session: 40 base64 characters, as AWS's. */
    public String secretOf(String keyId, String accessKeyId, String sessionId) {
        byte[] derived = masterKeys.derive(keyId, SECRET_LABEL + accessKeyId + "/" + sessionId);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(derived, 30));
    }

    public String currentKeyId() {
        return masterKeys.currentKeyId();
    }

    /** The key of one token: {@code HMAC-SHA256(sealingKey[keyId], salt)}, the salt read from {@code bytes} at {@code at}. */
    private SecretKeySpec tokenKey(String keyId, byte[] bytes, int at) throws GeneralSecurityException {
        byte[] sealingKey = sealingKeys.computeIfAbsent(keyId, id -> masterKeys.derive(id, SEALING_LABEL));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(sealingKey, "HmacSHA256"));
        mac.update(bytes, at, SALT_BYTES);
        return new SecretKeySpec(mac.doFinal(), "AES");
    }

    private static byte[] associatedData(byte[] keyIdBytes, String accessKeyId) {
        byte[] accessKey = accessKeyId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + keyIdBytes.length + accessKey.length)
                .put(VERSION).put(keyIdBytes).put(accessKey).array();
    }

    /** An opened token: its claims and the master key id it was sealed under (which the session's secret derives from). */
    public record Unsealed(SessionClaims claims, String keyId) {
    }
}
