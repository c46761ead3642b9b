package ukl.kernel.sys;

/**
 * What the system calls need from the machine: the time, a way to wait between polls of the
 * interface, and the console's input. Tests advance a fake clock, run the peer and feed input;
 * the kernel waits on its platform ({@link PlatformMachine}: spin then halt in a VM, {@code ppoll} in
 * a process).
 */
interface Machine {
    long nanos();

    /**
     * Waits a moment before the next poll: the interface has done nothing since
     * {@code quietSince}, and has timed work (or the call its timeout) at {@code wakeBy}; both
     * are {@link #nanos()} times.
     */
    void idle(long quietSince, long wakeBy);

    /** Whether console input waits to be read. */
    boolean consoleReady();

    /** Reads waiting console input into {@code buf[off, off+len)} without blocking; 0 when none. */
    int consoleRead(byte[] buf, int off, int len);
}
