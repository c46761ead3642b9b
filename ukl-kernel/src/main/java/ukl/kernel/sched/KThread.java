package ukl.kernel.sched;

/**
 * A kernel thread: its stack, its runtime context, and what the scheduler and the monitors know
 * about it. Handed to the class library as an opaque token ({@code Libc.thread_start}).
 */
final class KThread {
    static final int RUNNABLE = 0;
    static final int PARKED = 1;
    static final int ENDED = 2;

    /** Also the owner field of the monitor words it holds. */
    final int id;

    /** The runtime's record of the thread, at the top of its stack (the runtime frees both when it ends). */
    final long handle;

    final Runnable body;
    final boolean daemon;
    int state = RUNNABLE;
    /** LockSupport's permit. */
    boolean permit;

    boolean interrupted;
    /** Its poll under way, or its next one, returns at once ({@link Scheduler#wakePoll}). */
    boolean pollWoken;
    /**
     * Interrupted while waiting in the system calls' poll: the wait under way returns {@code -EINTR}
     * ({@link Scheduler#takePollInterrupted}); cleared when a wait begins.
     */
    boolean pollInterrupted;
    /** When a timed park ends ({@link Clock} time), or {@link Long#MAX_VALUE}. */
    long deadline = Long.MAX_VALUE;

    /** The next thread in the run queue (or the exit rule's). */
    KThread next;
    /** The next thread in the monitors' queue. */
    KThread nextWaiter;
    /** The next thread by deadline in {@link Timers}. */
    KThread nextTimer;

    boolean timed;

    /** The monitor this thread waits to enter or waits on, and how ({@link Monitors}). */
    Object monitor;

    int waitKind;

    KThread(int id, long handle, Runnable body, boolean daemon) {
        this.id = id;
        this.handle = handle;
        this.body = body;
        this.daemon = daemon;
    }
}
