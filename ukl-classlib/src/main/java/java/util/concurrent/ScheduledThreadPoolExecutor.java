package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ThreadPoolExecutor whose queue holds tasks by the time they are due, with the JDK's policy:
 * a fixed pool of core threads (the maximum size does not matter: the queue is unbounded),
 * tasks ordered by due time and then by submission, a periodic task re-queued after each run
 * (fixed rate: from its last due time; fixed delay: from the end of the run) until it is
 * cancelled, throws, or the pool shuts down. After shutdown delayed one-shot tasks still run and
 * periodic ones are cancelled, unless the two policies say otherwise. The waiting is the
 * DelayQueue's: a worker parks until the head is due (in an image, on the kernel's timers).
 */
public class ScheduledThreadPoolExecutor extends ThreadPoolExecutor implements ScheduledExecutorService {
    /** The JDK's keep-alive for threads above the core size. */
    private static final long DEFAULT_KEEPALIVE_MILLIS = 10L;

    /** Breaks ties between tasks due at the same time: first submitted, first run. */
    private static final AtomicLong sequencer = new AtomicLong();

    private volatile boolean continueExistingPeriodicTasksAfterShutdown;
    private volatile boolean executeExistingDelayedTasksAfterShutdown = true;
    private volatile boolean removeOnCancel;

    public ScheduledThreadPoolExecutor(int corePoolSize) {
        super(corePoolSize, Integer.MAX_VALUE, DEFAULT_KEEPALIVE_MILLIS, TimeUnit.MILLISECONDS, new DelayedWorkQueue());
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory) {
        super(
                corePoolSize,
                Integer.MAX_VALUE,
                DEFAULT_KEEPALIVE_MILLIS,
                TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(),
                threadFactory);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler) {
        super(
                corePoolSize,
                Integer.MAX_VALUE,
                DEFAULT_KEEPALIVE_MILLIS,
                TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(),
                handler);
    }

    public ScheduledThreadPoolExecutor(
            int corePoolSize, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        super(
                corePoolSize,
                Integer.MAX_VALUE,
                DEFAULT_KEEPALIVE_MILLIS,
                TimeUnit.MILLISECONDS,
                new DelayedWorkQueue(),
                threadFactory,
                handler);
    }

    /** A task with its due time (System.nanoTime) and period: &gt; 0 fixed rate, &lt; 0 fixed delay, 0 once. */
    private class ScheduledFutureTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
        private final long sequenceNumber;
        private volatile long time;
        private final long period;
        /** What re-queues: the task decorateTask returned. */
        RunnableScheduledFuture<V> outerTask = this;

        ScheduledFutureTask(Runnable r, V result, long triggerTime, long sequenceNumber) {
            super(r, result);
            this.time = triggerTime;
            this.period = 0;
            this.sequenceNumber = sequenceNumber;
        }

        ScheduledFutureTask(Runnable r, V result, long triggerTime, long period, long sequenceNumber) {
            super(r, result);
            this.time = triggerTime;
            this.period = period;
            this.sequenceNumber = sequenceNumber;
        }

        ScheduledFutureTask(Callable<V> callable, long triggerTime, long sequenceNumber) {
            super(callable);
            this.time = triggerTime;
            this.period = 0;
            this.sequenceNumber = sequenceNumber;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(time - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            if (other == this) {
                return 0;
            }
            if (other instanceof ScheduledFutureTask) {
                ScheduledFutureTask<?> x = (ScheduledFutureTask<?>) other;
                long diff = time - x.time;
                if (diff < 0) {
                    return -1;
                }
                if (diff > 0) {
                    return 1;
                }
                return sequenceNumber < x.sequenceNumber ? -1 : 1;
            }
            long diff = getDelay(TimeUnit.NANOSECONDS) - other.getDelay(TimeUnit.NANOSECONDS);
            return diff < 0 ? -1 : diff > 0 ? 1 : 0;
        }

        @Override
        public boolean isPeriodic() {
            return period != 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled && removeOnCancel) {
                remove(this);
            }
            return cancelled;
        }

