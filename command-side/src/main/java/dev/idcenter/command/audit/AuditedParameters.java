package dev.idcenter.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.Shape;
import dev.idcenter.protocol.ShapeMember;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A call's input or output as CloudTrail records it ({@code requestParameters}, {@code responseElements}): structure
 * members in lowerCamel ({@code RoleArn} becomes {@code roleArn}, map keys stay as they are), and no secret (AUDIT-1).
 * A member is a secret when the model marks its shape {@code sensitive}, or, in case a model forgets, when its name is
 * one that always holds one. Issued credentials keep only their access key id and expiration.
 */
final class AuditedParameters {

    /** What CloudTrail writes in place of a value it must not show. */
    static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";
    /** Larger inputs or outputs are not recorded (CloudTrail omits oversized parameters too). */
    static final int MAX_CHARS = 100_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> SECRET_NAMES = Set.of("secretaccesskey", "sessiontoken", "password",
            "newpassword", "oldpassword", "privatekey", "base32stringseed", "qrcodepng", "authenticationcode1",
            "authenticationcode2", "tokencode", "samlassertion", "webidentitytoken");
    private static final Set<String> CREDENTIALS_KEPT = Set.of("AccessKeyId", "Expiration");

    private AuditedParameters() {
    }

    /** The JSON text of {@code input} read as {@code shape}, or null when there is nothing (or too much) to record. */
    static String requestParameters(Shape shape, JsonNode input) {
        return text(convert(input, shape, false));
    }

    /** The JSON text of {@code output} read as {@code shape}, or null when there is nothing (or too much) to record. */
    static String responseElements(Shape shape, JsonNode output) {
        return text(convert(output, shape, true));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || (node.isObject() && node.isEmpty())) {
            return null;
        }
        String text = node.toString();
        return text.length() <= MAX_CHARS ? text : null;
    }

    private static JsonNode convert(JsonNode node, Shape shape, boolean response) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            Shape member = shape != null && shape.listMember() != null ? shape.listMember().shape() : null;
            ArrayNode list = JSON.arrayNode();
            node.forEach(element -> list.add(convert(element, member, response)));
            return list;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode converted = JSON.objectNode();
        if (shape != null && shape.type() == Shape.Type.MAP) {
            Shape value = shape.mapValue() != null ? shape.mapValue().shape() : null;
            node.fields().forEachRemaining(e -> converted.set(e.getKey(),
                    secret(value) ? JSON.textNode(HIDDEN) : convert(e.getValue(), value, response)));
            return converted;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            ShapeMember member = shape != null ? shape.members().get(name) : null;
            Shape memberShape = member != null ? member.shape() : null;
            if (SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) || secret(memberShape)) {
                converted.put(lowerCamel(name), HIDDEN);
            } else if (response && "Credentials".equals(name) && field.getValue().isObject()) {
                converted.set(lowerCamel(name), issuedCredentials(field.getValue()));
            } else {
                converted.set(lowerCamel(name), convert(field.getValue(), memberShape, response));
            }
        }
        return converted;
    }

    private static boolean secret(Shape shape) {
        return shape != null && shape.sensitive();
    }

    /** Only the access key id and expiration of issued credentials: never the secret or the session token. */
    private static ObjectNode issuedCredentials(JsonNode credentials) {
        ObjectNode kept = JSON.objectNode();
        CREDENTIALS_KEPT.stream().sorted().filter(credentials::hasNonNull)
                .forEach(name -> kept.set(lowerCamel(name), credentials.get(name).deepCopy()));
        return kept;
    }

    /** CloudTrail's member naming: the first letter in lower case ({@code SAMLAssertionID} is {@code sAMLAssertionID}). */
    static String lowerCamel(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
