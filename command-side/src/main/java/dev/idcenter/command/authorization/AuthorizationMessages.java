package dev.idcenter.command.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.eval.EvaluationResult;
import dev.idcenter.policy.eval.MatchedStatement;
import dev.idcenter.policy.eval.Request;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The encoded authorization failure message of an AccessDenied answer: the decision's details (matched statements,
 * the request context) in AWS's decoded-message shape, sealed with AES-GCM under a key derived from the master key,
 * so only {@code sts:DecodeAuthorizationMessage} in the same account can read it.
 */
@Component
class AuthorizationMessages {

    private static final String LABEL = "authorization-message/v1";
    private static final int IV_BYTES = 12;
    private final MasterKeyRing keys;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    /** What the sealed message says, and the account whose principal was denied. */
    record Decoded(String accountId, String message) {
    }

    AuthorizationMessages(MasterKeyRing keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    String encode(Request request, EvaluationResult result, String principalId, String accountId) {
        ObjectNode message = json.createObjectNode();
        message.put("allowed", false);
        message.put("explicitDeny", result.decision() == dev.idcenter.policy.eval.Decision.EXPLICIT_DENY);
        ArrayNode matched = message.putObject("matchedStatements").putArray("items");
        for (MatchedStatement statement : result.matchedStatements()) {
            ObjectNode item = matched.addObject();
            item.put("statementId", statement.sid() == null ? "" : statement.sid());
            item.put("effect", "DENY");
            item.put("index", statement.statementIndex());
            item.putObject("source").put("policyId", statement.policyId())
                    .put("policyType", AccessDenied.describe(statement.policyType()));
        }
        message.putObject("failures").putArray("items");
        ObjectNode context = message.putObject("context");
        context.putObject("principal").put("id", principalId).put("arn", request.principal().arn());
        context.put("action", request.action());
        context.put("resource", request.resource().text());
        ArrayNode conditions = context.putObject("conditions").putArray("items");
        request.keys().asMap().forEach((key, value) -> {
            ObjectNode item = conditions.addObject();
            item.put("key", key);
            ArrayNode values = item.putObject("values").putArray("items");
            for (String one : value.values()) {
                values.addObject().put("value", one);
            }
        });
        try {
            return seal(accountId, json.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an authorization message could not be written", e);
        }
    }

    Optional<Decoded> decode(String encoded) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded.strip()));
            String keyId = text(in);
            String accountId = text(in);
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            if (!keys.has(keyId)) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, iv, accountId);
            return Optional.of(new Decoded(accountId, new String(cipher.doFinal(sealed), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private String seal(String accountId, String message) {
        try {
            String keyId = keys.currentKeyId();
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keyId, iv, accountId)
                    .doFinal(message.getBytes(StandardCharsets.UTF_8));
            byte[] keyIdBytes = keyId.getBytes(StandardCharsets.UTF_8);
            byte[] accountBytes = accountId.getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.allocate(2 + keyIdBytes.length + 2 + accountBytes.length + IV_BYTES + sealed.length);
            out.putShort((short) keyIdBytes.length).put(keyIdBytes).putShort((short) accountBytes.length)
                    .put(accountBytes).put(iv).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The account is authenticated data: a message cannot be moved to another account's reader. */
    private Cipher cipher(int mode, String keyId, byte[] iv, String accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.derive(keyId, LABEL), "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String text(ByteBuffer in) {
        int length = in.getShort();
        if (length < 0 || length > 64) {
            throw new IllegalArgumentException("bad length");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
