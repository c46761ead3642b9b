package ukl.kernel.time;

import ukl.kernel.arch.Cpu;

/**
 * Monotonic time from the TSC, which QEMU keeps invariant; wall-clock time is the CMOS clock read
 * at boot plus the monotonic time since.
 */
public final class Clock {
    private static long tscHz;
    private static long bootTsc;
    private static long bootEpochNanos;

    private Clock() {}

    public static void init() {
        tscHz = Cpu.tscHz();
        bootTsc = Cpu.bootTsc();
        bootEpochNanos = Cpu.bootEpochNanos();
    }

    /** Nanoseconds since boot. */
    public static long monotonicNanos() {
        long ticks = Cpu.rdtsc() - bootTsc;
        // ticks * 1e9 / hz without overflow for up to ~2^63 ns: split into seconds and remainder.
        long seconds = ticks / tscHz;
        long rest = ticks % tscHz;
        return seconds * 1_000_000_000L + rest * 1_000_000_000L / tscHz;
    }

    /** Nanoseconds since 1970-01-01 UTC. */
    public static long realtimeNanos() {
        return bootEpochNanos + monotonicNanos();
    }
}
