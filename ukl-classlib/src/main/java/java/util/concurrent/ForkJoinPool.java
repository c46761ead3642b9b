package java.util.concurrent;

import java.util.List;

/**
 * The JDK's fork-join pool as a plain pool of worker threads over one queue (one vCPU: work
 * stealing would have no other CPU to steal for). ForkJoinTask.join runs a forked task that has
 * not started yet in the joining thread, so recursive tasks cannot starve the pool's workers.
 * The common pool's workers are daemon threads named "ForkJoinPool.commonPool-worker-N".
 */
public class ForkJoinPool extends AbstractExecutorService {
    private static final ForkJoinPool COMMON = new ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), "ForkJoinPool.commonPool-worker-", true);
    private static int poolNumber;

    private final ThreadPoolExecutor workers;
    private final int parallelism;
    private final boolean common;

    public ForkJoinPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, "ForkJoinPool-" + nextPoolNumber() + "-worker-", false);
    }

    private static synchronized int nextPoolNumber() {
        return ++poolNumber;
    }

    private ForkJoinPool(int parallelism, String prefix, boolean common) {
        if (parallelism <= 0) {
            throw new IllegalArgumentException();
        }
        this.parallelism = parallelism;
        this.common = common;
        this.workers = new ThreadPoolExecutor(
                parallelism,
                parallelism,
                60L,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<Runnable>(),
                new Workers(prefix));
        workers.allowCoreThreadTimeOut(true);
    }

    /** Daemon workers numbered from 1, as the JDK's. */
    private static final class Workers implements ThreadFactory {
        private final String prefix;
        private int count;

        Workers(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public synchronized Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + ++count);
            t.setDaemon(true);
            return t;
        }
    }

    public static ForkJoinPool commonPool() {
        return COMMON;
    }

    public static int getCommonPoolParallelism() {
        return COMMON.parallelism;
    }

    public int getParallelism() {
        return parallelism;
    }

    @Override
    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        workers.execute(task);
    }

    public void execute(ForkJoinTask<?> task) {
        task.fork(this);
    }

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        task.fork(this);
        return task.join();
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        task.fork(this);
        return task;
    }

    @Override
    public void shutdown() {
        if (!common) {
            workers.shutdown();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        return common ? List.of() : workers.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return workers.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return workers.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return workers.awaitTermination(timeout, unit);
    }

    /** Waits until no task is queued or running; the common pool never terminates. */
    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (workers.getActiveCount() > 0 || !workers.getQueue().isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.yield();
        }
        return true;
    }

    @Override
    public void close() {
        if (!common) {
            super.close();
        }
    }
}
