package dev.idcenter.policy.parse;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.condition.ConditionOperator;
import dev.idcenter.policy.model.ConditionClause;
import dev.idcenter.policy.model.Effect;
import dev.idcenter.policy.model.PolicyDocument;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.model.Principals;
import dev.idcenter.policy.model.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and validates policy documents for a {@link PolicyType}.
 *
 * <pre>{@code
 * PolicyDocument doc = PolicyParser.parse(json, PolicyType.TRUST);        // type's default quota (IAM-5)
 * PolicyDocument doc = PolicyParser.parse(json, PolicyType.IDENTITY, 2048); // caller's quota, 0 = none
 * }</pre>
 *
 * <p>Whatever the input, the only exception is {@link MalformedPolicyException}. Thread-safe and stateless.
 */
public final class PolicyParser {

    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_FIELDS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final List<String> TRUST_ACTIONS = List.of("sts:assumerole", "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern UNIQUE_ID = Pattern.compile("A[A-Z]{3}[A-Z0-9]{12,28}");
    private static final Pattern IAM_PRINCIPAL_ARN = Pattern.compile(
            "arn:aws[a-z-]*:iam::[0-9]{12}:(root|user/[^*?]+|role/[^*?]+)");
    private static final Pattern STS_PRINCIPAL_ARN = Pattern.compile(
            "arn:aws[a-z-]*:sts::[0-9]{12}:(assumed-role/[^/*?]+/[^*?]+|federated-user/[^*?]+)");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(amazonaws\\.com|amazon\\.com|amazonaws\\.com\\.cn)");
    private static final Pattern FEDERATED = Pattern.compile(
            "arn:aws[a-z-]*:iam::[0-9]{12}:(saml-provider|oidc-provider)/[^*?\\s]+|[A-Za-z0-9.-]+(\\.[A-Za-z0-9-]+)+(/[^*?\\s]*)?");
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{64}");

    private PolicyParser() {
    }

    /** Parses with the type's default size quota. */
    public static PolicyDocument parse(String text, PolicyType type) {
        return parse(text, type, type == null ? 0 : type.defaultMaxSize());
    }

    /**
     * Parses and validates {@code text} as a policy of {@code type}.
     *
     * @param maxSize quota in characters not counting whitespace; 0 or less for none
     * @throws MalformedPolicyException for any problem, and nothing else
     */
    public static PolicyDocument parse(String text, PolicyType type, int maxSize) {
        try {
            if (text == null || type == null) {
                throw MalformedPolicyException.syntax();
            }
            checkSize(text, type, maxSize);
            JsonValue root = JsonTreeReader.read(text);
            return new PolicyParser.Validator(type).document(text, root);
        } catch (MalformedPolicyException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // Jackson errors, number overflows, anything unforeseen: the caller only ever sees a policy error.
            throw MalformedPolicyException.syntax();
        }
    }

    /** Number of characters that count against the quota (IAM-5: whitespace is not counted). */
    public static int countedSize(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static void checkSize(String text, PolicyType type, int maxSize) {
        if (maxSize > 0 && countedSize(text) > maxSize) {
            String quota = type == PolicyType.TRUST ? "ACLSizePerRole" : "PolicySize";
            throw new MalformedPolicyException(MalformedPolicyException.LIMIT_EXCEEDED,
                    "Cannot exceed quota for " + quota + ": " + maxSize);
        }
    }

    private static MalformedPolicyException error(String message) {
        return new MalformedPolicyException(message);
    }

    private static final class Validator {
        private final PolicyType type;

        Validator(PolicyType type) {
            this.type = type;
        }

        PolicyDocument document(String text, JsonValue root) {
            if (!root.isObject()) {
                throw MalformedPolicyException.syntax();
            }
            for (String name : root.fields().keySet()) {
                if (!TOP_LEVEL.contains(name)) {
                    throw error("Unknown field " + name);
                }
            }
            String version = null;
            JsonValue v = root.fields().get("Version");
            if (v != null) {
                if (!v.isString() || !(v.text().equals("2012-10-17") || v.text().equals("2008-10-17"))) {
                    throw error("The policy failed legacy parsing");
                }
                version = v.text();
            }
            String id = null;
            JsonValue idValue = root.fields().get("Id");
            if (idValue != null) {
                if (!idValue.isString()) {
                    throw MalformedPolicyException.syntax();
                }
                id = idValue.text();
            }
            JsonValue st = root.fields().get("Statement");
            if (st == null) {
                throw error("Missing required field Statement");
            }
            List<JsonValue> raw;
            if (st.isObject()) {
                raw = List.of(st);
            } else if (st.isArray()) {
                raw = st.items();
            } else {
                throw MalformedPolicyException.syntax();
            }
            if (raw.isEmpty()) {
                throw error("Missing required field Statement");
            }
            List<Statement> statements = new ArrayList<>(raw.size());
            Set<String> sids = new HashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                Statement s = statement(i, raw.get(i));
                if (s.sid() != null && !s.sid().isEmpty() && !sids.add(s.sid())) {
                    throw error("Statement IDs (SID) in a single policy must be unique.");
                }
                statements.add(s);
            }
            return new PolicyDocument(text, type, version, id, statements);
        }

        private Statement statement(int index, JsonValue node) {
            if (!node.isObject()) {
                throw MalformedPolicyException.syntax();
            }
            Map<String, JsonValue> f = node.fields();
            for (String name : f.keySet()) {
                if (!STATEMENT_FIELDS.contains(name)) {
                    throw error("Unknown field " + name);
                }
            }
            String sid = null;
            if (f.containsKey("Sid")) {
                JsonValue s = f.get("Sid");
                if (!s.isString()) {
                    throw MalformedPolicyException.syntax();
                }
                sid = s.text();
                if (!type.namesPrincipal() && !isAlphanumeric(sid)) {
                    throw error("Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the "
                            + "regular expression [0-9A-Za-z]*");
                }
            }
            Effect effect = effect(f.get("Effect"));

            boolean hasP = f.containsKey("Principal");
            boolean hasNp = f.containsKey("NotPrincipal");
            if (hasP && hasNp) {
                throw MalformedPolicyException.syntax();
            }
            Principals principals = null;
            if (type.namesPrincipal()) {
                if (!hasP && !hasNp) {
                    throw error("Missing required field Principal");
                }
                if (hasNp && (type == PolicyType.TRUST || type == PolicyType.RCP)) {
                    throw error("Has prohibited field NotPrincipal");
                }
                principals = principals(hasP ? f.get("Principal") : f.get("NotPrincipal"));
                if (type == PolicyType.RCP && !principals.everyone()) {
                    throw error("Invalid principal in policy: RCPs only accept \"*\"");
                }
            } else if (hasP || hasNp) {
                throw error("Policy document should not specify a principal.");
            }

            boolean hasA = f.containsKey("Action");
            boolean hasNa = f.containsKey("NotAction");
            if (hasA && hasNa) {
                throw MalformedPolicyException.syntax();
            }
            if (!hasA && !hasNa) {
                throw error("Policy statement must contain actions.");
            }
            if (hasNa && type == PolicyType.TRUST) {
                throw error("Has prohibited field NotAction");
            }
            List<String> actions = strings(hasA ? f.get("Action") : f.get("NotAction"));
            if (actions.isEmpty()) {
                throw error("Policy statement must contain actions.");
            }
            for (String a : actions) {
                if (!isAction(a)) {
                    throw error("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
                }
                if (type == PolicyType.TRUST && !isTrustAction(a)) {
                    throw error("Trust Policy statement actions can only be sts:AssumeRole, "
                            + "sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
                            + "sts:SetSourceIdentity and sts:SetContext");
                }
            }

            boolean hasR = f.containsKey("Resource");
            boolean hasNr = f.containsKey("NotResource");
            if (hasR && hasNr) {
                throw MalformedPolicyException.syntax();
            }
            List<String> resources = List.of();
            if (type == PolicyType.TRUST) {
                if (hasR) {
                    throw error("Has prohibited field Resource");
                }
                if (hasNr) {
                    throw error("Has prohibited field NotResource");
                }
            } else {
                if (!hasR && !hasNr) {
                    throw error("Policy statement must contain resources.");
                }
                resources = strings(hasR ? f.get("Resource") : f.get("NotResource"));
                if (resources.isEmpty()) {
                    throw error("Policy statement must contain resources.");
                }
                for (String r : resources) {
                    if (!isResource(r)) {
                        throw error("Resource " + r + " must be in ARN format or \"*\".");
                    }
                }
            }

            List<ConditionClause> conditions = f.containsKey("Condition") ? conditions(f.get("Condition")) : List.of();
            return new Statement(index, sid, effect, principals, hasNp, actions, hasNa, resources, hasNr,
                    conditions, node.start(), node.end());
        }

        private Effect effect(JsonValue e) {
            if (e == null) {
                throw error("Missing required field Effect");
            }
            if (e.isString() && e.text().equals("Allow")) {
                return Effect.ALLOW;
            }
            if (e.isString() && e.text().equals("Deny")) {
                return Effect.DENY;
            }
            throw error("Invalid effect: " + (e.isScalar() ? e.text() : e.kind().name().toLowerCase(Locale.ROOT)));
        }

        private Principals principals(JsonValue p) {
            if (p.isString()) {
                if (p.text().equals("*")) {
                    return new Principals(true, List.of(), List.of(), List.of(), List.of());
                }
                throw error("Invalid principal in policy: \"" + p.text() + "\"");
            }
            if (!p.isObject() || p.fields().isEmpty()) {
                throw MalformedPolicyException.syntax();
            }
            boolean everyone = false;
            List<String> aws = List.of();
            List<String> service = List.of();
            List<String> federated = List.of();
            List<String> canonical = List.of();
            for (Map.Entry<String, JsonValue> e : p.fields().entrySet()) {
                List<String> values = strings(e.getValue());
                if (values.isEmpty()) {
                    throw error("Invalid principal in policy: \"" + e.getKey() + "\":[]");
                }
                switch (e.getKey()) {
                    case "AWS" -> {
                        for (String value : values) {
                            if (value.equals("*")) {
                                everyone = true;
                            } else if (!isAwsPrincipal(value)) {
                                throw invalidPrincipal("AWS", value);
                            }
                        }
                        aws = values;
                    }
                    case "Service" -> {
                        check("Service", values, SERVICE);
                        service = values;
                    }
                    case "Federated" -> {
                        check("Federated", values, FEDERATED);
                        federated = values;
                    }
                    case "CanonicalUser" -> {
                        check("CanonicalUser", values, CANONICAL);
                        canonical = values;
                    }
                    default -> throw error("Invalid principal in policy: \"" + e.getKey() + "\"");
                }
            }
            if (everyone) {
                aws = aws.stream().filter(a -> !a.equals("*")).toList();
            }
            return new Principals(everyone, aws, service, federated, canonical);
        }

        private void check(String kind, List<String> values, Pattern pattern) {
            for (String value : values) {
                if (!pattern.matcher(value).matches()) {
                    throw invalidPrincipal(kind, value);
                }
            }
        }

        private MalformedPolicyException invalidPrincipal(String kind, String value) {
            return error("Invalid principal in policy: \"" + kind + "\":\"" + value + "\"");
        }

        private List<ConditionClause> conditions(JsonValue c) {
            if (!c.isObject()) {
                throw MalformedPolicyException.syntax();
            }
            List<ConditionClause> clauses = new ArrayList<>();
            for (Map.Entry<String, JsonValue> op : c.fields().entrySet()) {
                if (ConditionOperator.parse(op.getKey()) == null) {
                    throw error("Invalid Condition type : " + op.getKey() + ".");
                }
                if (!op.getValue().isObject() || op.getValue().fields().isEmpty()) {
                    throw MalformedPolicyException.syntax();
                }
                for (Map.Entry<String, JsonValue> key : op.getValue().fields().entrySet()) {
                    int colon = key.getKey().indexOf(':');
                    if (colon <= 0 || colon == key.getKey().length() - 1) {
                        throw error("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
                    }
                    JsonValue value = key.getValue();
                    List<String> values = new ArrayList<>();
                    if (value.isScalar()) {
                        values.add(value.text());
                    } else if (value.isArray()) {
                        for (JsonValue item : value.items()) {
                            if (!item.isScalar()) {
                                throw MalformedPolicyException.syntax();
                            }
                            values.add(item.text());
                        }
                    } else {
                        throw MalformedPolicyException.syntax();
                    }
                    clauses.add(new ConditionClause(op.getKey(), key.getKey(), values));
                }
            }
            return clauses;
        }

        private static List<String> strings(JsonValue value) {
            if (value.isString()) {
                return List.of(value.text());
            }
            if (!value.isArray()) {
                throw MalformedPolicyException.syntax();
            }
            List<String> out = new ArrayList<>(value.items().size());
            for (JsonValue item : value.items()) {
                if (!item.isString()) {
                    throw MalformedPolicyException.syntax();
                }
                out.add(item.text());
            }
            return out;
        }
    }

    static boolean isAwsPrincipal(String value) {
        return ACCOUNT_ID.matcher(value).matches() || IAM_PRINCIPAL_ARN.matcher(value).matches()
                || STS_PRINCIPAL_ARN.matcher(value).matches() || UNIQUE_ID.matcher(value).matches();
    }

    private static boolean isTrustAction(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sts:")) {
            return false;
        }
        for (String allowed : TRUST_ACTIONS) {
            if (dev.idcenter.policy.arn.Glob.matches(lower, allowed)) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} or {@code vendor:name} (vendor of letters, digits, {@code -_.} and wildcards). */
    private static boolean isAction(String a) {
        if (a.equals("*")) {
            return true;
        }
        int colon = a.indexOf(':');
        if (colon <= 0 || colon == a.length() - 1) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (i < colon && !(Character.isLetterOrDigit(c) || c == '*' || c == '?' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
            if (i > colon && (c == ':' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isResource(String r) {
        if (r.equals("*")) {
            return true;
        }
        if (!r.startsWith("arn:")) {
            return false;
        }
        int colons = 0;
        for (int i = 0; i < r.length(); i++) {
            if (r.charAt(i) == ':') {
                colons++;
            }
        }
        return colons >= 5 || r.indexOf('*') >= 0;
    }
}
