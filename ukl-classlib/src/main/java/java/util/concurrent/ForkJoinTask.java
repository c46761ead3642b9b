package java.util.concurrent;

/**
 * A task of a ForkJoinPool. {@code fork} queues it on the common pool (the JDK queues it on the
 * forking worker's own pool; with one vCPU which pool runs it is not visible); {@code join} runs it in the joining thread if no worker has started it yet,
 * otherwise waits for it, and reports a failure as the JDK does (the exception itself when
 * unchecked, else wrapped in a RuntimeException).
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private final CompletableFuture<V> outcome = new CompletableFuture<V>();
    private boolean started;

    public ForkJoinTask() {}

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    /** Does the work; true when the task completed normally. */
    protected abstract boolean exec();

    private boolean claim() {
        synchronized (outcome) {
            if (started) {
                return false;
            }
            started = true;
            return true;
        }
    }

    /** Runs the task here if nobody has; records its outcome. */
    final void runIfUnclaimed() {
        if (!claim()) {
            return;
        }
        try {
            exec();
            outcome.complete(getRawResult());
        } catch (Throwable ex) {
            outcome.completeExceptionally(ex);
        }
    }

    final void fork(ForkJoinPool pool) {
        pool.execute(new Runnable() {
            @Override
            public void run() {
                runIfUnclaimed();
            }
        });
    }

    public final ForkJoinTask<V> fork() {
        fork(ForkJoinPool.commonPool());
        return this;
    }

    public final V join() {
        runIfUnclaimed();
        try {
            return outcome.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new RuntimeException(cause);
        }
    }

    public final V invoke() {
        runIfUnclaimed();
        return join();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        t2.fork();
        t1.invoke();
        t2.join();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        for (int i = tasks.length - 1; i > 0; i--) {
            tasks[i].fork();
        }
        if (tasks.length > 0) {
            tasks[0].invoke();
        }
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return claim() && outcome.cancel(false);
    }

    @Override
    public final boolean isDone() {
        return outcome.isDone();
    }

    @Override
    public final boolean isCancelled() {
        return outcome.isCancelled();
    }

    public final boolean isCompletedAbnormally() {
        return outcome.isCompletedExceptionally();
    }

    public final boolean isCompletedNormally() {
        return outcome.isDone() && !outcome.isCompletedExceptionally();
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        return outcome.get();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return outcome.get(timeout, unit);
    }
}
