package java.util.concurrent.locks;

import ukl.libc.Libc;

/**
 * The JDK's thread parking: one permit per thread, over the kernel scheduler's park and unpark
 * ({@code Libc.thread_park}). A park may return spuriously, as the JDK allows, so callers loop.
 */
public final class LockSupport {
    private LockSupport() {}

    public static void unpark(Thread thread) {
        if (thread != null) {
            Object token = RuntimeSupport.threadToken(thread);
            if (token != null) {
                Libc.thread_unpark(token);
            }
        }
    }

    public static void park() {
        Libc.thread_park(Long.MAX_VALUE);
    }

    public static void park(Object blocker) {
        Thread t = Thread.currentThread();
        RuntimeSupport.setBlocker(t, blocker);
        Libc.thread_park(Long.MAX_VALUE);
        RuntimeSupport.setBlocker(t, null);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            Libc.thread_park(deadline(nanos));
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            Thread t = Thread.currentThread();
            RuntimeSupport.setBlocker(t, blocker);
            Libc.thread_park(deadline(nanos));
            RuntimeSupport.setBlocker(t, null);
        }
    }

    /** Until {@code deadline}, milliseconds since the epoch (System.currentTimeMillis time). */
    public static void parkUntil(long deadline) {
        long millis = deadline - System.currentTimeMillis();
        if (millis > 0) {
            Libc.thread_park(deadline(millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L));
        }
    }

    public static void parkUntil(Object blocker, long deadline) {
        Thread t = Thread.currentThread();
        RuntimeSupport.setBlocker(t, blocker);
        parkUntil(deadline);
        RuntimeSupport.setBlocker(t, null);
    }

    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        return RuntimeSupport.blocker(t);
    }

    public static void setCurrentBlocker(Object blocker) {
        RuntimeSupport.setBlocker(Thread.currentThread(), blocker);
    }

    private static long deadline(long nanos) {
        long now = System.nanoTime();
        return nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    }
}
