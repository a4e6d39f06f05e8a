package dev.idcenter.query.consistency;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class GenerationCacheTest {

    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void givenViewRead_whenAskedAgainInTheSameGeneration_thenNotReadAgain() {
        GenerationCache<String, String> cache = new GenerationCache<>(generation::get, 10);

        assertThat(cache.get("r", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.get("r", () -> "v" + reads.incrementAndGet())).isEqualTo("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void givenViewRead_whenTheGroupCommitted_thenReadAgain() {
        GenerationCache<String, String> cache = new GenerationCache<>(generation::get, 10);
        cache.get("r", () -> "old");

        generation.incrementAndGet();

        assertThat(cache.get("r", () -> "new")).isEqualTo("new");
        assertThat(cache.get("r", () -> "newer")).isEqualTo("new");
    }

    @Test
    void givenCommitWhileTheViewWasRead_whenAskedAgain_thenTheViewIsReadAgain() {
        // the view may predate the commit: it is kept under the generation taken before the read
        GenerationCache<String, String> cache = new GenerationCache<>(generation::get, 10);
        cache.get("r", () -> {
            generation.incrementAndGet();
            return "read during a commit";
        });

        assertThat(cache.get("r", () -> "after the commit")).isEqualTo("after the commit");
    }

    @Test
    void givenNegativeGeneration_whenAsked_thenAlwaysRead() {
        GenerationCache<String, String> cache = new GenerationCache<>(() -> -1, 10);
        cache.get("r", () -> "v" + reads.incrementAndGet());

        assertThat(cache.get("r", () -> "v" + reads.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void givenFullCache_whenAnotherViewIsRead_thenEverythingKeptIsDropped() {
        GenerationCache<String, String> cache = new GenerationCache<>(generation::get, 2);
        cache.get("a", () -> "a1");
        cache.get("b", () -> "b1");

        cache.get("c", () -> "c1");

        assertThat(cache.get("a", () -> "a2")).isEqualTo("a2");
        assertThat(cache.get("c", () -> "c2")).isEqualTo("c1");
    }
}
