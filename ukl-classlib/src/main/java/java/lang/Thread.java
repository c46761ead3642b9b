package java.lang;

import java.util.HashMap;
import java.util.concurrent.ThreadFactory;
import ukl.libc.Libc;

/**
 * A Java thread over the kernel's green threads (ukl.kernel.sched, through the {@code thread_*}
 * calls of {@code Libc}). The kernel runs the Thread itself as the new thread's body, so the
 * bottom frame of a worker's stack trace is its {@code run}, as on the JVM; when {@code run}
 * throws, the kernel hands the exception to {@link #getUncaughtExceptionHandler()} and then
 * notifies the Thread's monitor, which {@link #join} waits on (the JVM's {@code ensure_join}).
 *
 * <p>Every ukl thread is as cheap as a virtual one: a virtual thread differs only in
 * {@link #isVirtual()}, in being a daemon, and in its name and {@code toString}. Priorities are
 * accepted and ignored: the scheduler is round robin.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static Thread main;
    /** "Thread-N" counts unnamed platform threads from 0, as the JDK's ThreadNumbering. */
    private static int threadNumber;
    /**
     * Ids as HotSpot 25 gives them where the differential tests run it (the serial collector, two
     * CPUs): main is #3, and the JVM's own threads (reference handler, finalizer, signal
     * dispatcher, compiler, cleaner ...) take the ids up to #15, so the first thread a program
     * creates is #16. (G1 takes five more for its threads, and more CPUs more compiler threads.)
     */
    private static final long MAIN_ID = 3;

    private static long nextId = 16;
    /** The JDK starts its "VirtualThread-unblocker" daemon with the first virtual thread, which takes an id. */
    private static boolean virtualSeen;

    private static volatile UncaughtExceptionHandler defaultHandler;

    private final long tid;
    private volatile String name;
    private final Runnable task;
    private final boolean virtual;
    private final long stackSize;
    private boolean daemon;
    private int priority;
    /** The kernel's thread once started; main's from the start. */
    private volatile Object token;
    /** interrupt() before start. */
    private boolean interruptedEarly;

    private volatile UncaughtExceptionHandler handler;
    /** LockSupport's blocker. */
    volatile Object parkBlocker;
    /** The interruptible channel this thread is blocked in, or null ({@link ThreadBlocker}). */
    volatile ThreadBlocker blocker;

    HashMap<ThreadLocal<?>, Object> threadLocals;
    HashMap<ThreadLocal<?>, Object> inheritableThreadLocals;

    public Thread() {
        this(null, null, null, 0, true, false);
    }

    public Thread(Runnable task) {
        this(null, task, null, 0, true, false);
    }

    public Thread(Runnable task, String name) {
        this(null, task, checkName(name), 0, true, false);
    }

    public Thread(String name) {
        this(null, null, checkName(name), 0, true, false);
    }

    public Thread(ThreadGroup group, Runnable task) {
        this(group, task, null, 0, true, false);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, checkName(name), 0, true, false);
    }

    public Thread(ThreadGroup group, Runnable task, String name) {
        this(group, task, checkName(name), 0, true, false);
    }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize) {
        this(group, task, checkName(name), stackSize, true, false);
    }

    public Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean inheritThreadLocals) {
        this(group, task, checkName(name), stackSize, inheritThreadLocals, false);
    }

    Thread(ThreadGroup group, Runnable task, String name, long stackSize, boolean inherit, boolean virtual) {
        if (virtual && !virtualSeen) {
            virtualSeen = true;
            nextId++;
        }
        this.tid = nextId++;
        this.name = name != null ? name : virtual ? "" : "Thread-" + threadNumber++;
        this.task = task;
        this.virtual = virtual;
        this.stackSize = stackSize;
        Thread parent = currentThread();
        this.daemon = virtual || parent.daemon;
        this.priority = virtual ? NORM_PRIORITY : parent.priority;
        if (inherit && parent.inheritableThreadLocals != null) {
            inheritableThreadLocals = ThreadLocal.inherit(parent.inheritableThreadLocals);
        }
    }

    /** The main thread's handle, made on first use. */
    private Thread(Object token) {
        this.tid = MAIN_ID;
        this.name = "main";
        this.task = null;
        this.virtual = false;
        this.stackSize = 0;
        this.priority = NORM_PRIORITY;
        this.token = token;
    }

    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        return name;
    }

    public static Thread currentThread() {
        Runnable body = Libc.thread_body();
        if (body != null) {
            return (Thread) body;
        }
        Thread m = main;
        if (m == null) {
            m = new Thread(Libc.thread_self());
            main = m;
        }
        return m;
    }

    /** The System.nanoTime deadline {@code millis} ms and {@code nanos} ns from now, saturated. */
    static long deadline(long millis, long nanos) {
        long now = System.nanoTime();
        long wait = millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L + nanos;
        return wait >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + wait;
    }

    /** The kernel's thread, or null before start. */
    Object token() {
        return token;
    }

    public void start() {
        synchronized (this) {
            if (token != null || this == main) {
                throw new IllegalThreadStateException();
            }
            Object t = Libc.thread_start(this, stackSize, daemon);
            if (t == null) {
                throw new OutOfMemoryError(
                        "unable to create native thread: possibly out of memory or process/resource limits reached");
            }
            token = t;
            if (interruptedEarly) {
                Libc.thread_interrupt(t);
            }
        }
    }

    @Override
    public void run() {
        Runnable t = task;
        if (t != null) {
            t.run();
        }
    }

    public final boolean isAlive() {
        Object t = token;
        return t != null && Libc.thread_alive(t);
    }

    public static void yield() {
        Libc.thread_yield();
    }

    public static void onSpinWait() {
        Libc.thread_yield();
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleepUntil(deadline(millis, 0));
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleepUntil(deadline(millis, nanos));
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        if (Libc.thread_sleep(deadline) < 0) {
            throw new InterruptedException("sleep interrupted");
        }
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    /** JLS §17.4.5: waits on this thread's monitor, which the kernel notifies when the thread ends. */
    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        synchronized (this) {
            if (millis == 0) {
                while (isAlive()) {
                    wait(0);
                }
                return;
            }
            long end = deadline(millis, 0);
            while (isAlive() && System.nanoTime() - end < 0) {
                waitUntil(end);
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /**
     * Sets the status and wakes the thread from park, sleep, wait or a system call's wait (the
     * kernel); then, as the JDK's, lets the interruptible channel the thread is blocked in close
     * itself ({@link ThreadBlocker}).
     */
    public void interrupt() {
        Object t = token;
        if (t == null) {
            interruptedEarly = true;
            return;
        }
        Libc.thread_interrupt(t);
        ThreadBlocker b = blocker;
        if (b != null && this != currentThread()) {
            b.interrupt(this);
        }
    }

    public boolean isInterrupted() {
        Object t = token;
        return t == null ? interruptedEarly : Libc.thread_interrupted(t, false);
    }

    public static boolean interrupted() {
        return Libc.thread_interrupted(Libc.thread_self(), true);
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return Libc.monitor_holds(obj);
    }

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        this.name = checkName(name);
    }

    public final long threadId() {
        return tid;
    }

    public long getId() {
        return tid;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (virtual && !on) {
            throw new IllegalArgumentException("'false' not legal for virtual threads");
        }
        if (isAlive() || token != null) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority < MIN_PRIORITY || newPriority > MAX_PRIORITY) {
            throw new IllegalArgumentException();
        }
        if (!virtual) {
            priority = newPriority;
        }
    }

    public final boolean isVirtual() {
        return virtual;
    }

    public final ThreadGroup getThreadGroup() {
        return getState() == State.TERMINATED ? null : ThreadGroup.MAIN;
    }

    /** NEW before start, then what the kernel knows of why the thread is parked ({@code Libc.thread_state}). */
    public State getState() {
        Object t = token;
        if (t == null) {
            return State.NEW;
        }
        switch (Libc.thread_state(t)) {
            case 1:
                return State.RUNNABLE;
            case 2:
                return State.BLOCKED;
            case 3:
                return State.WAITING;
            case 4:
                return State.TIMED_WAITING;
            default:
                return State.TERMINATED;
        }
    }

    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        defaultHandler = h;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    /** This thread's handler, else its group, which reports (ThreadGroup.uncaughtException). */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = handler;
        return h != null ? h : ThreadGroup.MAIN;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        handler = h;
    }

    @Override
    public String toString() {
        if (virtual) {
            return "VirtualThread[#" + tid + (name.isEmpty() ? "" : "," + name) + "]/"
                    + lowerCase(getState().name());
        }
        ThreadGroup g = getThreadGroup();
        return "Thread[#" + tid + "," + name + "," + priority + "," + (g == null ? "" : g.getName()) + "]";
    }

    /**
     * A state's name in lower case. The names are ASCII capitals and underscores; String.toLowerCase
     * would make every image that can print a thread carry Unicode's case mappings (12 KB).
     */
    private static String lowerCase(String stateName) {
        char[] c = stateName.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }

    // ---- builders (JDK 21): in ukl a virtual thread is a platform thread that says so ----

    public static Builder.OfPlatform ofPlatform() {
        return new ThreadBuilder(false);
    }

    public static Builder.OfVirtual ofVirtual() {
        return new ThreadBuilder(true);
    }

    public static Thread startVirtualThread(Runnable task) {
        Thread t = new Thread(null, task, null, 0, true, true);
        t.start();
        return t;
    }

    public sealed interface Builder permits Builder.OfPlatform, Builder.OfVirtual {
        Builder name(String name);

        Builder name(String prefix, long start);

        Builder inheritInheritableThreadLocals(boolean inherit);

        Builder uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

        Thread unstarted(Runnable task);

        Thread start(Runnable task);

        ThreadFactory factory();

        sealed interface OfPlatform extends Builder permits ThreadBuilder {
            @Override
            OfPlatform name(String name);

            @Override
            OfPlatform name(String prefix, long start);

            @Override
            OfPlatform inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfPlatform uncaughtExceptionHandler(UncaughtExceptionHandler ueh);

            OfPlatform group(ThreadGroup group);

            OfPlatform daemon(boolean on);

            default OfPlatform daemon() {
                return daemon(true);
            }

            OfPlatform priority(int priority);

            OfPlatform stackSize(long stackSize);
        }

        sealed interface OfVirtual extends Builder permits ThreadBuilder {
            @Override
            OfVirtual name(String name);

            @Override
            OfVirtual name(String prefix, long start);

            @Override
            OfVirtual inheritInheritableThreadLocals(boolean inherit);

            @Override
            OfVirtual uncaughtExceptionHandler(UncaughtExceptionHandler ueh);
        }
    }

    /** Both builders: the JDK's share their naming rules (a counter when {@code name(prefix, start)}). */
    static final class ThreadBuilder implements Builder.OfPlatform, Builder.OfVirtual {
        private final boolean virtual;
        private String name;
        private long counter = -1;
        private boolean inherit = true;
        private UncaughtExceptionHandler handler;
        private boolean daemonSet;
        private boolean daemon;
        private int priority;
        private long stackSize;

        ThreadBuilder(boolean virtual) {
            this.virtual = virtual;
        }

        @Override
        public ThreadBuilder name(String name) {
            this.name = checkName(name);
            this.counter = -1;
            return this;
        }

        @Override
        public ThreadBuilder name(String prefix, long start) {
            checkName(prefix);
            if (start < 0) {
                throw new IllegalArgumentException("'start' is negative");
            }
            this.name = prefix;
            this.counter = start;
            return this;
        }

        @Override
        public ThreadBuilder inheritInheritableThreadLocals(boolean inherit) {
            this.inherit = inherit;
            return this;
        }

        @Override
        public ThreadBuilder uncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
            if (ueh == null) {
                throw new NullPointerException();
            }
            this.handler = ueh;
            return this;
        }

        @Override
        public ThreadBuilder group(ThreadGroup group) {
            if (group == null) {
                throw new NullPointerException();
            }
            return this;
        }

        @Override
        public ThreadBuilder daemon(boolean on) {
            daemonSet = true;
            daemon = on;
            return this;
        }

        @Override
        public ThreadBuilder priority(int priority) {
            if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
                throw new IllegalArgumentException();
            }
            this.priority = priority;
            return this;
        }

        @Override
        public ThreadBuilder stackSize(long stackSize) {
            if (stackSize < 0) {
                throw new IllegalArgumentException();
            }
            this.stackSize = stackSize;
            return this;
        }

        private String nextName() {
            if (name != null && counter >= 0) {
                return name + counter++;
            }
            return name;
        }

        @Override
        public Thread unstarted(Runnable task) {
            if (task == null) {
                throw new NullPointerException();
            }
            Thread t = new Thread(null, task, nextName(), stackSize, inherit, virtual);
            if (daemonSet) {
                t.daemon = daemon;
            }
            if (priority != 0) {
                t.priority = priority;
            }
            if (handler != null) {
                t.handler = handler;
            }
            return t;
        }

        @Override
        public Thread start(Runnable task) {
            Thread t = unstarted(task);
            t.start();
            return t;
        }

        @Override
        public ThreadFactory factory() {
            ThreadBuilder builder = this;
            return new ThreadFactory() {
                @Override
                public Thread newThread(Runnable task) {
                    return builder.unstarted(task);
                }
            };
        }
    }
}
