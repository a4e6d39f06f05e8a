package dev.idcenter.query.consistency;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimWatchingTokenStoreTest {

    private final List<String> claims = new ArrayList<>();
    private final ClaimWatchingTokenStore store = new ClaimWatchingTokenStore(new InMemoryTokenStore(), claims::add);

    @Test
    void givenASegmentClaimed_whenItsTokenIsStoredAndItsClaimExtended_thenOnlyTheClaimIsReported() {
        store.initializeTokenSegments("iam-views", 1);
        assertThat(claims).isEmpty();

        store.fetchToken("iam-views", 0);
        store.storeToken(new GlobalSequenceTrackingToken(7), "iam-views", 0);
        store.extendClaim("iam-views", 0);
        store.fetchSegments("iam-views");

        assertThat(claims).containsExactly("iam-views");
    }

    @Test
    void givenAClaimedSegment_whenReleasedAndClaimedAgainBySegment_thenBothAreReportedAndTheTokenIsKept() {
        store.initializeTokenSegments("audit-log", 1);
        store.fetchToken("audit-log", 0);
        store.storeToken(new GlobalSequenceTrackingToken(3), "audit-log", 0);

        store.releaseClaim("audit-log", 0);
        var token = store.fetchToken("audit-log", Segment.ROOT_SEGMENT);

        assertThat(claims).containsExactly("audit-log", "audit-log", "audit-log");
        assertThat(token).isEqualTo(new GlobalSequenceTrackingToken(3));
    }
}
