package dev.idcenter.query.consistency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Views kept in memory for as long as the generation they were read in is current. The generation is taken before
 * the view is read, so a view read while a write committed is kept under the older generation and dropped with it.
 * A negative generation means "do not cache". Bounded: when full, everything is dropped and read again.
 */
public final class GenerationCache<K, V> {

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final LongSupplier generation;
    private final int maxEntries;

    public GenerationCache(LongSupplier generation, int maxEntries) {
        this.generation = generation;
        this.maxEntries = maxEntries;
    }

    public V get(K key, Supplier<V> read) {
        long current = generation.getAsLong();
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.generation() == current && current >= 0) {
            return kept.value();
        }
        V value = read.get();
        if (current >= 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(current, value));
        }
        return value;
    }

    private record Entry<V>(long generation, V value) {
    }
}
