package dev.idcenter.command.api;

import dev.idcenter.protocol.RawHttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimedAccessKeyIdTest {

    @Test
    void givenAuthorizationHeader_whenAuthenticationFails_thenAuditKnowsTheClaimedKey() {
        var request = request(Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/"
                + "us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc")), "");
        assertThat(ApiFrontDoor.claimedAccessKeyId(request)).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void givenPresignedQuery_whenAuthenticationFails_thenAuditKnowsTheClaimedKey() {
        var request = request(Map.of(), "Action=GetCallerIdentity&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1%2Fsts%2Faws4_request");
        assertThat(ApiFrontDoor.claimedAccessKeyId(request)).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void givenGarbage_whenAuthenticationFails_thenNoKeyIsClaimed() {
        var request = request(Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Credential=<script>/x")), "");
        assertThat(ApiFrontDoor.claimedAccessKeyId(request)).isNull();
    }

    private static RawHttpRequest request(Map<String, List<String>> headers, String query) {
        return new RawHttpRequest("POST", "/", query, headers, new byte[0], "127.0.0.1");
    }
}
