package dev.idcenter.policy.condition;

/**
 * An IPv4 or IPv6 address or CIDR block, parsed without DNS (a hostname must never trigger a lookup).
 * IPv4 addresses are held as 4 bytes, IPv6 as 16; a block only contains addresses of its own family.
 */
public final class IpRange {

    private final byte[] address;
    private final int prefix;

    private IpRange(byte[] address, int prefix) {
        this.address = address;
        this.prefix = prefix;
    }

    /** Parses {@code a.b.c.d[/n]} or an IPv6 address with optional {@code /n}; null when invalid. */
    public static IpRange parse(String text) {
        if (text == null) {
            return null;
        }
        String addr = text.trim();
        int prefix = -1;
        int slash = addr.indexOf('/');
        if (slash >= 0) {
            String p = addr.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            prefix = Integer.parseInt(p);
            addr = addr.substring(0, slash);
        }
        byte[] bytes = addr.indexOf(':') >= 0 ? parseV6(addr) : parseV4(addr);
        if (bytes == null) {
            return null;
        }
        int max = bytes.length * 8;
        if (prefix < 0) {
            prefix = max;
        }
        if (prefix > max) {
            return null;
        }
        return new IpRange(bytes, prefix);
    }

    /** Parses a single address (a CIDR suffix is accepted and ignored); null when invalid. */
    public static byte[] parseAddress(String text) {
        IpRange r = parse(text);
        return r == null ? null : r.address;
    }

    public boolean contains(byte[] ip) {
        if (ip == null || ip.length != address.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (ip[i] != address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (ip[full] & mask) == (address[full] & mask);
    }

    private static byte[] parseV4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    private static byte[] parseV6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] headWords = words(head);
        int[] tailWords = words(tail);
        if (headWords == null || tailWords == null) {
            return null;
        }
        int total = headWords.length + tailWords.length;
        if (dbl < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < headWords.length; i++) {
            out[2 * i] = (byte) (headWords[i] >> 8);
            out[2 * i + 1] = (byte) headWords[i];
        }
        int offset = 8 - tailWords.length;
        for (int i = 0; i < tailWords.length; i++) {
            out[2 * (offset + i)] = (byte) (tailWords[i] >> 8);
            out[2 * (offset + i) + 1] = (byte) tailWords[i];
        }
        return out;
    }

    /** Splits colon-separated hex words; a trailing dotted IPv4 counts as two words. */
    private static int[] words(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int extra = parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[parts.length + extra];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && extra == 1) {
                byte[] v4 = parseV4(p);
                if (v4 == null) {
                    return null;
                }
                out[i] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
                out[i + 1] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                int d = Character.digit(p.charAt(j), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        return out;
    }
}
