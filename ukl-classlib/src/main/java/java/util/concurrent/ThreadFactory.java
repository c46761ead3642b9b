package java.util.concurrent;

/** Makes the threads an executor runs its tasks on. */
public interface ThreadFactory {
    Thread newThread(Runnable r);
}
