package dev.idcenter.policy.condition;

import dev.idcenter.policy.model.ConditionClause;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per operator family and combination rule (EVAL-10, EVAL-11). */
class ConditionOperatorsTest {

    private static boolean eval(String operator, String key, List<String> policyValues, ContextKeys keys) {
        return CompiledCondition.compile(new ConditionClause(operator, key, policyValues), true).evaluate(keys, null);
    }

    private static boolean eval(String operator, List<String> policyValues, String... requestValues) {
        ContextKeys keys = requestValues.length == 0 ? ContextKeys.EMPTY
                : ContextKeys.builder().put("k:key", requestValues).build();
        return eval(operator, "k:key", policyValues, keys);
    }

    @Test
    void givenStringEquals_whenCompared_thenCaseSensitiveAndValuesOred() {
        // EVAL-10, EVAL-11
        assertThat(eval("StringEquals", List.of("a", "b"), "b")).isTrue();
        assertThat(eval("StringEquals", List.of("a"), "A")).isFalse();
        assertThat(eval("StringNotEquals", List.of("a", "b"), "c")).isTrue();
        // Negated with several values is NOR.
        assertThat(eval("StringNotEquals", List.of("a", "b"), "b")).isFalse();
    }

    @Test
    void givenStringEqualsIgnoreCase_whenCompared_thenCaseIgnored() {
        // EVAL-11
        assertThat(eval("StringEqualsIgnoreCase", List.of("Hello"), "hELLO")).isTrue();
        assertThat(eval("StringNotEqualsIgnoreCase", List.of("Hello"), "HELLO")).isFalse();
    }

    @Test
    void givenStringLike_whenCompared_thenWildcardsWork() {
        // EVAL-11
        assertThat(eval("StringLike", List.of("home/*/x?z"), "home/a/b/xyz")).isTrue();
        assertThat(eval("StringLike", List.of("home/*"), "Home/a")).isFalse();
        assertThat(eval("StringNotLike", List.of("tmp*"), "tmpfile")).isFalse();
    }

    @Test
    void givenNumericOperators_whenCompared_thenTypedComparison() {
        // EVAL-11
        assertThat(eval("NumericEquals", List.of("10"), "10.0")).isTrue();
        assertThat(eval("NumericNotEquals", List.of("10"), "11")).isTrue();
        assertThat(eval("NumericLessThan", List.of("10"), "9")).isTrue();
        assertThat(eval("NumericLessThan", List.of("10"), "10")).isFalse();
        assertThat(eval("NumericLessThanEquals", List.of("10"), "10")).isTrue();
        assertThat(eval("NumericGreaterThan", List.of("10"), "100")).isTrue();
        assertThat(eval("NumericGreaterThanEquals", List.of("10"), "9.5")).isFalse();
        assertThat(eval("NumericEquals", List.of("10"), "ten")).isFalse();
    }

    @Test
    void givenDateOperators_whenCompared_thenIsoAndEpochAreEquivalent() {
        // EVAL-11
        assertThat(eval("DateEquals", List.of("2020-01-01T00:00:00Z"), "1577836800")).isTrue();
        assertThat(eval("DateNotEquals", List.of("2020-01-01T00:00:00Z"), "2020-01-02")).isTrue();
        assertThat(eval("DateLessThan", List.of("2020-01-01T00:00:00Z"), "2019-12-31T23:59:59Z")).isTrue();
        assertThat(eval("DateLessThanEquals", List.of("2020-01-01"), "2020-01-01T00:00:00Z")).isTrue();
        assertThat(eval("DateGreaterThan", List.of("1577836800"), "2020-01-01T00:00:01+00:00")).isTrue();
        assertThat(eval("DateGreaterThanEquals", List.of("2020-01-01T01:00:00+01:00"), "2020-01-01T00:00:00Z"))
                .isTrue();
        assertThat(eval("DateGreaterThan", List.of("2020-01-01"), "not-a-date")).isFalse();
    }

    @Test
    void givenBool_whenCompared_thenCaseInsensitiveTrueFalse() {
        // EVAL-11
        assertThat(eval("Bool", List.of("true"), "TRUE")).isTrue();
        assertThat(eval("Bool", List.of("false"), "true")).isFalse();
    }

