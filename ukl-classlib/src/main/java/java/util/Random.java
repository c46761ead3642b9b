package java.util;

import java.io.Serializable;

/**
 * The JDK's 48-bit linear congruential generator (Knuth, TAOCP vol. 2 §3.2.1), with the same
 * seed scrambling and the same derivations of each result, so a seeded Random gives the JDK's
 * sequence. Not thread-safe: images run one thread.
 */
public class Random implements Serializable {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** Seeds from the clock, mixed with a per-instance multiplier (L'Ecuyer 1999) as the JDK does. */
    public Random() {
        this(nextUniquifier() ^ System.nanoTime());
    }

    public Random(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
    }

    private static long nextUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public void setSeed(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int rnd = nextInt();
            for (int n = Math.min(bytes.length - i, 4); n-- > 0; rnd >>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    /** Rejects the values of the last incomplete multiple of {@code bound}, so all are equally likely. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            // rejected: u fell in the incomplete last range
        }
        return r;
    }

    /** RandomGenerator's default algorithm for a range (JDK RandomSupport.boundedNextInt). */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // rejected, as in nextInt(bound)
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / (float) (1 << 24);
    }

    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    /** The polar method (Marsaglia; Knuth §3.4.1 algorithm C), one value kept for the next call. */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    public java.util.stream.IntStream ints() {
        return java.util.stream.IntStream.generate(new java.util.function.IntSupplier() {
            @Override
            public int getAsInt() {
                return nextInt();
            }
        });
    }

    public java.util.stream.IntStream ints(long streamSize) {
        return ints().limit(checkStreamSize(streamSize));
    }

    public java.util.stream.IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        checkRange(randomNumberOrigin, randomNumberBound);
        return java.util.stream.IntStream.generate(new java.util.function.IntSupplier() {
            @Override
            public int getAsInt() {
                return nextInt(randomNumberOrigin, randomNumberBound);
            }
        });
    }

    public java.util.stream.IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        checkStreamSize(streamSize);
        return ints(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles() {
        return java.util.stream.DoubleStream.generate(new java.util.function.DoubleSupplier() {
            @Override
            public double getAsDouble() {
                return nextDouble();
            }
        });
    }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        return doubles().limit(checkStreamSize(streamSize));
    }

    private static long checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
        return streamSize;
    }

    private static void checkRange(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
    }
}
