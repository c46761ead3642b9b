package java.util.concurrent;

/** A Future that is also the Runnable computing it. */
public interface RunnableFuture<V> extends Runnable, Future<V> {
    @Override
    void run();
}
