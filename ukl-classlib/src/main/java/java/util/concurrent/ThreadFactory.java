package java.util.concurrent;

/** Makes threads on demand (Thread.Builder.factory()). */
public interface ThreadFactory {
    Thread newThread(Runnable r);
}
