package dev.idcenter.policy.arn;

import dev.idcenter.policy.condition.IpRange;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingPrimitivesTest {

    @Test
    void givenGlobShapes_whenMatched_thenFastPathsAgreeWithGeneral() {
        // EVAL-9
        assertThat(Glob.matches("abc", "*")).isTrue();
        assertThat(Glob.matches("abc", "abc")).isTrue();
        assertThat(Glob.matches("abcd", "abc*")).isTrue();
        assertThat(Glob.matches("xabc", "*abc")).isTrue();
        assertThat(Glob.matches("xabcx", "*abc*")).isTrue();
        assertThat(Glob.matches("ab", "a?")).isTrue();
        assertThat(Glob.matches("a", "a?")).isFalse();
        assertThat(Glob.matches("axxbyyc", "a*b*c")).isTrue();
        assertThat(Glob.matches("axxbyy", "a*b*c")).isFalse();
    }

    @Property(tries = 300)
    void givenRandomPatterns_whenMatched_thenSameAsRegexTranslation(
            @ForAll @StringLength(max = 8) @AlphaChars String text,
            @ForAll @StringLength(max = 6) String rawPattern) {
        // Restrict patterns to a tiny alphabet plus wildcards so matches actually happen.
        StringBuilder p = new StringBuilder();
        for (char c : rawPattern.toCharArray()) {
            p.append("ab*?".charAt(Math.floorMod(c, 4)));
        }
        String t = text.toLowerCase().replaceAll("[^ab]", "a");
        String regex = Pattern.quote(p.toString()).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        assertThat(Glob.matches(t, p.toString())).isEqualTo(Pattern.compile(regex, Pattern.DOTALL).matcher(t).matches());
    }

    @Test
    void givenArnPatternWithFewerSegments_whenMatched_thenLastSegmentTakesTheRest() {
        assertThat(ArnPattern.compile("arn:aws:s3:::b/*").matches(Arn.of("arn:aws:s3:::b/x:y/z"))).isTrue();
        assertThat(ArnPattern.compile("arn:aws:*").matches(Arn.of("arn:aws:s3:::b/x"))).isTrue();
        assertThat(ArnPattern.compile("*").matches(Arn.of("anything"))).isTrue();
        assertThat(ArnPattern.compile("arn:aws:s3:::b").matches(Arn.of("not-an-arn"))).isFalse();
    }

    @Test
    void givenIpv6Forms_whenParsed_thenEquivalent() {
        assertThat(IpRange.parseAddress("2001:db8::1")).isEqualTo(IpRange.parseAddress("2001:0db8:0:0:0:0:0:1"));
        assertThat(IpRange.parseAddress("::")).hasSize(16);
        assertThat(IpRange.parseAddress("1::2::3")).isNull();
        assertThat(IpRange.parseAddress("256.1.1.1")).isNull();
        assertThat(IpRange.parse("10.0.0.0/33")).isNull();
    }
}
