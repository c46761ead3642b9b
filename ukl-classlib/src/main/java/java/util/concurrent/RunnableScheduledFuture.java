package java.util.concurrent;

/** A ScheduledFuture that is also the Runnable computing it. */
public interface RunnableScheduledFuture<V> extends RunnableFuture<V>, ScheduledFuture<V> {
    boolean isPeriodic();
}
