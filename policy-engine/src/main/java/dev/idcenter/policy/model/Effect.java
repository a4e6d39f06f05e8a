package dev.idcenter.policy.model;

/** Statement effect. */
public enum Effect {
    ALLOW, DENY
}
