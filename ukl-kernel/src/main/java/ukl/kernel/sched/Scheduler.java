package ukl.kernel.sched;

import ukl.kernel.platform.Platform;

/**
 * Green threads on one CPU: a FIFO run queue, deadlines on the kernel clock ({@link Timers}), and
 * LockSupport's park and unpark. A thread runs until it blocks, yields, or reaches a safepoint
 * after its time slice ({@link #SLICE_NANOS}); the kernel never preempts itself. When no thread
 * can run the machine halts until the earliest deadline ({@link Cpu#idle}); threads that wait in
 * the system calls' {@code Waiter} poll instead of parking (they must drive the network), so the
 * waiter idles only when every runnable thread is such a poller ({@link #othersRunnable}).
 *
 * <p>Everything here runs between safepoints, so it needs no lock: on one CPU, code that does
 * not poll is atomic.
 */
public final class Scheduler {
    /** A time slice: Linux's default CFS base slice is a few milliseconds; 10 ms keeps switches rare. */
    static final long SLICE_NANOS = 10_000_000L;
    /**
     * The default stack: 256 KiB, of which the runtime keeps 64 KiB below the limit for the calls
     * that do not check it and for building StackOverflowError (ukl_runtime.h's
     * UKL_STACK_RESERVE), leaving 192 KiB, some thousands of translated frames. As the JDK's, it
     * is address space whose pages are committed as they are touched (ukl_thread.h): a thread
     * blocked in a socket read costs a few pages, whatever its size.
     */
    public static final long DEFAULT_STACK_BYTES = 256 << 10;
    /** The runtime needs twice its reserve (ukl_thread_create). */
    static final long MIN_STACK_BYTES = 160 << 10;

    static final int PARK = 0;
    static final int SLEEP = 1;
    static final int WAIT = 2;
    static final int ENTER = 3;
    static final int EXIT_WAIT = 4;

    private static KThread current;
    private static final ThreadQueue runQueue = new ThreadQueue(false);
    private static final Timers timers = new Timers();
    private static int nextId = 2;
    /** Started, not ended, non-daemon threads besides main: the JVM's exit rule waits for them. */
    private static int liveNonDaemon;
    /** Threads waiting in the system calls' Waiter: runnable, but polling. */
    private static int pollers;
    /** Main, in {@link #awaitNonDaemonThreads}. */
    private static final ThreadQueue exitWaiters = new ThreadQueue(false);

    private static long sliceStart;

    private Scheduler() {}

    static KThread current() {
        KThread t = current;
        if (t == null) {
            t = new KThread(1, Context.mainHandle(), null, false);
            current = t;
        }
        return t;
    }

    /** Bytes of thread-stack pages committed now (a VM's; 0 in a process, where Linux commits them). */
    public static long stackBytesCommitted() {
        return Context.stackBytesCommitted();
    }

    /** The running thread's token (what {@link #start} returned for it; main's is made on first use). */
    public static Object self() {
        return current();
    }

    /** The body the running thread was started with, {@code null} for main. */
    public static Runnable body() {
        return current().body;
    }

    /**
     * A new runnable thread that will run {@code body} on a stack of {@code stackBytes} (0: the
     * default); its token, or {@code null} when the heap has no room for the stack.
     */
    public static Object start(Runnable body, long stackBytes, boolean daemon) {
        current();
        long bytes = stackBytes <= 0 ? DEFAULT_STACK_BYTES : Math.max(stackBytes, MIN_STACK_BYTES);
        int id = nextId;
        long handle = Context.create(bytes, id);
        if (handle == 0) {
            return null;
        }
        nextId++;
        KThread t = new KThread(id, handle, body, daemon);
        if (!daemon) {
            liveNonDaemon++;
        }
        runQueue.add(t);
        return t;
    }

    /**
     * Where every thread but main begins (ukl_thread.h's ukl_thread_body): runs its body (the
     * class library's java.lang.Thread), reports what escapes it, then ends the thread for good.
     */
    public static void threadMain() {
        KThread t = current;
        Runnable body = t.body;
        try {
            body.run();
        } catch (Throwable e) {
            uncaught(body, e);
        }
        // The JVM's ensure_join: the thread is over, and join()'s waiters on its monitor learn it.
        synchronized (body) {
            t.state = KThread.ENDED;
            Monitors.notify(body, true);
        }
        if (!t.daemon) {
            liveNonDaemon--;
        }
        if (liveNonDaemon == 0) {
            KThread w;
            while ((w = exitWaiters.poll()) != null) {
                wake(w);
            }
        }
        // The runtime frees the stack once the next thread runs; nothing allocates before the switch.
        Context.retire(t.handle);
        switchToNext();
    }

