package java.lang;

/**
 * Images run one thread, "main"; this is only its handle. The constructors, {@code start} and
 * the interrupt status are here only so that java.util.concurrent compiles against the JDK's API
 * of Thread: the scheduler of issue #10 replaces this file, and until then {@code start} refuses.
 */
public class Thread implements Runnable {
    private static final Thread MAIN = new Thread("main");

    private final Runnable task;
    private final String name;
    private boolean daemon;
    private boolean interruptStatus;

    private Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable task) {
        this(task, "Thread-0");
    }

    public Thread(Runnable task, String name) {
        this.task = task;
        this.name = name;
    }

    /** Refuses: images have one thread until the scheduler of issue #10 arrives. */
    public void start() {
        throw new UnsupportedOperationException("images run one thread until the scheduler (issue #10) arrives");
    }

    /** Returns at once: a thread of this stub never starts. */
    public final void join() throws InterruptedException {}

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public void interrupt() {
        interruptStatus = true;
    }

    public static Thread currentThread() {
        return MAIN;
    }

    public final String getName() {
        return name;
    }

    public final long threadId() {
        return 1;
    }

    public long getId() {
        return 1;
    }

    public static boolean interrupted() {
        boolean was = MAIN.interruptStatus;
        MAIN.interruptStatus = false;
        return was;
    }

    public boolean isInterrupted() {
        return interruptStatus;
    }

    public static void onSpinWait() {}

    public static void yield() {}

    /** Waits by watching the monotonic clock: with one thread there is nothing else to run. */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() - end < 0) {
            onSpinWait();
        }
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleep(millis);
    }

    @Override
    public void run() {
        if (task != null) {
            task.run();
        }
    }

    @Override
    public String toString() {
        return "Thread[#1,main,5,main]";
    }
}
