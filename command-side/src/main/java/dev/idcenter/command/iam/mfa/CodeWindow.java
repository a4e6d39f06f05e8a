package dev.idcenter.command.iam.mfa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which time steps a device accepts codes of: one step either side of where its clock should be (clocks and
 * typing take time), only steps after the last one spent (a code works once), and, to resync, a wider search.
 */
final class CodeWindow {

    /** Steps either side of the expected one a code may come from. */
    static final int ACCEPTED_STEPS = 1;
    /** How far (10 minutes either way) ResyncMFADevice looks for a device's drifted clock. */
    static final int RESYNC_STEPS = 20;
    /** The steps a handler must test a code against so that every rule here can be decided. */
    static final int SEARCHED_STEPS = RESYNC_STEPS + ACCEPTED_STEPS;

    private CodeWindow() {
    }

    /** The step of a single code: within {@code ACCEPTED_STEPS} of {@code expected}, after {@code lastUsed}. */
    static OptionalLong single(List<Long> codeSteps, long expected, long lastUsed) {
        return codeSteps.stream()
                .filter(step -> Math.abs(step - expected) <= ACCEPTED_STEPS && step > lastUsed)
                .min(Comparator.comparingLong(step -> Math.abs(step - expected)))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The step of the second of two consecutive codes (code 1 at step s, code 2 at s + 1), both within
     * {@code radius} of {@code expected} and after {@code lastUsed}; the pair nearest {@code expected} wins.
     */
    static OptionalLong consecutive(List<Long> code1Steps, List<Long> code2Steps, long expected, int radius,
                                    long lastUsed) {
        Optional<Long> second = code2Steps.stream()
                .filter(step -> code1Steps.contains(step - 1))
                .filter(step -> step - 1 > lastUsed)
                .filter(step -> Math.abs(step - 1 - expected) <= radius && Math.abs(step - expected) <= radius)
                .min(Comparator.comparingLong(step -> Math.abs(step - expected)));
        return second.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
