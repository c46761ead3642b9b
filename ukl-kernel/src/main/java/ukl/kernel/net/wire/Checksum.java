package ukl.kernel.net.wire;

/**
 * The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of 16-bit
 * words. Sums are carried in a {@code long} so that no carry is lost before {@link #finish}.
 */
public final class Checksum {
    private Checksum() {}

    /** Adds {@code b[off, off+len)} as big-endian 16-bit words; an odd last byte is padded with zero. */
    public static long add(long acc, byte[] b, int off, int len) {
        int end = off + (len & ~1);
        for (int i = off; i < end; i += 2) {
            acc += (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            acc += (b[off + len - 1] & 0xff) << 8;
        }
        return acc;
    }

    /** The TCP/UDP pseudo-header (RFC 9293 §3.1, RFC 768): addresses, protocol, segment length. */
    public static long pseudoHeader(int src, int dst, int protocol, int length) {
        return (long) words(src) + words(dst) + protocol + length;
    }

    /** The two big-endian 16-bit words of {@code w}, added: what {@link #add} sums for its four bytes. */
    public static int words(int w) {
        return (w >>> 16) + (w & 0xffff);
    }

    /** Folds the carries and complements: the value to store, or 0 when verifying a correct sum. */
    public static int finish(long acc) {
        while ((acc >>> 16) != 0) {
            acc = (acc & 0xffff) + (acc >>> 16);
        }
        return (int) ~acc & 0xffff;
    }
}
