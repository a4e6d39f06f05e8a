package dev.idcenter.policy.model;

/**
 * A place in the original policy text, 1-based like AWS's {@code Position} shape (Line, Column).
 */
public record Position(int line, int column) {
}