    /**
     * The JVM's dispatchUncaughtException: the thread's handler, and if that throws, HotSpot's
     * one-line report on standard error (JavaThread::exit).
     */
    public static void handle(Thread th, Throwable e) {
        try {
            th.getUncaughtExceptionHandler().uncaughtException(th, e);
        } catch (Throwable x) {
            System.err.print("\nException: " + x.getClass().getName()
                    + " thrown from the UncaughtExceptionHandler in thread \"" + th.getName() + "\"\n");
        }
    }

    private static void uncaught(Runnable body, Throwable e) {
        if (body instanceof Thread th) {
            handle(th, e);
        }
    }

    /** The JVM's exit rule: main returns once every non-daemon thread has ended. */
    public static void awaitNonDaemonThreads() {
        KThread t = current();
        while (liveNonDaemon > 0) {
            block(t, Long.MAX_VALUE, EXIT_WAIT);
        }
    }

    public static boolean alive(Object token) {
        return ((KThread) token).state != KThread.ENDED;
    }

    /**
     * What the thread is doing, as {@code Thread.State}'s ordinal (1 RUNNABLE, 2 BLOCKED, 3
     * WAITING, 4 TIMED_WAITING, 5 TERMINATED; NEW is the class library's): a thread entering a
     * monitor, including one retaking it after wait, is BLOCKED; park and wait are WAITING, or
     * TIMED_WAITING with a deadline, and sleep always is; main waiting in the exit rule has
     * returned from main, which the JVM reports as TERMINATED. A waiter in the system calls polls
     * and so is RUNNABLE, as a JVM thread in a blocking read.
     */
    public static int state(Object token) {
        KThread t = (KThread) token;
        if (t.state == KThread.ENDED) {
            return 5;
        }
        if (t.state == KThread.RUNNABLE) {
            return 1;
        }
        switch (t.waitKind) {
            case ENTER:
                return 2;
            case EXIT_WAIT:
                return 5;
            case SLEEP:
                return 4;
            default:
                return t.deadline == Long.MAX_VALUE ? 3 : 4;
        }
    }

    /** Thread.yield: the others that can run go first. */
    public static void yieldNow() {
        if (runQueue.isEmpty()) {
            if (timers.next() == Long.MAX_VALUE) {
                return;
            }
            wakeExpired(Platform.monotonicNanos());
            if (runQueue.isEmpty()) {
                return;
            }
        }
        KThread t = current();
        runQueue.add(t);
        switchToNext();
    }

    /** A safepoint whose poll budget ran out: switch if the slice is over and another thread can run. */
    public static void safepoint() {
        if (runQueue.isEmpty() && timers.next() == Long.MAX_VALUE) {
            return;
        }
        long now = Platform.monotonicNanos();
        if (now - sliceStart >= SLICE_NANOS) {
            sliceStart = now;
            yieldNow();
        }
    }

    /**
     * LockSupport.park: returns at once if the permit is there (taking it) or the thread is
     * interrupted, else when unparked, interrupted, or at {@code deadline} (System.nanoTime
     * time; {@link Long#MAX_VALUE} never).
     */
    public static void park(long deadline) {
        KThread t = current();
        if (t.permit) {
            t.permit = false;
            return;
        }
        if (t.interrupted || deadline <= Platform.monotonicNanos()) {
            return;
        }
        block(t, deadline, PARK);
    }

    /** LockSupport.unpark: wakes the thread if it is parked, else gives it the permit. */
    public static void unpark(Object token) {
        KThread t = (KThread) token;
        if (t.state == KThread.PARKED && t.waitKind == PARK) {
            wake(t);
        } else if (t.state != KThread.ENDED) {
            t.permit = true;
        }
    }

    /**
     * Thread.interrupt: sets the status and wakes the thread from park, sleep or wait; a thread
     * waiting in a system call (the Waiter polls, so it is runnable) sees {@code -EINTR} from it at
     * its next round, as a signal interrupts a blocking call on Linux. The class library decides
     * what that means (a closed interruptible channel, a selection that returns, a java.net socket
     * that waits on).
     */
    public static void interrupt(Object token) {
        KThread t = (KThread) token;
        t.interrupted = true;
        t.pollInterrupted = true;
        if (t.state == KThread.PARKED && (t.waitKind == PARK || t.waitKind == SLEEP || t.waitKind == WAIT)) {
            wake(t);
        }
    }

