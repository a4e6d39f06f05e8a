package dev.idcenter.command.iam.mfa;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits guessing: a six-digit code with three accepted time steps is guessed once in about 330,000 tries, which a
 * caller holding a user's keys could otherwise make within minutes. After {@link #MAX_FAILURES} wrong codes for a
 * device within {@link #WINDOW}, its codes are refused until the oldest of those failures is older than the window.
 * Kept in memory on this node.
 */
@Component
public class MfaAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Whether the device takes no code now, right or wrong. */
    public boolean lockedOut(String deviceId, Instant at) {
        Deque<Instant> recent = failures.get(deviceId);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent, at);
            return recent.size() >= MAX_FAILURES;
        }
    }

    public void failed(String deviceId, Instant at) {
        Deque<Instant> recent = failures.computeIfAbsent(deviceId, id -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, at);
            recent.addLast(at);
        }
    }

    private static void forgetOld(Deque<Instant> recent, Instant at) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(at.minus(WINDOW))) {
            recent.removeFirst();
        }
    }
}
