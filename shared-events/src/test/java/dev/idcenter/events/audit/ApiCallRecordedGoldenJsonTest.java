package dev.idcenter.events.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.idcenter.events.GoldenJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both revisions of the audit event stay readable: revision 2 as written, revision 1 through the upcaster. */
class ApiCallRecordedGoldenJsonTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ACCOUNT = "123456789012";
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    @Test
    void givenRevision2WithSessionAndSharedEventId_whenSerialized_thenMatchesGoldenJson() {
        var session = new CallerSession(
                new SessionIssuer("Role", "AROAEXAMPLEROLEID1234", "arn:aws:iam::210987654321:role/ci/deployer",
                        "210987654321", "deployer"),
                new SessionAttributes(Instant.parse("2026-03-01T11:55:00Z"), true), "alice");
        GoldenJson.assertMatchesGolden(new ApiCallRecorded("1917948f-3042-46ec-98e2-628650000001",
                "6f1c0b5e-0000-4000-8000-000000000002", AT, "sts.amazonaws.com", "AssumeRole",
                ApiCallRecorded.AWS_API_CALL, true, "eu-west-3", "127.0.0.1", "aws-sdk-java/2.54",
                new CallerIdentity("AssumedRole", "AROAEXAMPLEROLEID1234:build-42",
                        "arn:aws:sts::210987654321:assumed-role/deployer/build-42", "210987654321",
                        "ASIAEXAMPLEKEYID1234", null, session),
                ACCOUNT, "{\"roleArn\":\"arn:aws:iam::123456789012:role/audit\",\"roleSessionName\":\"x\"}",
                "{\"credentials\":{\"accessKeyId\":\"ASIAEXAMPLEKEYID5678\",\"expiration\":\"2026-03-01T13:00:00Z\"}}",
                null, null, "b0000000-efea-4a70-b951-19a880000001"));
    }

    // AUDIT-1: records stored before revision 2 keep their facts and gain the event id they were stored under.
    @Test
    void givenStoredRevision1_whenUpcast_thenReadsAsRevision2WithTheMessageIdentifierAsEventId() throws IOException {
        byte[] revision1;
        try (InputStream in = getClass().getResourceAsStream("/golden/ApiCallRecorded-1.json")) {
            revision1 = in.readAllBytes();
        }
        var stored = new GenericDomainEventEntry<>(ApiCallRecorded.AGGREGATE_TYPE,
                "6f1c0b5e-0000-4000-8000-000000000001", 0L, "0e7c2a4d-0000-4000-8000-00000000000a", AT,
                ApiCallRecorded.class.getName(), "1", revision1, "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new ApiCallRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            Object payload = SERIALIZER.deserialize(event.getData(byte[].class));
            assertThat(payload).isEqualTo(new ApiCallRecorded("0e7c2a4d-0000-4000-8000-00000000000a",
                    "6f1c0b5e-0000-4000-8000-000000000001", AT, "sts.amazonaws.com", "GetCallerIdentity",
                    "AwsApiCall", true, "us-east-1", "127.0.0.1", "aws-cli/1.45",
                    new CallerIdentity("Root", ACCOUNT, "arn:aws:iam::123456789012:root", ACCOUNT,
                            "AKIAIOSFODNN7EXAMPLE"),
                    ACCOUNT, null, null, null, null, null));
        });
    }

    @Test
    void givenRevision2_whenOfferedToTheUpcaster_thenLeftAsItIs() {
        byte[] revision2 = SERIALIZER.serialize(new ApiCallRecorded("e", "r", AT, "iam.amazonaws.com", "CreateUser",
                "AwsApiCall", false, "us-east-1", null, null, CallerIdentity.unknown(null), null, null, null,
                "AccessDenied", "no", null), byte[].class).getData();
        var stored = new GenericDomainEventEntry<>(ApiCallRecorded.AGGREGATE_TYPE, "r", 0L, "e", AT,
                ApiCallRecorded.class.getName(), "2", revision2, "{}".getBytes(StandardCharsets.UTF_8));
        var original = new InitialEventRepresentation(stored, SERIALIZER);

        assertThat(new ApiCallRecordedUpcaster().upcast(Stream.of(original)).toList()).containsExactly(original);
    }

    @Test
    void givenOperationNames_whenClassified_thenReadersAndStsAreReadOnly() {
        assertThat(ReadOnlyCalls.readOnly("iam.amazonaws.com", "GetRole")).isTrue();
        assertThat(ReadOnlyCalls.readOnly("iam.amazonaws.com", "ListRoles")).isTrue();
        assertThat(ReadOnlyCalls.readOnly("cloudtrail.amazonaws.com", "LookupEvents")).isTrue();
        assertThat(ReadOnlyCalls.readOnly("sts.amazonaws.com", "AssumeRole")).isTrue();
        assertThat(ReadOnlyCalls.readOnly("iam.amazonaws.com", "CreateRole")).isFalse();
        assertThat(ReadOnlyCalls.readOnly("iam.amazonaws.com", "Getaway")).isFalse();
        assertThat(ReadOnlyCalls.readOnly("iam.amazonaws.com", null)).isFalse();
    }
}
