package dev.idcenter.policy.parse;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the input, the parser returns a document or throws MalformedPolicyException, nothing else. */
class PolicyParserFuzzTest {

    private static final String[] SEEDS = {
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\"],"
            + "\"Resource\":\"arn:aws:s3:::b/${aws:username}/*\",\"Condition\":{\"ForAnyValue:StringLike\":"
            + "{\"aws:TagKeys\":[\"a*\",1,true]},\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}",
        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"111122223333\","
            + "\"arn:aws:iam::111122223333:role/r\"],\"Service\":\"ec2.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}}",
        "{\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":\"*\",\"NotAction\":\"iam:*\",\"NotResource\":\"*\"}]}",
    };
    private static final String JSON_BITS = "{}[]\":,0123456789.-+eEtruefalsn \\/*?$ \u0000\uD800AWS";

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().withChars(JSON_BITS.toCharArray()).ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> nearValid() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        return seed.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(positions -> Arbitraries.strings().withChars(JSON_BITS.toCharArray()).ofMaxLength(3)
                        .map(insert -> mutate(s, positions, insert))));
    }

    private static String mutate(String s, java.util.List<Integer> positions, String insert) {
        StringBuilder sb = new StringBuilder(s);
        for (int p : positions) {
            int at = Math.min(p, sb.length());
            if (p % 3 == 0 && at < sb.length()) {
                sb.deleteCharAt(at);
            } else if (p % 3 == 1 && at < sb.length()) {
                sb.setCharAt(at, insert.isEmpty() ? '"' : insert.charAt(0));
            } else {
                sb.insert(at, insert);
            }
        }
        return sb.toString();
    }

    private static void parseAllTypes(String text) {
        for (PolicyType type : PolicyType.values()) {
            try {
                assertThat(PolicyParser.parse(text, type, 0).text()).isSameAs(text);
            } catch (MalformedPolicyException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    @Property(tries = 400)
    void givenGarbage_whenParsed_thenOnlyCleanErrors(@ForAll("garbage") String text) {
        parseAllTypes(text);
    }

    @Property(tries = 600)
    void givenNearValidDocuments_whenParsed_thenOnlyCleanErrors(@ForAll("nearValid") String text) {
        parseAllTypes(text);
    }

    @Property(tries = 50)
    void givenDeepNesting_whenParsed_thenCleanError(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5000) int depth) {
        parseAllTypes("[".repeat(depth) + "]".repeat(depth));
        parseAllTypes("{\"Statement\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1));
    }
}
