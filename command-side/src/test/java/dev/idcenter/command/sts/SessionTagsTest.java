package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.protocol.AwsErrorException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTagsTest {

    @Test
    void givenTagsAndTransitiveKeys_whenRead_thenTransitiveKeysTakeTheTagsSpelling() {
        SessionTags tags = SessionTags.of(input(Map.of("Team", "platform", "env", "dev"), List.of("team")), null);

        assertThat(tags.tags()).containsExactlyInAnyOrder(new Tag("Team", "platform"), new Tag("env", "dev"));
        assertThat(tags.transitiveKeys()).containsExactly("Team");
    }

    @Test
    void givenKeysDifferingOnlyInCase_whenRead_thenValidationError() {
        // STS-1: tag keys are case-insensitive.
        assertThatThrownBy(() -> SessionTags.of(input(Map.of("a", "1", "A", "2"), List.of()), null))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo("ValidationError");
                    assertThat(e.getMessage()).contains("Duplicate tag keys");
                });
    }

    @Test
    void givenTransitiveKeyThatIsNoTag_whenRead_thenValidationErrorNamingIt() {
        // STS-1: TransitiveTagKeys is a subset of Tags.
        assertThatThrownBy(() -> SessionTags.of(input(Map.of("a", "1"), List.of("b")), null))
                .isInstanceOf(AwsErrorException.class).hasMessageContaining("TransitiveTagKeys value b");
    }

    @Test
    void givenReservedKey_whenRead_thenValidationError() {
        assertThatThrownBy(() -> SessionTags.of(input(Map.of("aws:team", "1"), List.of()), null))
                .isInstanceOf(AwsErrorException.class).hasMessageContaining("aws:");
    }

    @Test
    void givenParentWithTransitiveTag_whenChildPassesOtherTags_thenInheritedTagStaysTransitive() {
        // STS-3: transitive tags pass down the chain.
        SessionTags tags = SessionTags.of(input(Map.of("step", "2"), List.of("step")), parent());

        assertThat(tags.asMap()).isEqualTo(Map.of("team", "platform", "step", "2"));
        assertThat(tags.transitiveKeys()).containsExactly("team", "step");
        assertThat(tags.passed()).containsExactly(new Tag("step", "2"));
    }

    @Test
    void givenParentWithTransitiveTag_whenChildPassesTheSameKeyInAnotherCase_thenRefused() {
        // STS-3: an inherited transitive tag is never overridden.
        assertThatThrownBy(() -> SessionTags.of(input(Map.of("TEAM", "other"), List.of()), parent()))
                .isInstanceOf(AwsErrorException.class).hasMessageContaining("cannot be overridden");
    }

    @Test
    void givenParentNonTransitiveTag_whenChildAssumes_thenItIsNotCarried() {
        SessionTags tags = SessionTags.of(input(Map.of(), List.of()), parent());

        assertThat(tags.asMap()).isEqualTo(Map.of("team", "platform"));
    }

    private static SessionContext parent() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return new SessionContext(SessionContext.Kind.ASSUMED_ROLE, "p", "Role", "AROAEXAMPLEROLEID1234",
                "arn:aws:iam::123456789012:role/r", "123456789012", "s", at, at.plusSeconds(3600), false, null, null,
                List.of(), Map.of("team", "platform", "env", "dev"), Set.of("team"), null, "arn:aws:iam::123456789012:root");
    }

    private static ObjectNode input(Map<String, String> tags, List<String> transitive) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        var array = input.putArray("Tags");
        tags.forEach((k, v) -> array.addObject().put("Key", k).put("Value", v));
        var keys = input.putArray("TransitiveTagKeys");
        transitive.forEach(keys::add);
        return input;
    }
}
