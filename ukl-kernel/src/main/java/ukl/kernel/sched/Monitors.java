package ukl.kernel.sched;

/**
 * The slow paths of Java's monitors (JLS §17.1, §17.2; JVMS §6.5 monitorenter, monitorexit). The
 * runtime's fast paths (ukl_thread.h) take a free monitor and count recursion in the object's
 * lock word; they call {@link #enter} when another thread owns it and {@link #exit} when a
 * contender waits. Threads waiting to enter and threads in wait sets are one FIFO
 * ({@link #queue}), told apart by {@link KThread#waitKind}: searching it costs one step per
 * blocked thread, which is cheap while blocked threads are few.
 *
 * <p>Nothing here polls a safepoint, so each method is atomic on one CPU. With SMP the lock word
 * would change by compare-and-swap, and a contender would spin briefly before it queues.
 */
public final class Monitors {
    /** The collector's bits of the lock word (ukl_gc.h: UKL_GC_BITS, the mark and the age). */
    static final long GC_BITS = 3;

    static final long CONTENDED = 4;
    static final long ONE = 8;
    static final long COUNT = 0xfffffff8L;

    private static final ThreadQueue queue = new ThreadQueue(true);

    private Monitors() {}

    private static int owner(long word) {
        return (int) (word >>> 32);
    }

    /** Enters {@code o}, owned by another thread: queues until it is free (not interruptible, as the JVM's). */
    public static void enter(Object o) {
        KThread t = Scheduler.current();
        for (; ; ) {
            long w = Context.lockWord(o);
            if (owner(w) == 0) {
                long contended = queue.contains(o, Scheduler.ENTER) ? CONTENDED : 0;
                Context.setLockWord(o, (w & GC_BITS) | ((long) t.id << 32) | ONE | contended);
                return;
            }
            if (owner(w) == t.id) {
                throw new InternalError("monitor recursion count overflow");
            }
            Context.setLockWord(o, w | CONTENDED);
            t.monitor = o;
            queue.add(t);
            Scheduler.block(t, Long.MAX_VALUE, Scheduler.ENTER);
            t.monitor = null;
        }
    }

    /** Leaves {@code o}, held once by the running thread, and lets the first contender retry. */
    public static void exit(Object o) {
        release(o, Context.lockWord(o));
    }

    private static void release(Object o, long w) {
        Context.setLockWord(o, w & GC_BITS);
        KThread next = queue.take(o, Scheduler.ENTER);
        if (next != null) {
            Scheduler.wake(next);
        }
    }

    /** Whether the running thread owns {@code o} (Thread.holdsLock). */
    public static boolean holds(Object o) {
        return owner(Context.lockWord(o)) == Scheduler.current().id;
    }

    /**
     * Object.wait until notified, interrupted or {@code deadline} (Long.MAX_VALUE: never): 0,
     * -1 when interrupted (the status cleared), -2 when the running thread does not own {@code o}.
     * The monitor is released fully and retaken with its recursion count (JLS §17.2.1).
     */
    public static int await(Object o, long deadline) {
        KThread t = Scheduler.current();
        long w = Context.lockWord(o);
        if (owner(w) != t.id) {
            return -2;
        }
        if (t.interrupted) {
            t.interrupted = false;
            return -1;
        }
        long count = w & COUNT;
        release(o, w);
        t.monitor = o;
        queue.add(t);
        Scheduler.block(t, deadline, Scheduler.WAIT);
        queue.remove(t); // still there when the deadline or an interrupt woke it
        t.monitor = null;
        enter(o);
        Context.setLockWord(o, (Context.lockWord(o) & ~COUNT) | count);
        if (t.interrupted) {
            t.interrupted = false;
            return -1;
        }
        return 0;
    }

    /** Object.notify ({@code all}: notifyAll): 0, or -2 when the running thread does not own {@code o}. */
    public static int notify(Object o, boolean all) {
        if (!holds(o)) {
            return -2;
        }
        KThread w;
        while ((w = queue.take(o, Scheduler.WAIT)) != null) {
            w.monitor = null;
            Scheduler.wake(w);
            if (!all) {
                break;
            }
        }
        return 0;
    }

    /** A waiter's deadline passed: it leaves the wait set. */
    static void timedOut(KThread t) {
        queue.remove(t);
    }
}
