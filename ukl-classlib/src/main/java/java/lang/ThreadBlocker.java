package java.lang;

/**
 * Not JDK API: what the JDK's {@code sun.nio.ch.Interruptible} is to its {@code Thread}, public
 * only so that {@code java.nio.channels.spi} can use it (as {@code java.net.SocketDescriptor} is
 * public for two packages). A thread about to block in an interruptible channel operation names
 * the channel's blocker ({@link #blockedOn}); {@link Thread#interrupt()} from another thread then
 * calls {@link #interrupt} after setting the status, and the blocker closes the channel, as the
 * JDK's {@code AbstractInterruptibleChannel} does. The kernel meanwhile ends the thread's wait in
 * the system call with {@code -EINTR} (ukl.kernel.sched.Scheduler.interrupt).
 */
public abstract class ThreadBlocker {
    protected ThreadBlocker() {}

    /** Called by {@code target.interrupt()} from another thread while {@code target} is blocked on this. */
    public abstract void interrupt(Thread target);

    /** The current thread blocks on {@code b} from now on; {@code null}: no longer. */
    public static void blockedOn(ThreadBlocker b) {
        Thread.currentThread().blocker = b;
    }
}
