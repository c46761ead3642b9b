package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's framework for blocking synchronizers, with its API but not its lock-free queue: an
 * int state that subclasses interpret in {@code tryAcquire}/{@code tryRelease} (exclusive) and
 * {@code tryAcquireShared}/{@code tryReleaseShared} (shared), and a FIFO of parked threads.
 *
 * <p>The queue and the attempts made by queued threads happen under this object's monitor; a
 * thread parks outside it. A newcomer tries once before queueing (barging, as in the JDK: fair
 * subclasses refuse in {@code tryAcquire} when {@link #hasQueuedPredecessors}); a queued thread
 * tries only when it is at the head. A release wakes the head; a shared acquire that succeeds
 * wakes the next shared waiter, so that a latch or a semaphore releases every thread it can.
 * No wake-up is lost: a release changes the state before it looks at the queue under the
 * monitor, and a thread queues under the monitor only after failing against the state.
 */
public abstract class AbstractQueuedSynchronizer extends AbstractOwnableSynchronizer {
    private volatile int state;
    private Node head;
    private Node tail;

    /** A queued thread. */
    private static final class Node {
        final Thread thread;
        final boolean shared;
        Node prev;
        Node next;

        Node(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    protected AbstractQueuedSynchronizer() {}

    protected final int getState() {
        return state;
    }

    protected final void setState(int newState) {
        state = newState;
    }

    protected final synchronized boolean compareAndSetState(int expect, int update) {
        if (state != expect) {
            return false;
        }
        state = update;
        return true;
    }

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    // ---- the queue (callers hold the monitor)

    private Node enqueue(Thread t, boolean shared) {
        Node n = new Node(t, shared);
        n.prev = tail;
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        return n;
    }

    private void unlink(Node n) {
        if (n.prev == null) {
            head = n.next;
        } else {
            n.prev.next = n.next;
        }
        if (n.next == null) {
            tail = n.prev;
        } else {
            n.next.prev = n.prev;
        }
        n.prev = null;
        n.next = null;
    }

    /** Leaves the queue after a timeout or an interrupt; passes a wake-up on if this was the head. */
    private void cancel(Node n) {
        Thread next = null;
        synchronized (this) {
            boolean wasHead = head == n;
            unlink(n);
            if (wasHead && head != null) {
                next = head.thread;
            }
        }
        if (next != null) {
            LockSupport.unpark(next);
        }
    }

    private void signalHead() {
        Thread t;
        synchronized (this) {
            t = head == null ? null : head.thread;
        }
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * The one acquire loop: try, queue, park, and try again at the head. Returns false on timeout;
     * an interrupt throws when interruptible and is otherwise kept for the caller.
     */
    private boolean acquire(int arg, boolean shared, boolean interruptible, boolean timed, long nanos)
            throws InterruptedException {
        Thread current = Thread.currentThread();
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        Node node = null;
        boolean interrupted = false;
        try {
            while (true) {
                boolean acquired = false;
                Thread wake = null;
                synchronized (this) {
                    if (node == null || head == node) {
                        acquired = shared ? tryAcquireShared(arg) >= 0 : tryAcquire(arg);
                        if (acquired) {
                            if (node != null) {
                                unlink(node);
                            }
                            if (shared && head != null && head.shared) {
                                wake = head.thread;
                            }
                        } else if (node == null) {
                            node = enqueue(current, shared);
                            continue;
                        }
                    }
                }
                if (acquired) {
                    if (wake != null) {
                        LockSupport.unpark(wake);
                    }
                    return true;
                }
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        cancel(node);
                        return false;
                    }
                    LockSupport.parkNanos(this, remaining);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (interruptible) {
                        cancel(node);
                        throw new InterruptedException();
                    }
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                current.interrupt();
            }
        }
    }

    private boolean acquireUninterruptibly(int arg, boolean shared) {
        try {
            return acquire(arg, shared, false, false, 0L);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e); // not interruptible: cannot happen
        }
    }

    public final void acquire(int arg) {
        acquireUninterruptibly(arg, false);
    }

    public final void acquireInterruptibly(int arg) throws InterruptedException {
        acquire(arg, false, true, false, 0L);
    }

    public final boolean tryAcquireNanos(int arg, long nanosTimeout) throws InterruptedException {
        return acquire(arg, false, true, true, nanosTimeout);
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            signalHead();
            return true;
        }
        return false;
    }

    public final void acquireShared(int arg) {
        acquireUninterruptibly(arg, true);
    }

    public final void acquireSharedInterruptibly(int arg) throws InterruptedException {
        acquire(arg, true, true, false, 0L);
    }

    public final boolean tryAcquireSharedNanos(int arg, long nanosTimeout) throws InterruptedException {
        return acquire(arg, true, true, true, nanosTimeout);
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            signalHead();
            return true;
        }
        return false;
    }

    // ---- queue inspection

    public final synchronized boolean hasQueuedThreads() {
        return head != null;
    }

    public final synchronized boolean hasContended() {
        return head != null;
    }

    public final synchronized Thread getFirstQueuedThread() {
        return head == null ? null : head.thread;
    }

    public final synchronized boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        for (Node n = head; n != null; n = n.next) {
            if (n.thread == thread) {
                return true;
            }
        }
        return false;
    }

    /** Whether a thread other than the caller waits ahead of it: the test of fair synchronizers. */
    public final synchronized boolean hasQueuedPredecessors() {
        return head != null && head.thread != Thread.currentThread();
    }

    /** Whether the first queued thread waits for exclusive access (readers then yield to it). */
    final synchronized boolean firstQueuedIsExclusive() {
        return head != null && !head.shared;
    }

    public final synchronized int getQueueLength() {
        int n = 0;
        for (Node p = head; p != null; p = p.next) {
            n++;
        }
        return n;
    }

    public final synchronized Collection<Thread> getQueuedThreads() {
        ArrayList<Thread> list = new ArrayList<>();
        for (Node p = head; p != null; p = p.next) {
            list.add(p.thread);
        }
        return list;
    }

    @Override
    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "") + "empty queue]";
    }

    public final boolean owns(ConditionObject condition) {
        return condition.owner() == this;
    }

    /** A condition of an exclusive synchronizer: its own FIFO of waiters, guarded by the synchronizer's monitor. */
    public class ConditionObject implements Condition, java.io.Serializable {
        private Waiter first;
        private Waiter last;

        public ConditionObject() {}

        AbstractQueuedSynchronizer owner() {
            return AbstractQueuedSynchronizer.this;
        }

        /** Queues the caller and releases the synchronizer completely; returns the state to restore. */
        private int enter(Waiter w) {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                if (last == null) {
                    first = w;
                } else {
                    last.next = w;
                }
                last = w;
            }
            int saved = getState();
            if (!release(saved)) {
                throw new IllegalMonitorStateException();
            }
            return saved;
        }

        /** Leaves the wait queue if still there; false when a signal came first. */
        private boolean leave(Waiter w) {
            synchronized (AbstractQueuedSynchronizer.this) {
                if (w.signalled) {
                    return false;
                }
                Waiter prev = null;
                for (Waiter p = first; p != null; prev = p, p = p.next) {
                    if (p == w) {
                        if (prev == null) {
                            first = p.next;
                        } else {
                            prev.next = p.next;
                        }
                        if (last == p) {
                            last = prev;
                        }
                        break;
                    }
                }
                w.signalled = true;
                return true;
            }
        }

        private boolean signalled(Waiter w) {
            synchronized (AbstractQueuedSynchronizer.this) {
                return w.signalled;
            }
        }

        @Override
        public final void await() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Waiter w = new Waiter();
            int saved = enter(w);
            boolean interrupted = false;
            while (!signalled(w)) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    interrupted = true;
                    break;
                }
            }
            boolean beforeSignal = interrupted && leave(w);
            acquireUninterruptibly(saved, false);
            if (beforeSignal) {
                Thread.interrupted();
                throw new InterruptedException();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public final void awaitUninterruptibly() {
            Waiter w = new Waiter();
            int saved = enter(w);
            boolean interrupted = false;
            while (!signalled(w)) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
            acquireUninterruptibly(saved, false);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Waiter w = new Waiter();
            int saved = enter(w);
            long deadline = System.nanoTime() + nanosTimeout;
            boolean interrupted = false;
            boolean timedOut = false;
            while (!signalled(w)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0L) {
                    timedOut = leave(w);
                    break;
                }
                LockSupport.parkNanos(this, remaining);
                if (Thread.interrupted()) {
                    interrupted = true;
                    break;
                }
            }
            boolean beforeSignal = interrupted && leave(w);
            acquireUninterruptibly(saved, false);
            if (beforeSignal) {
                Thread.interrupted();
                throw new InterruptedException();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            long remaining = deadline - System.nanoTime();
            return timedOut && remaining > 0L ? 0L : remaining;
        }

        @Override
        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            return awaitNanos(unit.toNanos(time)) > 0L;
        }

        @Override
        public final void signal() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Thread t = null;
            synchronized (AbstractQueuedSynchronizer.this) {
                Waiter w = first;
                if (w != null) {
                    first = w.next;
                    if (first == null) {
                        last = null;
                    }
                    w.signalled = true;
                    t = w.thread;
                }
            }
            if (t != null) {
                LockSupport.unpark(t);
            }
        }

        @Override
        public final void signalAll() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w;
            synchronized (AbstractQueuedSynchronizer.this) {
                w = first;
                first = null;
                last = null;
                for (Waiter p = w; p != null; p = p.next) {
                    p.signalled = true;
                }
            }
            for (; w != null; w = w.next) {
                LockSupport.unpark(w.thread);
            }
        }

        protected final boolean hasWaiters() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                return first != null;
            }
        }

        protected final int getWaitQueueLength() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                int n = 0;
                for (Waiter p = first; p != null; p = p.next) {
                    n++;
                }
                return n;
            }
        }
    }

    /** A thread waiting on a condition. */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        Waiter next;
        boolean signalled;
    }
}
