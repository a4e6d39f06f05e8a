package dev.idcenter.command.credentials;

import java.security.SecureRandom;

/**
 * Access key ids of temporary credentials (IAM-2): {@code ASIA} and 16 base32 characters, 20 in all. As AWS's, the
 * characters carry the issuing account ({@code GetAccessKeyInfo} reads it back without any lookup): the first six of
 * the ten encoded bytes hold {@code account << 7}, the rest is random.
 */
public final class TemporaryAccessKeyIds {

    public static final String PREFIX = "ASIA";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final long ACCOUNT_MASK = 0x7fffffffff80L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryAccessKeyIds() {
    }

    public static String newId(String accountId) {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        long head = (Long.parseLong(accountId) << 7) & ACCOUNT_MASK;
        // Keep the random bits AWS leaves outside the mask (the top bit and the low seven).
        head |= ((bytes[0] & 0x80L) << 40) | (bytes[5] & 0x7fL);
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (head >>> (8 * (5 - i)));
        }
        return PREFIX + base32(bytes);
    }

    /**
     * The account encoded in an access key id made this way ({@code ASIA...}, and AWS's own ids); empty when the id is
     * not 20 base32 characters.
     */
    public static java.util.Optional<String> accountOf(String accessKeyId) {
        if (accessKeyId.length() != 20) {
            return java.util.Optional.empty();
        }
        long bits = 0;
        int bitCount = 0;
        long head = 0;
        int bytesRead = 0;
        for (char c : accessKeyId.substring(4).toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                return java.util.Optional.empty();
            }
            bits = (bits << 5) | value;
            bitCount += 5;
            while (bitCount >= 8 && bytesRead < 6) {
                head = (head << 8) | ((bits >>> (bitCount - 8)) & 0xff);
                bitCount -= 8;
                bytesRead++;
            }
        }
        return java.util.Optional.of(String.format("%012d", (head & ACCOUNT_MASK) >>> 7));
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bitCount = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bitCount += 8;
            while (bitCount >= 5) {
                out.append(BASE32.charAt((buffer >>> (bitCount - 5)) & 31));
                bitCount -= 5;
            }
        }
        return out.toString();
    }
}