    @Test
    void givenBinaryEquals_whenCompared_thenBase64TextMustMatch() {
        // EVAL-11
        assertThat(eval("BinaryEquals", List.of("QmluYXJ5VmFsdWU="), "QmluYXJ5VmFsdWU=")).isTrue();
        assertThat(eval("BinaryEquals", List.of("QmluYXJ5VmFsdWU="), "QmluYXJ5")).isFalse();
    }

    @Test
    void givenIpAddress_whenCompared_thenIpv4AndIpv6CidrWork() {
        // EVAL-11
        assertThat(eval("IpAddress", List.of("203.0.113.0/24"), "203.0.113.77")).isTrue();
        assertThat(eval("IpAddress", List.of("203.0.113.0/24"), "203.0.114.1")).isFalse();
        assertThat(eval("IpAddress", List.of("198.51.100.7"), "198.51.100.7")).isTrue();
        assertThat(eval("IpAddress", List.of("2001:DB8:1234:5678::/64"), "2001:db8:1234:5678:abcd::1")).isTrue();
        assertThat(eval("IpAddress", List.of("2001:DB8:1234:5678::/64"), "2001:db8:1234:5679::1")).isFalse();
        assertThat(eval("IpAddress", List.of("::ffff:10.0.0.0/104"), "::ffff:10.1.2.3")).isTrue();
        assertThat(eval("NotIpAddress", List.of("203.0.113.0/24", "10.0.0.0/8"), "192.0.2.1")).isTrue();
        assertThat(eval("NotIpAddress", List.of("203.0.113.0/24", "10.0.0.0/8"), "10.2.3.4")).isFalse();
        assertThat(eval("IpAddress", List.of("203.0.113.0/24"), "not.an.ip.addr")).isFalse();
    }

    @Test
    void givenArnOperators_whenCompared_thenEachSegmentMatchedSeparately() {
        // EVAL-11
        String arn = "arn:aws:sns:us-east-1:111122223333:topic";
        assertThat(eval("ArnEquals", List.of(arn), arn)).isTrue();
        assertThat(eval("ArnLike", List.of("arn:aws:sns:*:111122223333:*"), arn)).isTrue();
        assertThat(eval("ArnLike", List.of("arn:aws:sns:*:111122223333"), arn)).isFalse();
        assertThat(eval("ArnLike", List.of("arn:aws:sns:*:*"), arn)).isTrue();
        assertThat(eval("ArnNotEquals", List.of(arn), "arn:aws:sns:us-east-1:111122223333:other")).isTrue();
        assertThat(eval("ArnNotLike", List.of("arn:aws:sns:*:111122223333:*"), arn)).isFalse();
    }

    @Test
    void givenNull_whenKeyAbsentOrPresent_thenTestsPresence() {
        // EVAL-10
        assertThat(eval("Null", List.of("true"))).isTrue();
        assertThat(eval("Null", List.of("true"), "x")).isFalse();
        assertThat(eval("Null", List.of("false"), "x")).isTrue();
        assertThat(eval("Null", List.of("false"))).isFalse();
    }

    @Test
    void givenMissingKey_whenPositiveOrNegated_thenFalseOrTrue() {
        // EVAL-10
        assertThat(eval("StringEquals", List.of("a"))).isFalse();
        assertThat(eval("StringNotEquals", List.of("a"))).isTrue();
        assertThat(eval("NumericLessThan", List.of("1"))).isFalse();
        assertThat(eval("NotIpAddress", List.of("10.0.0.0/8"))).isTrue();
    }

    @Test
    void givenIfExists_whenKeyMissing_thenTrue_andWhenPresent_thenNormalTest() {
        // EVAL-10
        assertThat(eval("StringEqualsIfExists", List.of("a"))).isTrue();
        assertThat(eval("StringEqualsIfExists", List.of("a"), "b")).isFalse();
        assertThat(eval("NumericLessThanIfExists", List.of("5"), "3")).isTrue();
        assertThat(ConditionOperator.parse("NullIfExists")).isNull();
    }

