package dev.idcenter.policy.eval;

/** The outcome of an evaluation, with AWS's wire names. */
public enum Decision {
    ALLOWED("allowed"), EXPLICIT_DENY("explicitDeny"), IMPLICIT_DENY("implicitDeny");

    private final String awsName;

    Decision(String awsName) {
        this.awsName = awsName;
    }

    /** {@code allowed}, {@code explicitDeny} or {@code implicitDeny}, as EvalDecision carries it. */
    public String awsName() {
        return awsName;
    }
}
