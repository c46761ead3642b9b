package java.util.concurrent.locks;

/**
 * Placeholder with the JDK's API until the scheduler of issue #10 brings the real one (which
 * replaces this file). With one thread there is nobody to unpark the caller, so every park
 * returns at once: a spurious wake-up, which the JDK's contract allows and every caller in
 * java.util.concurrent handles by checking its condition again.
 */
public final class LockSupport {
    private LockSupport() {}

    public static void park() {}

    public static void park(Object blocker) {}

    public static void parkNanos(long nanos) {}

    public static void parkNanos(Object blocker, long nanos) {}

    public static void parkUntil(long deadline) {}

    public static void parkUntil(Object blocker, long deadline) {}

    public static void unpark(Thread thread) {}
}