    @Test
    void givenForAllValues_whenMissingOrEmpty_thenTrue_andEveryValueMustMatch() {
        // EVAL-11
        assertThat(eval("ForAllValues:StringEquals", List.of("a", "b"))).isTrue();
        assertThat(eval("ForAllValues:StringEquals", "k:key", List.of("a"),
                ContextKeys.builder().put("k:key", ContextValue.of(List.of())).build())).isTrue();
        assertThat(eval("ForAllValues:StringEquals", List.of("a", "b"), "a", "b")).isTrue();
        assertThat(eval("ForAllValues:StringEquals", List.of("a", "b"), "a", "c")).isFalse();
        assertThat(eval("ForAllValues:StringNotEquals", List.of("a", "b"), "c", "d")).isTrue();
        assertThat(eval("ForAllValues:StringNotEquals", List.of("a", "b"), "c", "a")).isFalse();
    }

    @Test
    void givenForAnyValue_whenMissing_thenFalse_andOneValueSuffices() {
        // EVAL-11
        assertThat(eval("ForAnyValue:StringEquals", List.of("a"))).isFalse();
        assertThat(eval("ForAnyValue:StringNotEquals", List.of("a"))).isFalse();
        assertThat(eval("ForAnyValue:StringEquals", List.of("a", "b"), "x", "b")).isTrue();
        assertThat(eval("ForAnyValue:StringEquals", List.of("a", "b"), "x", "y")).isFalse();
        assertThat(eval("ForAnyValue:StringNotEquals", List.of("a"), "a", "z")).isTrue();
    }

    @Test
    void givenKeyNameInOtherCase_whenLookedUp_thenFound() {
        // EVAL-10: key names are case-insensitive.
        ContextKeys keys = ContextKeys.builder().put("AWS:UserName", "bob").build();
        assertThat(eval("StringEquals", "aws:username", List.of("bob"), keys)).isTrue();
    }

    @Test
    void givenVariableInConditionValue_whenMissingWithoutDefault_thenPositiveFalseNegatedTrue() {
        // EVAL-12
        ContextKeys keys = ContextKeys.builder().put("s3:ExistingObjectTag/team", "red").build();
        assertThat(eval("StringEquals", "s3:ExistingObjectTag/team", List.of("${aws:PrincipalTag/team}"), keys))
                .isFalse();
        assertThat(eval("StringNotEquals", "s3:ExistingObjectTag/team", List.of("${aws:PrincipalTag/team}"), keys))
                .isTrue();
        ContextKeys withTag = keys.toBuilder().put("aws:PrincipalTag/team", "red").build();
        assertThat(eval("StringEquals", "s3:ExistingObjectTag/team", List.of("${aws:PrincipalTag/team}"), withTag))
                .isTrue();
        assertThat(eval("StringLike", "s3:ExistingObjectTag/team", List.of("${aws:PrincipalTag/team}*"), withTag))
                .isTrue();
    }

    @Test
    void givenMissingKey_whenTraced_thenReportedAsMissing() {
        // EVAL-14 (MissingContextValues)
        java.util.Set<String> missing = new java.util.HashSet<>();
        CompiledCondition.compile(new ConditionClause("StringEquals", "aws:SourceVpc", List.of("vpc-1")), true)
                .evaluate(ContextKeys.EMPTY, missing::add);
        assertThat(missing).containsExactly("aws:SourceVpc");
    }

    @Test
    void givenVariableValueWithWildcards_whenSubstituted_thenMatchedLiterally() {
        // EVAL-12: a substituted value never acts as a wildcard, however long the surrounding text.
        String longTail = "x".repeat(300);
        ContextKeys keys = ContextKeys.builder().put("aws:PrincipalTag/team", "*").put("k:key", "a" + longTail)
                .build();
        assertThat(eval("StringLike", "k:key", List.of("${aws:PrincipalTag/team}" + longTail), keys)).isFalse();
        ContextKeys literal = keys.toBuilder().put("k:key", "*" + longTail).build();
        assertThat(eval("StringLike", "k:key", List.of("${aws:PrincipalTag/team}" + longTail), literal)).isTrue();
        assertThat(eval("StringEqualsIgnoreCase", "k:key", List.of("${aws:PrincipalTag/team}" + longTail.toUpperCase()),
                literal)).isTrue();
        assertThat(eval("ArnLike", "k:key", List.of("arn:aws:s3:::${aws:PrincipalTag/team}"),
                keys.toBuilder().put("k:key", "arn:aws:s3:::bucket").build())).isFalse();
    }
}
