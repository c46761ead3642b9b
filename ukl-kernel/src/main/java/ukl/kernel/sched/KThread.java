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

    final long handle;
    /**
     * Kept alive here while the thread lives: the runtime's record and the frames are in it.
     * Dropped when the thread ends, so a Thread object kept after its end does not keep its stack.
     */
    long[] stack;

    final Runnable body;
    final boolean daemon;
    int state = RUNNABLE;
    /** LockSupport's permit. */
    boolean permit;

    boolean interrupted;
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

    KThread(int id, long handle, long[] stack, Runnable body, boolean daemon) {
        this.id = id;
        this.handle = handle;
        this.stack = stack;
        this.body = body;
        this.daemon = daemon;
    }
}