    /**
     * Selector.wakeup from any thread: the thread's poll under way returns at once, or its next one
     * does. A poll waits by polling (it is runnable), so the flag is all it needs to see.
     */
    public static void wakePoll(Object token) {
        ((KThread) token).pollWoken = true;
    }

    /** For the system calls' poll: whether the running thread was woken, clearing it. */
    public static boolean takePollWoken() {
        KThread t = current;
        if (t == null) {
            return false; // no thread was ever named, so none was woken (and a JVM test has no context natives)
        }
        boolean woken = t.pollWoken;
        t.pollWoken = false;
        return woken;
    }

    /** The interrupt status, cleared when {@code clear}. */
    public static boolean interrupted(Object token, boolean clear) {
        KThread t = (KThread) token;
        boolean was = t.interrupted;
        if (clear) {
            t.interrupted = false;
        }
        return was;
    }

    /** Thread.sleep until {@code deadline}: 0, or -1 when interrupted (the status cleared, as the JDK does). */
    public static int sleep(long deadline) {
        KThread t = current();
        for (; ; ) {
            if (t.interrupted) {
                t.interrupted = false;
                return -1;
            }
            if (deadline <= Platform.monotonicNanos()) {
                return 0;
            }
            block(t, deadline, SLEEP);
        }
    }

    /**
     * For the system calls' Waiter: one more or one fewer thread waits by polling. A wait that
     * begins forgets an interrupt from before it (the class library looks at the status itself).
     */
    public static void polling(boolean start) {
        pollers += start ? 1 : -1;
        KThread t = current;
        if (start && t != null) {
            t.pollInterrupted = false;
        }
    }

    /** For a polling waiter, after the others ran: whether one of them interrupted this thread, clearing it. */
    public static boolean takePollInterrupted() {
        KThread t = current;
        if (t == null || !t.pollInterrupted) {
            return false;
        }
        t.pollInterrupted = false;
        return true;
    }

    /**
     * For a polling waiter: runs the other runnable threads once; whether some of them are not
     * pollers (then the waiter must not idle the machine).
     */
    public static boolean othersRunnable() {
        if (runQueue.isEmpty() && timers.next() == Long.MAX_VALUE) {
            return false;
        }
        wakeExpired(Platform.monotonicNanos());
        boolean others = runQueue.size() > pollers - 1;
        if (!runQueue.isEmpty()) {
            runQueue.add(current());
            switchToNext();
        }
        return others;
    }

    /** The earliest deadline of a parked thread, or {@link Long#MAX_VALUE}. */
    public static long nextDeadline() {
        return timers.next();
    }

    // ---- the machinery ----

    /** Parks {@code t} (the running thread) until {@link #wake} or {@code deadline}. */
    static void block(KThread t, long deadline, int kind) {
        t.state = KThread.PARKED;
        t.waitKind = kind;
        t.deadline = deadline;
        if (deadline != Long.MAX_VALUE) {
            timers.add(t);
        }
        if (kind == EXIT_WAIT) {
            exitWaiters.add(t);
        }
        switchToNext();
    }

    /** Makes a parked thread runnable. */
    static void wake(KThread t) {
        if (t.state != KThread.PARKED) {
            return;
        }
        timers.remove(t);
        t.state = KThread.RUNNABLE;
        t.deadline = Long.MAX_VALUE;
        runQueue.add(t);
    }

    private static void wakeExpired(long now) {
        KThread t;
        while ((t = timers.expired(now)) != null) {
            if (t.waitKind == WAIT) {
                Monitors.timedOut(t);
            }
            t.state = KThread.RUNNABLE;
            t.deadline = Long.MAX_VALUE;
            runQueue.add(t);
        }
    }

    /**
     * Runs the next runnable thread; the running one has queued itself, parked or ended. When none
     * can run, halts until the earliest deadline; when none has a deadline either, nothing can
     * ever wake one (the network's waiters poll and so are runnable): the program is deadlocked,
     * which the JVM would wait out for ever, and the image reports and exits.
     */
    private static void switchToNext() {
        KThread next;
        for (; ; ) {
            long now = Platform.monotonicNanos();
            wakeExpired(now);
            next = runQueue.poll();
            if (next != null) {
                sliceStart = now;
                break;
            }
            long wake = timers.next();
            if (wake == Long.MAX_VALUE) {
                deadlock();
            }
            Platform.sleep(wake - now);
        }
        current = next;
        Context.switchTo(next.handle);
    }

    private static void deadlock() {
        byte[] m = "ukl: deadlock: every thread waits and nothing can wake one\n".getBytes();
        Platform.consoleWrite(2, m, 0, m.length);
        Platform.exit(1);
    }
}
