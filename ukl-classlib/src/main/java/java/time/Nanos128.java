package java.time;

/**
 * A signed 128-bit count of nanoseconds (sign and unsigned magnitude), enough for any Duration
 * (|seconds| < 2^63, so |nanos| < 2^93) times a long. Duration's products and quotients go
 * through it to be exact, as the JDK's go through BigDecimal; division is plain shift-and-subtract.
 */
final class Nanos128 {
    private static final long NANOS_PER_SECOND = 1000_000_000L;

    private final boolean negative;
    private final long hi;
    private final long lo;

    private Nanos128(boolean negative, long hi, long lo) {
        this.negative = (hi | lo) != 0 && negative;
        this.hi = hi;
        this.lo = lo;
    }

    static Nanos128 of(long seconds, int nanos) {
        // seconds * 10^9 + nanos, as a two's-complement 128-bit value first
        long h = Math.multiplyHigh(seconds, NANOS_PER_SECOND);
        long l = seconds * NANOS_PER_SECOND;
        long sum = l + nanos;
        if (Long.compareUnsigned(sum, l) < 0) {
            h++;
        }
        if (h >= 0) {
            return new Nanos128(false, h, sum);
        }
        // magnitude of a negative value: two's complement negation
        long ml = -sum;
        long mh = ~h + (sum == 0 ? 1 : 0);
        return new Nanos128(true, mh, ml);
    }

    Nanos128 times(long m) {
        long mag = m < 0 ? -m : m;
        long low = lo * mag;
        long carry = unsignedMultiplyHigh(lo, mag);
        long high = hi * mag;
        long sum = high + carry;
        if (unsignedMultiplyHigh(hi, mag) != 0 || Long.compareUnsigned(sum, high) < 0 || sum < 0) {
            throw new ArithmeticException("Exceeds capacity of Duration");
        }
        return new Nanos128(negative != (m < 0), sum, low);
    }

    Nanos128 dividedBy(long d) {
        long mag = d < 0 ? -d : d;
        long[] q = divide(hi, lo, 0, mag, null);
        return new Nanos128(negative != (d < 0), q[0], q[1]);
    }

    /** The quotient toward zero; ArithmeticException if it does not fit a long. */
    long quotient(Nanos128 divisor) {
        long[] q = divide(hi, lo, divisor.hi, divisor.lo, null);
        boolean neg = negative != divisor.negative;
        if (q[0] != 0 || (q[1] < 0 && !(neg && q[1] == Long.MIN_VALUE))) {
            throw new ArithmeticException("Overflow");
        }
        return neg ? -q[1] : q[1];
    }

    Duration toDuration() {
        long[] rem = new long[2];
        long[] q = divide(hi, lo, 0, NANOS_PER_SECOND, rem);
        long nanos = rem[1];
        // floor division: a negative value with a remainder lies one second further down
        if (negative && nanos != 0) {
            q[1]++;
            if (q[1] == 0) {
                q[0]++;
            }
            nanos = NANOS_PER_SECOND - nanos;
        }
        boolean fits = q[0] == 0 && (q[1] >= 0 || (negative && q[1] == Long.MIN_VALUE));
        if (!fits) {
            throw new ArithmeticException("Exceeds capacity of Duration: " + this);
        }
        return Duration.ofSeconds(negative ? -q[1] : q[1], nanos);
    }

    /** Unsigned (nh:nl) / (dh:dl) by shift-and-subtract; the remainder goes to {@code rem} if given. */
    private static long[] divide(long nh, long nl, long dh, long dl, long[] rem) {
        long qh = 0;
        long ql = 0;
        long rh = 0;
        long rl = 0;
        for (int i = 127; i >= 0; i--) {
            long bit = i >= 64 ? (nh >>> (i - 64)) & 1 : (nl >>> i) & 1;
            rh = (rh << 1) | (rl >>> 63);
            rl = (rl << 1) | bit;
            int cmp = Long.compareUnsigned(rh, dh);
            if (cmp > 0 || (cmp == 0 && Long.compareUnsigned(rl, dl) >= 0)) {
                long newLow = rl - dl;
                rh = rh - dh - (Long.compareUnsigned(rl, dl) < 0 ? 1 : 0);
                rl = newLow;
                if (i >= 64) {
                    qh |= 1L << (i - 64);
                } else {
                    ql |= 1L << i;
                }
            }
        }
        if (rem != null) {
            rem[0] = rh;
            rem[1] = rl;
        }
        return new long[] {qh, ql};
    }

    private static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /** The decimal value, as BigInteger would print it. */
    @Override
    public String toString() {
        long[] rem = new long[2];
        long h = hi;
        long l = lo;
        StringBuilder digits = new StringBuilder();
        do {
            long[] q = divide(h, l, 0, 1000_000_000_000_000_000L, rem);
            h = q[0];
            l = q[1];
            String chunk = Long.toString(rem[1]);
            digits.insert(0, chunk);
            if ((h | l) != 0) {
                for (int i = chunk.length(); i < 18; i++) {
                    digits.insert(0, '0');
                }
            }
        } while ((h | l) != 0);
        return negative ? "-" + digits : digits.toString();
    }
}