        @Override
        public void run() {
            if (!canRunInCurrentRunState(this)) {
                cancel(false);
            } else if (!isPeriodic()) {
                super.run();
            } else if (runAndReset()) {
                time = period > 0 ? time + period : triggerTime(-period);
                reExecutePeriodic(outerTask);
            }
        }
    }

    /** Whether {@code task} may run in the current run state and the shutdown policies. */
    boolean canRunInCurrentRunState(RunnableScheduledFuture<?> task) {
        if (!isShutdown()) {
            return true;
        }
        if (isStopped()) {
            return false;
        }
        return task.isPeriodic()
                ? continueExistingPeriodicTasksAfterShutdown
                : executeExistingDelayedTasksAfterShutdown || task.getDelay(TimeUnit.NANOSECONDS) <= 0;
    }

    private void delayedExecute(RunnableScheduledFuture<?> task) {
        if (isShutdown()) {
            reject(task);
            return;
        }
        getQueue().add(task);
        if (!canRunInCurrentRunState(task) && remove(task)) {
            task.cancel(false);
        } else {
            ensurePrestart();
        }
    }

    private void reExecutePeriodic(RunnableScheduledFuture<?> task) {
        if (canRunInCurrentRunState(task)) {
            getQueue().add(task);
            if (canRunInCurrentRunState(task) || !remove(task)) {
                ensurePrestart();
                return;
            }
        }
        task.cancel(false);
    }

    /** Cancels and drops the queued tasks the shutdown policies rule out, then maybe terminates. */
    @Override
    void onShutdown() {
        BlockingQueue<Runnable> q = getQueue();
        boolean keepDelayed = executeExistingDelayedTasksAfterShutdown;
        boolean keepPeriodic = continueExistingPeriodicTasksAfterShutdown;
        for (Object e : q.toArray()) {
            if (e instanceof RunnableScheduledFuture) {
                RunnableScheduledFuture<?> t = (RunnableScheduledFuture<?>) e;
                boolean drop = t.isPeriodic() ? !keepPeriodic : !keepDelayed && t.getDelay(TimeUnit.NANOSECONDS) > 0;
                if ((drop || t.isCancelled()) && q.remove(t)) {
                    t.cancel(false);
                }
            }
        }
        tryTerminate();
    }

    private long triggerTime(long delay, TimeUnit unit) {
        return triggerTime(unit.toNanos(delay < 0 ? 0 : delay));
    }

    /**
     * Now plus {@code delay}, kept within Long.MAX_VALUE of the queue's head so that compareTo's
     * subtraction cannot overflow (a head already due and a delay near Long.MAX_VALUE).
     */
    long triggerTime(long delay) {
        if (delay >= (Long.MAX_VALUE >> 1)) {
            Object head = getQueue().peek();
            if (head instanceof Delayed) {
                long headDelay = ((Delayed) head).getDelay(TimeUnit.NANOSECONDS);
                if (headDelay < 0 && delay - headDelay < 0) {
                    delay = Long.MAX_VALUE + headDelay;
                }
            }
        }
        return System.nanoTime() + delay;
    }

    protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
        return task;
    }

    protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<Void> t = decorateTask(
                command,
                new ScheduledFutureTask<Void>(command, null, triggerTime(delay, unit), sequencer.getAndIncrement()));
        delayedExecute(t);
        return t;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (callable == null || unit == null) {
            throw new NullPointerException();
        }
        RunnableScheduledFuture<V> t = decorateTask(
                callable, new ScheduledFutureTask<V>(callable, triggerTime(delay, unit), sequencer.getAndIncrement()));
        delayedExecute(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (period <= 0L) {
            throw new IllegalArgumentException();
        }
        return periodic(command, triggerTime(initialDelay, unit), unit.toNanos(period));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (command == null || unit == null) {
            throw new NullPointerException();
        }
        if (delay <= 0L) {
            throw new IllegalArgumentException();
        }
        return periodic(command, triggerTime(initialDelay, unit), -unit.toNanos(delay));
    }

    private ScheduledFuture<?> periodic(Runnable command, long first, long period) {
        ScheduledFutureTask<Void> sft =
                new ScheduledFutureTask<Void>(command, null, first, period, sequencer.getAndIncrement());
        RunnableScheduledFuture<Void> t = decorateTask(command, sft);
        sft.outerTask = t;
        delayedExecute(t);
        return t;
    }

    /** Runs {@code command} with no delay: through the queue, after the tasks already due. */
    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    public void setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean value) {
        continueExistingPeriodicTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getContinueExistingPeriodicTasksAfterShutdownPolicy() {
        return continueExistingPeriodicTasksAfterShutdown;
    }

    public void setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean value) {
        executeExistingDelayedTasksAfterShutdown = value;
        if (!value && isShutdown()) {
            onShutdown();
        }
    }

    public boolean getExecuteExistingDelayedTasksAfterShutdownPolicy() {
        return executeExistingDelayedTasksAfterShutdown;
    }

    public void setRemoveOnCancelPolicy(boolean value) {
        removeOnCancel = value;
    }

    public boolean getRemoveOnCancelPolicy() {
        return removeOnCancel;
    }

    @Override
    public void shutdown() {
        super.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return super.shutdownNow();
    }

    @Override
    public BlockingQueue<Runnable> getQueue() {
        return super.getQueue();
    }

    /**
     * The pool's queue: a {@link DelayQueue} of the scheduled tasks seen as a queue of Runnables
     * (offering anything else is a ClassCastException, as in the JDK).
     */
    static class DelayedWorkQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {
        private final DelayQueue<RunnableScheduledFuture<?>> q = new DelayQueue<RunnableScheduledFuture<?>>();

        private static RunnableScheduledFuture<?> task(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            return (RunnableScheduledFuture<?>) r;
        }

        @Override
        public boolean offer(Runnable r) {
            return q.offer(task(r));
        }

        @Override
        public void put(Runnable r) {
            q.offer(task(r));
        }

        @Override
        public boolean offer(Runnable r, long timeout, TimeUnit unit) {
            return q.offer(task(r));
        }

        @Override
        public Runnable poll() {
            return q.poll();
        }

        @Override
        public Runnable take() throws InterruptedException {
            return q.take();
        }

        @Override
        public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            return q.poll(timeout, unit);
        }

        @Override
        public Runnable peek() {
            return q.peek();
        }

        @Override
        public int size() {
            return q.size();
        }

        @Override
        public boolean isEmpty() {
            return q.isEmpty();
        }

        @Override
        public boolean remove(Object o) {
            return q.remove(o);
        }

        @Override
        public boolean contains(Object o) {
            return q.contains(o);
        }

        @Override
        public void clear() {
            q.clear();
        }

        @Override
        public Object[] toArray() {
            return q.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return q.toArray(a);
        }

        @Override
        public int remainingCapacity() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int drainTo(Collection<? super Runnable> c) {
            return drainTo(c, Integer.MAX_VALUE);
        }

        @Override
        public int drainTo(Collection<? super Runnable> c, int maxElements) {
            if (c == this) {
                throw new IllegalArgumentException();
            }
            return q.drainTo(c, maxElements);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<Runnable> iterator() {
            return (Iterator<Runnable>) (Iterator<?>) q.iterator();
        }

        @Override
        public String toString() {
            return q.toString();
        }
    }
}
