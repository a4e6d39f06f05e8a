package dev.idcenter.events.iam;

/** A tag of an IAM entity; keys compare ignoring case, values as given. */
public record Tag(String key, String value) {
}
