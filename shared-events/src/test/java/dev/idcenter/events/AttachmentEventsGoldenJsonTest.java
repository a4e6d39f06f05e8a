package dev.idcenter.events;

import dev.idcenter.events.iam.group.GroupManagedPolicyAttached;
import dev.idcenter.events.iam.group.GroupManagedPolicyDetached;
import dev.idcenter.events.iam.user.UserManagedPolicyAttached;
import dev.idcenter.events.iam.user.UserManagedPolicyDetached;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Golden JSON of the user and group managed-policy attachment events (see {@link GoldenJson}). */
class AttachmentEventsGoldenJsonTest {

    private static final String ARN = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    static Stream<Object> events() {
        return Stream.of(
                new UserManagedPolicyAttached("123456789012", "AIDAEXAMPLEUSERID1234", ARN),
                new UserManagedPolicyDetached("123456789012", "AIDAEXAMPLEUSERID1234", ARN),
                new GroupManagedPolicyAttached("123456789012", "AGPAEXAMPLEGROUPID123", ARN),
                new GroupManagedPolicyDetached("123456789012", "AGPAEXAMPLEGROUPID123", ARN));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
