package dev.idcenter.protocol.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.idcenter.protocol.sigv4.SigV4Canonical.QueryParam;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical-request building blocks, against values the SigV4 specification and the SDKs agree on. */
class SigV4CanonicalTest {

    @Test
    void givenRawPaths_whenCanonicalised_thenDotSegmentsRemovedAndEncodedAgain() {
        assertThat(SigV4Canonical.canonicalUri("")).isEqualTo("/");
        assertThat(SigV4Canonical.canonicalUri("/")).isEqualTo("/");
        assertThat(SigV4Canonical.canonicalUri("/a/./b/../c/")).isEqualTo("/a/c/");
        assertThat(SigV4Canonical.canonicalUri("/a/..")).isEqualTo("/");
        assertThat(SigV4Canonical.canonicalUri("/some%20path/%C3%A4~")).isEqualTo("/some%2520path/%25C3%25A4~");
        assertThat(SigV4Canonical.canonicalUri("/a//b")).isEqualTo("/a//b");
    }

    @Test
    void givenRawQuery_whenCanonicalised_thenDecodedReencodedAndSorted() {
        List<QueryParam> params = SigV4Canonical.parseQuery("b=2&a=%2a&a=1&&flag&sp=a%20b+c&bad=%zz&u=%C3%A9");

        assertThat(SigV4Canonical.canonicalQuery(params, null))
                .isEqualTo("a=%2A&a=1&b=2&bad=%25zz&flag=&sp=a%20b%2Bc&u=%C3%A9");
    }

    @Test
    void givenPresignedQuery_whenCanonicalised_thenSignatureLeftOut() {
        List<QueryParam> params = SigV4Canonical.parseQuery("X-Amz-Signature=abc&Action=X&X-Amz-Date=1");

        assertThat(SigV4Canonical.canonicalQuery(params, "X-Amz-Signature")).isEqualTo("Action=X&X-Amz-Date=1");
    }

    @Test
    void givenHeaderValues_whenCanonicalised_thenTrimmedCollapsedAndJoined() {
        String block = SigV4Canonical.canonicalHeaders(List.of("host", "missing", "x-a"),
                Map.of("host", List.of(" h:1 "), "x-a", List.of("  a \t b  ", "c")));

        assertThat(block).isEqualTo("host:h:1\nmissing:\nx-a:a b,c\n");
    }

    @Test
    void givenUnicodeAndReserved_whenUriEncoded_thenRfc3986UpperHex() {
        assertThat(SigV4Canonical.uriEncode("a b/c*~é+", false)).isEqualTo("a%20b%2Fc%2A~%C3%A9%2B");
        assertThat(SigV4Canonical.uriEncode("a b/c", true)).isEqualTo("a%20b/c");
    }
}
