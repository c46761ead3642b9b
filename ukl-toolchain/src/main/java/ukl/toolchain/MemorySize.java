package ukl.toolchain;

import java.util.Locale;

/** Parses guest memory sizes as QEMU's {@code -m} writes them: {@code 64M}, {@code 1G}, or MiB. */
public final class MemorySize {
    private MemorySize() {}

    /** {@code "64M"} → 64, {@code "1G"} → 1024, {@code "128"} → 128. */
    public static int parseMiB(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty memory size; write e.g. 64M or 1G");
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        int factor = 1;
        if (t.endsWith("G")) {
            factor = 1024;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long mib = Long.parseLong(t) * factor;
            if (mib < 1 || mib > 1 << 20) {
                throw new IllegalArgumentException("memory size " + text + " is out of range; use 1M to 1024G");
            }
            return (int) mib;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read memory size '" + text + "'; write e.g. 64M or 1G", e);
        }
    }
}
