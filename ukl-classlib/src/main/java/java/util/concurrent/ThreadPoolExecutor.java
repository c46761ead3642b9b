package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pool of worker threads fed by a queue, with the JDK's policy: below the core size each task
 * starts a worker; at the core size tasks are queued; when the queue refuses one, workers up to
 * the maximum size start; beyond that the rejection handler decides. Workers above the core size
 * (or all, with allowCoreThreadTimeOut) end after keepAlive idle time. State lives under one lock.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TERMINATED = 3;

    private final BlockingQueue<Runnable> workQueue;
    private final ReentrantLock mainLock = new ReentrantLock();
    private final Condition termination = mainLock.newCondition();
    private final HashSet<Worker> workers = new HashSet<>();
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;
    private volatile int state = RUNNING;
    private int largestPoolSize;
    private long completedTaskCount;

    public ThreadPoolExecutor(
            int corePoolSize,
            int maximumPoolSize,
            long keepAliveTime,
            TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(
                corePoolSize,
                maximumPoolSize,
                keepAliveTime,
                unit,
                workQueue,
                Executors.defaultThreadFactory(),
                new AbortPolicy());
    }

    public ThreadPoolExecutor(
            int corePoolSize,
            int maximumPoolSize,
            long keepAliveTime,
            TimeUnit unit,
            BlockingQueue<Runnable> workQueue,
            ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, new AbortPolicy());
    }

    public ThreadPoolExecutor(
            int corePoolSize,
            int maximumPoolSize,
            long keepAliveTime,
            TimeUnit unit,
            BlockingQueue<Runnable> workQueue,
            RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler);
    }

    public ThreadPoolExecutor(
            int corePoolSize,
            int maximumPoolSize,
            long keepAliveTime,
            TimeUnit unit,
            BlockingQueue<Runnable> workQueue,
            ThreadFactory threadFactory,
            RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    /** A worker thread's loop: its first task, then tasks from the queue until getTask says stop. */
    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        boolean busy;
        long completed;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = threadFactory.newThread(this);
        }

        @Override
        public void run() {
            runWorker(this);
        }
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        boolean rejected;
        mainLock.lock();
        try {
            rejected = state != RUNNING;
            if (!rejected) {
                if (workers.size() < corePoolSize) {
                    rejected = !addWorker(command);
                } else if (workQueue.offer(command)) {
                    if (workers.isEmpty()) {
                        addWorker(null);
                    }
                } else if (workers.size() < maximumPoolSize) {
                    rejected = !addWorker(command);
                } else {
                    rejected = true;
                }
            }
        } finally {
            mainLock.unlock();
        }
        if (rejected) {
            reject(command);
        }
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    /** Starts a worker (caller holds mainLock); false if the factory gave no thread. */
    private boolean addWorker(Runnable firstTask) {
        Worker w = new Worker(firstTask);
        if (w.thread == null) {
            return false;
        }
        workers.add(w);
        largestPoolSize = Math.max(largestPoolSize, workers.size());
        w.thread.start();
        return true;
    }

    private void runWorker(Worker w) {
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean abrupt = true;
        try {
            while (task != null || (task = getTask(w)) != null) {
                mainLock.lock();
                try {
                    w.busy = true;
                    if (state >= STOP) {
                        w.thread.interrupt();
                    } else {
                        Thread.interrupted();
                    }
                } finally {
                    mainLock.unlock();
                }
                try {
                    beforeExecute(w.thread, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    mainLock.lock();
                    try {
                        w.busy = false;
                        w.completed++;
                    } finally {
                        mainLock.unlock();
                    }
                }
            }
            abrupt = false;
        } finally {
            workerExit(w, abrupt);
        }
    }

    /** The next task for a worker, or null when it should end. */
    private Runnable getTask(Worker w) {
        boolean timedOut = false;
        while (true) {
            boolean timed;
            mainLock.lock();
            try {
                if (state >= STOP || (state == SHUTDOWN && workQueue.isEmpty())) {
                    return null;
                }
                int wc = workers.size();
                timed = allowCoreThreadTimeOut || wc > corePoolSize;
                if ((wc > maximumPoolSize || (timed && timedOut)) && (wc > 1 || workQueue.isEmpty())) {
                    return null;
                }
            } finally {
                mainLock.unlock();
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private void workerExit(Worker w, boolean abrupt) {
        boolean replace;
        mainLock.lock();
        try {
            completedTaskCount += w.completed;
            workers.remove(w);
            int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
            if (min == 0 && !workQueue.isEmpty()) {
                min = 1;
            }
            replace = state < STOP && (abrupt || workers.size() < min) && (state == RUNNING || !workQueue.isEmpty());
            if (replace) {
                addWorker(null);
            }
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    /** Terminates once shut down with no worker and nothing queued (ScheduledThreadPoolExecutor calls it too). */
    final void tryTerminate() {
        boolean now = false;
        mainLock.lock();
        try {
            if (state != TERMINATED
                    && workers.isEmpty()
                    && (state == STOP || (state == SHUTDOWN && workQueue.isEmpty()))) {
                state = TERMINATED;
                now = true;
                termination.signalAll();
            }
        } finally {
            mainLock.unlock();
        }
        if (now) {
            terminated();
        }
    }

    private void interruptWorkers(boolean idleOnly) {
        for (Worker w : workers) {
            if (!idleOnly || !w.busy) {
                w.thread.interrupt();
            }
        }
    }

    @Override
    public void shutdown() {
        mainLock.lock();
        try {
            if (state == RUNNING) {
                state = SHUTDOWN;
            }
            interruptWorkers(true);
            onShutdown();
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> tasks = new ArrayList<>();
        mainLock.lock();
        try {
            if (state < STOP) {
                state = STOP;
            }
            interruptWorkers(false);
            drainQueue(tasks);
        } finally {
            mainLock.unlock();
        }
        tryTerminate();
        return tasks;
    }

    /**
     * The JDK's drainQueue: drainTo, then whatever it left (a DelayQueue drains only expired
     * elements), so that shutdownNow returns every queued task.
     */
    private void drainQueue(List<Runnable> tasks) {
        workQueue.drainTo(tasks);
        if (!workQueue.isEmpty()) {
            for (Object r : workQueue.toArray()) {
                if (workQueue.remove(r)) {
                    tasks.add((Runnable) r);
                }
            }
        }
    }

    /** Called by shutdown under the main lock, after the state change: ScheduledThreadPoolExecutor's hook. */
    void onShutdown() {}

    /** Whether shutdownNow has run. */
    final boolean isStopped() {
        return state >= STOP;
    }

    /**
     * Starts a worker for a task just queued, as the JDK's ensurePrestart: one more while below
     * the core size, or the first when there is none (core size 0).
     */
    final void ensurePrestart() {
        mainLock.lock();
        try {
            if (state >= STOP || (state == SHUTDOWN && workQueue.isEmpty())) {
                return;
            }
            int wc = workers.size();
            if (wc < corePoolSize || wc == 0) {
                addWorker(null);
            }
        } finally {
            mainLock.unlock();
        }
    }

    @Override
    public boolean isShutdown() {
        return state != RUNNING;
    }

    public boolean isTerminating() {
        int s = state;
        return s != RUNNING && s != TERMINATED;
    }

    @Override
    public boolean isTerminated() {
        return state == TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        mainLock.lock();
        try {
            while (state != TERMINATED) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = termination.awaitNanos(nanos);
            }
            return true;
        } finally {
            mainLock.unlock();
        }
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        this.corePoolSize = corePoolSize;
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        mainLock.lock();
        try {
            return state == RUNNING && workers.size() < corePoolSize && addWorker(null);
        } finally {
            mainLock.unlock();
        }
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (prestartCoreThread()) {
            ++n;
        }
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        allowCoreThreadTimeOut = value;
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        this.maximumPoolSize = maximumPoolSize;
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        keepAliveTime = unit.toNanos(time);
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public int getPoolSize() {
        mainLock.lock();
        try {
            return state == TERMINATED ? 0 : workers.size();
        } finally {
            mainLock.unlock();
        }
    }

    public int getActiveCount() {
        mainLock.lock();
        try {
            int n = 0;
            for (Worker w : workers) {
                if (w.busy) {
                    n++;
                }
            }
            return n;
        } finally {
            mainLock.unlock();
        }
    }

    public int getLargestPoolSize() {
        mainLock.lock();
        try {
            return largestPoolSize;
        } finally {
            mainLock.unlock();
        }
    }

    public long getCompletedTaskCount() {
        mainLock.lock();
        try {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completed;
            }
            return n;
        } finally {
            mainLock.unlock();
        }
    }

    public long getTaskCount() {
        mainLock.lock();
        try {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completed + (w.busy ? 1 : 0);
            }
            return n + workQueue.size();
        } finally {
            mainLock.unlock();
        }
    }

    @Override
    public String toString() {
        long completed;
        int active;
        int pool;
        String runState;
        mainLock.lock();
        try {
            completed = completedTaskCount;
            active = 0;
            for (Worker w : workers) {
                completed += w.completed;
                if (w.busy) {
                    active++;
                }
            }
            pool = workers.size();
            runState = state == RUNNING ? "Running" : state == TERMINATED ? "Terminated" : "Shutting down";
        } finally {
            mainLock.unlock();
        }
        return super.toString() + "[" + runState + ", pool size = " + pool + ", active threads = " + active
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + completed + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {}

    protected void afterExecute(Runnable r, Throwable t) {}

    protected void terminated() {}

    /** Runs the rejected task in the caller's thread, unless the pool is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException (the default). */
    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Drops the rejected task. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    /** Drops the oldest queued task and tries again, unless the pool is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {}

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
