package dev.idcenter.command.organizations;

import java.security.SecureRandom;

/** Organizations' ids: {@code o-} and 10, {@code r-} and 4, {@code car-} and 32 lowercase letters or digits; 12-digit account ids. */
public final class OrganizationIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrganizationIds() {
    }

    public static String organizationId() {
        return "o-" + random(10);
    }

    public static String rootId() {
        return "r-" + random(4);
    }

    /** {@code ou-}, the root's id without its {@code r-}, a dash and 8 characters. */
    public static String organizationalUnitId(String rootId) {
        return "ou-" + rootId.substring(2) + "-" + random(8);
    }

    /** {@code p-} and 8 lowercase letters or digits. */
    public static String policyId() {
        return "p-" + random(8);
    }

    public static String createAccountRequestId() {
        return "car-" + random(32);
    }

    public static String accountId() {
        StringBuilder id = new StringBuilder().append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < 12; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    private static String random(int length) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
