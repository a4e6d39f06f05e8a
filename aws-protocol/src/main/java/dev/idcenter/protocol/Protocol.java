package dev.idcenter.protocol;

/** The wire protocols our services speak. */
public enum Protocol {
    /** awsQuery: form-encoded input, XML output (IAM, STS). */
    QUERY,
    /** awsJson 1.1: JSON in and out, operation named by {@code X-Amz-Target}. */
    JSON
}
