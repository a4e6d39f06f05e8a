package dev.idcenter.policy.eval;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small dense ids for lower-cased service prefixes, so a compiled policy finds the statements of a request's service
 * with an array index instead of a hash lookup. Ids are only ever added: a policy compiled before a service got its
 * id cannot name that service, so it correctly falls back to its wildcard-service statements.
 */
final class ServiceIds {

    /** Caps the table so requests naming random services cannot grow it without bound. */
    private static final int MAX = 4096;
    static final int UNKNOWN = -1;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private ServiceIds() {
    }

    /** The id of a service named by a policy; assigned on first use. */
    static int register(String service) {
        Integer id = IDS.get(service);
        if (id != null) {
            return id;
        }
        if (IDS.size() >= MAX) {
            return UNKNOWN;
        }
        return IDS.computeIfAbsent(service, s -> NEXT.getAndIncrement());
    }

    /** The id of a request's service, or {@link #UNKNOWN} when no policy ever named it. */
    static int lookup(String service) {
        Integer id = IDS.get(service);
        return id == null ? UNKNOWN : id;
    }
}
