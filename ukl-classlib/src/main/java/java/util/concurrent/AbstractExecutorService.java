package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The ExecutorService methods expressed through {@code execute}, as in the JDK. */
public abstract class AbstractExecutorService implements ExecutorService {
    public AbstractExecutorService() {}

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new FutureTask<T>(runnable, value);
    }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new FutureTask<T>(callable);
    }

    @Override
    public Future<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<Void> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = submitAll(tasks);
        try {
            for (Future<T> f : futures) {
                awaitQuietly(f, false, 0L);
            }
            return futures;
        } catch (InterruptedException e) {
            cancelAll(futures);
            throw e;
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        List<Future<T>> futures = submitAll(tasks);
        try {
            for (Future<T> f : futures) {
                if (!awaitQuietly(f, true, deadline)) {
                    cancelAll(futures);
                    break;
                }
            }
            return futures;
        } catch (InterruptedException e) {
            cancelAll(futures);
            throw e;
        }
    }

    private <T> List<Future<T>> submitAll(Collection<? extends Callable<T>> tasks) {
        if (tasks == null) {
            throw new NullPointerException();
        }
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
        } catch (RuntimeException | Error e) {
            cancelAll(futures);
            throw e;
        }
        return futures;
    }

    /** Waits for {@code f}, ignoring how it ended; false if the deadline passed first. */
    private static boolean awaitQuietly(Future<?> f, boolean timed, long deadline) throws InterruptedException {
        if (f.isDone()) {
            return true;
        }
        try {
            if (timed) {
                f.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } else {
                f.get();
            }
        } catch (CancellationException | ExecutionException ignored) {
            // the future records how it ended
        } catch (TimeoutException e) {
            return false;
        }
        return true;
    }

    private static <T> void cancelAll(List<Future<T>> futures) {
        for (Future<T> f : futures) {
            f.cancel(true);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0L);
        } catch (TimeoutException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, true, unit.toNanos(timeout));
    }

    /** Runs the tasks, returns the first successful result and cancels the rest. */
    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, boolean timed, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        int n = tasks.size();
        if (n == 0) {
            throw new IllegalArgumentException();
        }
        long deadline = System.nanoTime() + nanos;
        ExecutorCompletionService<T> ecs = new ExecutorCompletionService<T>(this);
        List<Future<T>> futures = new ArrayList<>(n);
        try {
            for (Callable<T> t : tasks) {
                futures.add(ecs.submit(t));
            }
            ExecutionException last = null;
            for (int left = n; left > 0; left--) {
                Future<T> f = timed ? ecs.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) : ecs.take();
                if (f == null) {
                    throw new TimeoutException();
                }
                try {
                    return f.get();
                } catch (ExecutionException eex) {
                    last = eex;
                } catch (RuntimeException rex) {
                    last = new ExecutionException(rex);
                }
            }
            throw last != null ? last : new ExecutionException((Throwable) null);
        } finally {
            cancelAll(futures);
        }
    }
}
