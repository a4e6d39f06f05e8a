package dev.idcenter.queries.iam;

import java.time.Instant;

/** One version of a managed policy; the document verbatim as it was put. */
public record PolicyVersionView(String versionId, String document, boolean isDefault, Instant createDate) {
}
