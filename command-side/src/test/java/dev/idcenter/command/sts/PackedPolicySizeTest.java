package dev.idcenter.command.sts;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.protocol.AwsErrorException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackedPolicySizeTest {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}]}";

    @Test
    void givenSmallPolicy_whenPacked_thenAFewPercent() {
        assertThat(SessionPolicies.packedSize(POLICY, List.of(), List.of())).isBetween(1, 20);
    }

    @Test
    void givenMorePolicyAndTags_whenPacked_thenMorePercent() {
        int small = SessionPolicies.packedSize(POLICY, List.of(), List.of());
        int more = SessionPolicies.packedSize(POLICY, List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                List.of(new Tag("team", UUID.randomUUID().toString())));

        assertThat(more).isGreaterThan(small);
    }

    @Test
    void givenWhitespace_whenPacked_thenNotCounted() {
        assertThat(SessionPolicies.packedSize(POLICY.replace(",", ",\n    "), List.of(), List.of()))
                .isEqualTo(SessionPolicies.packedSize(POLICY, List.of(), List.of()));
    }

    @Test
    void givenFiftyLongRandomTags_whenPacked_thenPackedPolicyTooLarge() {
        // STS-1: over 100% is PackedPolicyTooLarge.
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tags.add(new Tag("key" + i + UUID.randomUUID(), UUID.randomUUID().toString().repeat(7)));
        }
        assertThatThrownBy(() -> SessionPolicies.packedSize(null, List.of(), tags))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("PackedPolicyTooLarge");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("% of allotted space");
                });
    }
}
