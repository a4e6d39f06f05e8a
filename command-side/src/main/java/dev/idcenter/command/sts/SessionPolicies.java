package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.policy.AwsManagedPolicies;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Session policies (the inline {@code Policy} and the managed {@code PolicyArns}) and the packed size they take with
 * the session tags (STS-1). The packed size is AWS-like: the policies and tags are compressed together and measured
 * against {@link #PACKED_LIMIT_BYTES}; over 100% is {@code PackedPolicyTooLarge}.
 */
@Component
public class SessionPolicies {

    static final int MAX_POLICY_ARNS = 10;
    /** The plain text of an inline session policy, whatever the operation's model says (STS-1). */
    static final int MAX_POLICY_CHARACTERS = 2048;
    /** Compressed bytes that make 100%: a plain 2,048-character policy fits; 50 long random tags do not. */
    static final int PACKED_LIMIT_BYTES = 1024;
    private final AwsManagedPolicies awsPolicies;
    private final PolicyDirectory policies;

    public SessionPolicies(AwsManagedPolicies awsPolicies, PolicyDirectory policies) {
        this.awsPolicies = awsPolicies;
        this.policies = policies;
    }

    /** The inline session policy, validated as a session policy; null when none was passed. */
    static String inlinePolicy(ObjectNode input) {
        if (!input.hasNonNull("Policy")) {
            return null;
        }
        String policy = input.get("Policy").asText();
        if (policy.length() > MAX_POLICY_CHARACTERS) {
            throw StsErrors.validation("1 validation error detected: Value at 'policy' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + MAX_POLICY_CHARACTERS);
        }
        try {
            // No size quota here: the packed size decides (STS-1).
            PolicyParser.parse(policy, PolicyType.SESSION, 0);
        } catch (MalformedPolicyException e) {
            throw StsErrors.malformedPolicy(e.getMessage());
        }
        return policy;
    }

    /** The managed session policies, each an AWS managed policy or one of {@code accountId}'s own. */
    List<String> policyArns(ObjectNode input, String accountId) {
        List<String> arns = new ArrayList<>();
        if (input.has("PolicyArns")) {
            for (JsonNode descriptor : input.get("PolicyArns")) {
                arns.add(descriptor.path("arn").asText(""));
            }
        }
        if (arns.size() > MAX_POLICY_ARNS) {
            throw StsErrors.validation("1 validation error detected: Value at 'policyArns' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_POLICY_ARNS);
        }
        for (String arn : arns) {
            boolean exists = AwsManagedPolicies.isAwsArn(arn)
                    ? awsPolicies.find(arn).isPresent()
                    : policies.idOf(accountId, arn).isPresent();
            if (!exists) {
                throw StsErrors.malformedPolicy("Policy " + arn + " does not exist or is not attachable.");
            }
        }
        return List.copyOf(arns);
    }

    /** The packed size of the session's policies and tags, in percent of the limit; over 100 is refused. */
    static int packedSize(String policy, List<String> policyArns, List<Tag> tags) {
        StringBuilder packed = new StringBuilder();
        if (policy != null) {
            packed.append(policy.replaceAll("\\s+", ""));
        }
        policyArns.forEach(arn -> packed.append('\u0000').append(arn));
        tags.forEach(tag -> packed.append('\u0001').append(tag.key()).append('=').append(tag.value()));
        byte[] plain = packed.toString().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(plain);
        deflater.finish();
        byte[] buffer = new byte[plain.length + 64];
        int compressed = 0;
        while (!deflater.finished()) {
            compressed += deflater.deflate(buffer);
        }
        deflater.end();
        int percent = (int) Math.ceil(100.0 * compressed / PACKED_LIMIT_BYTES);
        if (percent > 100) {
            throw new AwsErrorException("PackedPolicyTooLarge", 400, "Packed size of the session policies and "
                    + "session tags consumes " + percent + "% of allotted space, please use smaller policies and tags.");
        }
        return percent;
    }

    /** SHA-256 (hex) of the inline session policy, what the session's event records of it; null when none. */
    static String digest(String policy) {
        if (policy == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(policy.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
