package ukl.kernel.sys;

/**
 * What a blocking socket call needs from the machine: the time, and a way to wait between polls
 * of the interface. Tests advance a fake clock and run the peer; the image spins, then halts
 * ({@link CpuMachine}).
 */
interface Machine {
    long nanos();

    /**
     * Waits a moment before the next poll: the interface has done nothing since
     * {@code quietSince}, and has timed work (or the call its timeout) at {@code wakeBy}; both
     * are {@link #nanos()} times.
     */
    void idle(long quietSince, long wakeBy);
}
