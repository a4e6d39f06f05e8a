package dev.idcenter.command.iam;

import java.security.SecureRandom;

/**
 * Unique ids of IAM entities (IAM-2): a four-letter prefix that says what the entity is (AROA role, AIDA user, AGPA
 * group, ANPA managed policy, AIPA instance profile) and 17 characters, 21 in all, as AWS's.
 */
public final class IamIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private IamIds() {
    }

    public static String newId(String prefix) {
        return random(prefix, 21);
    }

    /** A long-term access key id: {@code AKIA} and 16 characters, 20 in all. */
    public static String newAccessKeyId() {
        return random("AKIA", 20);
    }

    private static String random(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < length) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
