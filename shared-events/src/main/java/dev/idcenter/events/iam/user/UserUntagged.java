package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were removed from the user (keys ignoring case; absent keys are ignored). */
@Revision("1")
public record UserUntagged(String accountId, String userId, List<String> tagKeys) {
}
