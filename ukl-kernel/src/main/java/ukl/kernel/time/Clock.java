package ukl.kernel.time;

import ukl.kernel.arch.Cpu;

/**
 * Monotonic time from the TSC, which QEMU keeps invariant; wall-clock time is the CMOS clock read
 * at boot plus the monotonic time since.
 *
 * <p>Ticks become nanoseconds by a multiplication and a shift, as Linux's clocksources do
 * ({@code mult}/{@code shift}), not by dividing by the frequency: a 64-bit division is a helper
 * call under TCG, and the network stack reads the clock several times per packet.
 */
public final class Clock {
    private static long bootTsc;
    private static long bootEpochNanos;
    private static long mult;
    private static int shift;

    private Clock() {}

    public static void init() {
        long hz = Cpu.tscHz();
        shift = shift(hz);
        mult = multiplier(hz, shift);
        bootTsc = Cpu.bootTsc();
        bootEpochNanos = Cpu.bootEpochNanos();
    }

    /** Nanoseconds since boot. */
    public static long monotonicNanos() {
        return nanos(Cpu.rdtsc() - bootTsc, mult, shift);
    }

    /** Nanoseconds since 1970-01-01 UTC. */
    public static long realtimeNanos() {
        return bootEpochNanos + monotonicNanos();
    }

    /**
     * {@code ticks * mult / 2^shift}, rounded down, from the 128-bit product: for {@code ticks ≥ 0}
     * it never decreases as {@code ticks} grows, and it does not overflow below 2^63 ns.
     */
    static long nanos(long ticks, long mult, int shift) {
        long high = Math.multiplyHigh(ticks, mult);
        return (high << (64 - shift)) | ((ticks * mult) >>> shift);
    }

    /**
     * The largest shift that keeps {@link #multiplier} below 2^62 at {@code hz}: the more bits, the
     * less the multiplier's rounding costs (at a few GHz, a relative error below 10^-18).
     */
    static int shift(long hz) {
        long whole = 1_000_000_000L / hz; // 0 above 1 GHz
        return 62 - (64 - Long.numberOfLeadingZeros(whole));
    }

    /** {@code floor(10^9 · 2^shift / hz)}, by long division one bit at a time (no 128-bit type here). */
    static long multiplier(long hz, int shift) {
        long q = 1_000_000_000L / hz;
        long r = 1_000_000_000L % hz;
        for (int i = 0; i < shift; i++) {
            q <<= 1;
            r <<= 1;
            if (r >= hz) {
                q |= 1;
                r -= hz;
            }
        }
        return q;
    }
}
