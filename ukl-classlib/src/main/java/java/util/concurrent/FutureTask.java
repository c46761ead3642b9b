package java.util.concurrent;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A cancellable computation whose result get() waits for. State machine as the JDK's (NEW, then
 * completing to NORMAL or EXCEPTIONAL, or CANCELLED/INTERRUPTED); waiters block on a shared
 * acquire that succeeds once the task is done.
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTED = 6;

    private Callable<V> callable;
    private Object outcome;
    private volatile Thread runner;
    private final Done done = new Done();

    /** State: the task's state; acquiring (shared) succeeds once it is no longer NEW. */
    private static final class Done extends AbstractQueuedSynchronizer {
        int state() {
            return getState();
        }

        boolean finish(int s) {
            if (!compareAndSetState(NEW, s)) {
                return false;
            }
            releaseShared(0);
            return true;
        }

        @Override
        protected int tryAcquireShared(int unused) {
            return getState() != NEW ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(int unused) {
            return true;
        }
    }

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        if (s == NORMAL) {
            return (V) outcome;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) outcome);
    }

    @Override
    public boolean isCancelled() {
        return done.state() >= CANCELLED;
    }

    @Override
    public boolean isDone() {
        return done.state() != NEW;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread t = runner;
        if (!done.finish(mayInterruptIfRunning ? INTERRUPTED : CANCELLED)) {
            return false;
        }
        if (mayInterruptIfRunning && t != null) {
            t.interrupt();
        }
        callable = null;
        done();
        return true;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        done.acquireSharedInterruptibly(1);
        return report(done.state());
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (!done.tryAcquireSharedNanos(1, unit.toNanos(timeout))) {
            throw new TimeoutException();
        }
        return report(done.state());
    }

    @Override
    @SuppressWarnings("unchecked")
    public V resultNow() {
        switch (done.state()) {
            case NORMAL:
                return (V) outcome;
            case EXCEPTIONAL:
                throw new IllegalStateException("Task completed with exception");
            case NEW:
                throw new IllegalStateException("Task has not completed");
            default:
                throw new IllegalStateException("Task was cancelled");
        }
    }

    @Override
    public Throwable exceptionNow() {
        switch (done.state()) {
            case NORMAL:
                throw new IllegalStateException("Task completed with a result");
            case EXCEPTIONAL:
                return (Throwable) outcome;
            case NEW:
                throw new IllegalStateException("Task has not completed");
            default:
                throw new IllegalStateException("Task was cancelled");
        }
    }

    @Override
    public State state() {
        switch (done.state()) {
            case NEW:
                return State.RUNNING;
            case NORMAL:
                return State.SUCCESS;
            case EXCEPTIONAL:
                return State.FAILED;
            default:
                return State.CANCELLED;
        }
    }

    /** Called once the task is done, normally or not; for subclasses, as the JDK's hook. */
    protected void done() {}

    protected void set(V v) {
        outcome = v;
        if (done.finish(NORMAL)) {
            done();
        }
    }

    protected void setException(Throwable t) {
        outcome = t;
        if (done.finish(EXCEPTIONAL)) {
            done();
        }
    }

    @Override
    public void run() {
        if (done.state() != NEW || runner != null) {
            return;
        }
        runner = Thread.currentThread();
        try {
            Callable<V> c = callable;
            if (c != null && done.state() == NEW) {
                V result;
                try {
                    result = c.call();
                } catch (Throwable ex) {
                    setException(ex);
                    return;
                }
                set(result);
            }
        } finally {
            runner = null;
        }
    }

    /** Runs without setting a result, for periodic tasks; true if it may run again. */
    protected boolean runAndReset() {
        if (done.state() != NEW || runner != null) {
            return false;
        }
        runner = Thread.currentThread();
        try {
            Callable<V> c = callable;
            if (c != null && done.state() == NEW) {
                try {
                    c.call();
                } catch (Throwable ex) {
                    setException(ex);
                    return false;
                }
            }
        } finally {
            runner = null;
        }
        return done.state() == NEW;
    }

    @Override
    public String toString() {
        String status;
        switch (done.state()) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = c == null ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
