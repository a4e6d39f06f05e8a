package dev.idcenter.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A few bytes such as {@code 1e9999999} must not buy minutes of CPU: they are refused like any malformed number. */
class HugeNumbersTest {

    private static final ProtocolCodec CODEC = new ProtocolCodec(ServiceRegistry.loadDefault());

    @Test
    void givenIntegerWithHugeExponent_whenDecoded_thenSerializationException() {
        assertThatThrownBy(() -> decode("AWSOrganizationsV20161128.ListAccounts", "{\"MaxResults\":1e9999999}"))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo("SerializationException"));
    }

    @Test
    void givenTimestampWithHugeExponent_whenDecoded_thenSerializationException() {
        assertThatThrownBy(() -> decode("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents", "{\"StartTime\":1e9999999}"))
                .isInstanceOfSatisfying(AwsErrorException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo("SerializationException"));
    }

    private static void decode(String target, String body) {
        RawHttpRequest request = new RawHttpRequest("POST", "/", "", Map.of(
                "X-Amz-Target", List.of(target),
                "Content-Type", List.of("application/x-amz-json-1.1")),
                body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        CODEC.decodeInput(CODEC.route(request), request);
    }
}
