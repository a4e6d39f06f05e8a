package dev.idcenter.queries.sts;

/**
 * The chain of sessions behind temporary credentials (AUDIT-2): the session of {@code accessKeyId} first, then its
 * parent, hop by hop, up to the session a long-term identity started; as of at least {@code minPosition}.
 */
public record FindSessionLineage(String accessKeyId, long minPosition) {
}
