package java.util.concurrent;

/**
 * Factories for the usual executors, as the JDK's. On one vCPU the work-stealing pool is a fixed
 * pool, and the virtual-thread-per-task executor starts a new thread per task (every thread is
 * cheap in ukl; issue #10).
 */
public class Executors {
    private Executors() {}

    public static ExecutorService newFixedThreadPool(int nThreads) {
        return new ThreadPoolExecutor(
                nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>());
    }

    public static ExecutorService newFixedThreadPool(int nThreads, ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(
                nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newWorkStealingPool(int parallelism) {
        return newFixedThreadPool(parallelism);
    }

    public static ExecutorService newWorkStealingPool() {
        return newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    }

    public static ExecutorService newSingleThreadExecutor() {
        return newFixedThreadPool(1);
    }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory threadFactory) {
        return newFixedThreadPool(1, threadFactory);
    }

    public static ExecutorService newCachedThreadPool() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<Runnable>());
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newThreadPerTaskExecutor(ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 0L, TimeUnit.NANOSECONDS, new SynchronousQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newVirtualThreadPerTaskExecutor() {
        return newThreadPerTaskExecutor(Thread.ofVirtual().factory());
    }

    public static ThreadFactory defaultThreadFactory() {
        return new DefaultThreadFactory();
    }

    public static <T> Callable<T> callable(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        return new RunnableAdapter<T>(task, result);
    }

    public static Callable<Object> callable(Runnable task) {
        return callable(task, null);
    }

    /** Names threads "pool-N-thread-M", non-daemon, as the JDK's. */
    private static final class DefaultThreadFactory implements ThreadFactory {
        private static int poolNumber;
        private final String namePrefix;
        private int threadNumber;

        DefaultThreadFactory() {
            synchronized (DefaultThreadFactory.class) {
                namePrefix = "pool-" + ++poolNumber + "-thread-";
            }
        }

        @Override
        public Thread newThread(Runnable r) {
            String name;
            synchronized (this) {
                name = namePrefix + ++threadNumber;
            }
            Thread t = new Thread(r, name);
            t.setDaemon(false);
            return t;
        }
    }

    private static final class RunnableAdapter<T> implements Callable<T> {
        private final Runnable task;
        private final T result;

        RunnableAdapter(Runnable task, T result) {
            this.task = task;
            this.result = result;
        }

        @Override
        public T call() {
            task.run();
            return result;
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + task + "]";
        }
    }
}
