package java.net;

/**
 * IPv4 literals and the static hosts table: the parsing rules of the JDK's
 * {@code IPAddressUtil.textToNumericFormatV4} (1 to 4 decimal parts, the last filling the
 * remaining bytes, as inet_aton(3) allows) and the {@code ukl.hosts} table.
 */
final class HostNames {
    private HostNames() {}

    /** The address of an IPv4 literal, or -1 if {@code s} is none. */
    static long parseLiteral(String s) {
        int parts = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                parts++;
            }
        }
        if (parts > 4) {
            return -1;
        }
        long result = 0;
        int start = 0;
        for (int part = 1; part <= parts; part++) {
            int end = s.indexOf('.', start);
            if (end < 0) {
                end = s.length();
            }
            if (end == start) {
                return -1;
            }
            long value = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
                if (value > 0xffffffffL) {
                    return -1;
                }
            }
            if (part < parts) {
                if (value > 0xff) {
                    return -1;
                }
                result |= value << (8 * (4 - part));
            } else {
                // the last part fills the bytes that remain: 32 bits after no dot, 8 after three
                int bits = 8 * (5 - parts);
                if (value >= 1L << bits) {
                    return -1;
                }
                result |= value;
            }
            start = end + 1;
        }
        return result;
    }

    /** True for a literal the JDK refuses as ambiguous: dotted parts of digits with at least one "0x" part. */
    static boolean isBsdLiteral(String s) {
        boolean hex = false;
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('.', start);
            if (end < 0) {
                end = s.length();
            }
            int i = start;
            if (end - start > 2 && s.charAt(start) == '0' && (s.charAt(start + 1) | 0x20) == 'x') {
                hex = true;
                i += 2;
            }
            if (i == end) {
                return false;
            }
            for (; i < end; i++) {
                if (Character.digit(s.charAt(i), hex ? 16 : 10) < 0) {
                    return false;
                }
            }
            start = end + 1;
        }
        return hex;
    }

    /**
     * The hosts table, {@code name:1.2.3.4,...}: the image's kernel option {@code ukl.hosts} (its
     * environment), or the system property of that name.
     */
    private static String table() {
        String table = System.getenv("ukl.hosts");
        return table != null ? table : System.getProperty("ukl.hosts");
    }

    /** The address of {@code name} in the hosts table ({@code localhost} included), or null. */
    static Integer lookup(String name) {
        if (name.equalsIgnoreCase("localhost")) {
            return 0x7f000001;
        }
        String table = table();
        if (table == null) {
            return null;
        }
        for (String entry : table.split(",")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.substring(0, colon).trim().equalsIgnoreCase(name)) {
                long address = parseLiteral(entry.substring(colon + 1).trim());
                if (address >= 0) {
                    return (int) address;
                }
            }
        }
        return null;
    }

    /** The first name the table gives {@code address} ({@code localhost} for 127.0.0.1), or null. */
    static String reverse(int address) {
        if (address == 0x7f000001) {
            return "localhost";
        }
        String table = table();
        if (table == null) {
            return null;
        }
        for (String entry : table.split(",")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && parseLiteral(entry.substring(colon + 1).trim()) == (address & 0xffffffffL)) {
                return entry.substring(0, colon).trim();
            }
        }
        return null;
    }

    /** Dotted-quad text of an address. */
    static String format(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }
}
