package java.util;

import java.io.Serializable;

/**
 * A 128-bit universally unique identifier (RFC 9562, formerly RFC 4122): its two halves, the text
 * form {@code 8-4-4-4-12}, the version and variant fields, and the version 3 (name-based, MD5) and
 * 4 (random) factories. Parsing, ordering (signed, half by half) and hashing are the JDK's.
 *
 * <p>{@link #randomUUID} draws from {@link java.security.SecureRandom}, as the JDK's does: the
 * system's {@code getrandom(2)}, which in an image the kernel answers from the CPU's {@code rdrand}
 * (QEMU's {@code -cpu max} has it) or, on a CPU without it, from a weaker SipHash of TSC readings
 * taken at boot and at each call (unique across boots, but guessable by whoever can guess the
 * boot's timing; see ukl.kernel.platform.Entropy).
 */
public final class UUID implements Serializable, Comparable<UUID> {
    private final long mostSigBits;
    private final long leastSigBits;

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    /** Holds the generator apart, so that UUIDs that are only parsed don't carry it. */
    private static final class Generator {
        static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    }

    public static UUID randomUUID() {
        byte[] bytes = new byte[16];
        Generator.RANDOM.nextBytes(bytes);
        return stamped(bytes, 4);
    }

    public static UUID nameUUIDFromBytes(byte[] name) {
        return stamped(Md5.digest(name), 3);
    }

    /** RFC 9562 §4.1-4.2: the version in the high nibble of byte 6, the variant 10 in byte 8. */
    private static UUID stamped(byte[] b, int version) {
        b[6] = (byte) (b[6] & 0x0f | version << 4);
        b[8] = (byte) (b[8] & 0x3f | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | (b[i] & 0xff);
            lsb = lsb << 8 | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /**
     * Parses five groups of hex digits joined by four dashes. The JDK accepts groups of any width
     * (each taken modulo its field's size) and a sign, as {@code Long.parseLong} does; so do we.
     */
    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-');
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = (Long.parseLong(name, 0, dash1, 16) & 0xffffffffL) << 32
                | (Long.parseLong(name, dash1 + 1, dash2, 16) & 0xffffL) << 16
                | Long.parseLong(name, dash2 + 1, dash3, 16) & 0xffffL;
        long lsb = (Long.parseLong(name, dash3 + 1, dash4, 16) & 0xffffL) << 48
                | Long.parseLong(name, dash4 + 1, len, 16) & 0xffffffffffffL;
        return new UUID(msb, lsb);
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    public int version() {
        return (int) (mostSigBits >> 12 & 0x0f);
    }

    /** The variant's 0, 2 (RFC), 6 or 7, read from as many of the top bits as it takes. */
    public int variant() {
        if (leastSigBits >= 0) {
            return 0;
        }
        return leastSigBits >>> 62 == 2 ? 2 : (int) (leastSigBits >>> 61);
    }

    public long timestamp() {
        requireTimeBased();
        return (mostSigBits & 0x0fffL) << 48 | (mostSigBits >> 16 & 0xffffL) << 32 | mostSigBits >>> 32;
    }

    public int clockSequence() {
        requireTimeBased();
        return (int) ((leastSigBits & 0x3fff000000000000L) >>> 48);
    }

    public long node() {
        requireTimeBased();
        return leastSigBits & 0x0000ffffffffffffL;
    }

    private void requireTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    @Override
    public String toString() {
        char[] out = new char[36];
        hex(out, 0, mostSigBits >>> 32, 8);
        out[8] = '-';
        hex(out, 9, mostSigBits >>> 16, 4);
        out[13] = '-';
        hex(out, 14, mostSigBits, 4);
        out[18] = '-';
        hex(out, 19, leastSigBits >>> 48, 4);
        out[23] = '-';
        hex(out, 24, leastSigBits, 12);
        return new String(out);
    }

    private static void hex(char[] out, int at, long value, int digits) {
        long v = value;
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = Character.forDigit((int) (v & 0xf), 16);
            v >>>= 4;
        }
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mostSigBits ^ leastSigBits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UUID u && mostSigBits == u.mostSigBits && leastSigBits == u.leastSigBits;
    }

    @Override
    public int compareTo(UUID val) {
        int c = Long.compare(mostSigBits, val.mostSigBits);
        return c != 0 ? c : Long.compare(leastSigBits, val.leastSigBits);
    }
}
