package java.lang;

/** Images run one thread, "main"; this is only its handle. */
public class Thread implements Runnable {
    private static final Thread MAIN = new Thread();

    private Thread() {}

    public static Thread currentThread() {
        return MAIN;
    }

    public final String getName() {
        return "main";
    }

    public final long threadId() {
        return 1;
    }

    public long getId() {
        return 1;
    }

    public static boolean interrupted() {
        return false;
    }

    public boolean isInterrupted() {
        return false;
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

    @Override
    public void run() {}

    @Override
    public String toString() {
        return "Thread[#1,main,5,main]";
    }
}
