package java.security;

import java.util.Random;
import ukl.libc.Libc;

/**
 * Random numbers from the system's entropy source, {@code getrandom(2)} ({@link Libc#getrandom}):
 * Linux's in a process, in an image the kernel's ({@code rdrand}, or a weaker TSC-seeded fallback
 * on a CPU without it). There are no providers: every instance, the strong one included, reads the
 * same source, as the JDK's default NativePRNG on Linux does; seeds are ignored as it ignores them.
 */
public class SecureRandom extends Random {
    public SecureRandom() {
        super(0);
    }

    public SecureRandom(byte[] seed) {
        this();
    }

    /** The same source: getrandom(2) blocks only until the pool is initialised at boot. */
    public static SecureRandom getInstanceStrong() throws NoSuchAlgorithmException {
        return new SecureRandom();
    }

    public String getAlgorithm() {
        return "NativePRNG";
    }

    /** Ignored: the source needs no seed (the JDK's NativePRNG mixes it in; the output stays random). */
    @Override
    public void setSeed(long seed) {}

    public void setSeed(byte[] seed) {}

    @Override
    public void nextBytes(byte[] bytes) {
        fill(bytes);
    }

    public byte[] generateSeed(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] b = new byte[numBytes];
        fill(b);
        return b;
    }

    public static byte[] getSeed(int numBytes) {
        return new SecureRandom().generateSeed(numBytes);
    }

    /** The JDK's: the top {@code numBits} of as many big-endian bytes as they need. */
    @Override
    protected final int next(int numBits) {
        int numBytes = (numBits + 7) / 8;
        byte[] b = new byte[numBytes];
        fill(b);
        int next = 0;
        for (int i = 0; i < numBytes; i++) {
            next = (next << 8) + (b[i] & 0xff);
        }
        return next >>> (numBytes * 8 - numBits);
    }

    static void fill(byte[] b) {
        int off = 0;
        while (off < b.length) {
            long n = Libc.getrandom(b, off, b.length - off);
            if (n <= 0) {
                throw new IllegalStateException("getrandom failed: " + n);
            }
            off += (int) n;
        }
    }
}
