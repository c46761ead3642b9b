package java.util.concurrent;

import java.util.Random;

/**
 * The random generator of the current thread. Programs cannot choose its seed, so they cannot
 * see its sequence: it is SplitMix64 (the JDK's choice too) seeded from the clock, one generator
 * shared by all threads; on one vCPU there is no contention to avoid, and the straight-line seed
 * update cannot be interleaved (see java.util.concurrent.atomic).
 */
public final class ThreadLocalRandom extends Random {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static final ThreadLocalRandom INSTANCE = new ThreadLocalRandom();

    private long state;
    private final boolean initialized;

    private ThreadLocalRandom() {
        state = mix64(System.nanoTime() ^ 0x5DEECE66DL);
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return INSTANCE;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Refused, as in the JDK: the seed cannot be set once the generator exists. */
    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public long nextLong() {
        long s = state + GAMMA;
        state = s;
        return mix64(s);
    }

    @Override
    protected int next(int bits) {
        return (int) (nextLong() >>> (64 - bits));
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return boundedLong(0L, bound);
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return boundedLong(origin, bound);
    }

    /** Uniform in [origin, bound) by rejection, as the JDK's bounded generators. */
    private long boundedLong(long origin, long bound) {
        long n = bound - origin;
        if (n > 0) {
            long m = n - 1;
            long r = nextLong();
            if ((n & m) == 0L) {
                return origin + (r & m);
            }
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {
                // rejected: from the incomplete last multiple of n
            }
            return origin + r;
        }
        long r;
        do {
            r = nextLong();
        } while (r < origin || r >= bound);
        return r;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = origin + nextDouble() * (bound - origin);
        return r < bound ? r : Math.nextDown(bound);
    }
}
