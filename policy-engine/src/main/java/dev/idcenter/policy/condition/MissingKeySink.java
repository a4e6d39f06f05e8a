package dev.idcenter.policy.condition;

/** Receives the names of context keys a policy needed but the request lacked (for MissingContextValues). */
@FunctionalInterface
public interface MissingKeySink {
    void missing(String key);
}
