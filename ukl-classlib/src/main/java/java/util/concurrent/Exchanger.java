package java.util.concurrent;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A point where two threads swap objects, as the JDK's: the first to arrive waits in the slot,
 * the second takes its item and leaves its own. The JDK's arena of slots spreads contention over
 * CPUs; on one vCPU a single slot under a lock is enough. A waiter that is interrupted or times
 * out leaves the slot (InterruptedException, TimeoutException), unless a partner already took
 * its item: then the exchange happened and it returns the partner's item (with the interrupt
 * status set again).
 */
public class Exchanger<V> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition matched = lock.newCondition();
    /** The waiting party, or null. */
    private Node slot;

    /** A waiting party's item and, once a partner came, the partner's. */
    private static final class Node {
        final Object item;
        Object match;
        boolean done;

        Node(Object item) {
            this.item = item;
        }
    }

    public Exchanger() {}

    public V exchange(V x) throws InterruptedException {
        try {
            return exchange(x, false, 0L);
        } catch (TimeoutException cannot) {
            throw new IllegalStateException(cannot);
        }
    }

    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return exchange(x, true, unit.toNanos(timeout));
    }

    @SuppressWarnings("unchecked")
    private V exchange(Object x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        lock.lock();
        try {
            Node waiting = slot;
            if (waiting != null) {
                slot = null;
                waiting.match = x;
                waiting.done = true;
                matched.signalAll();
                return (V) waiting.item;
            }
            Node me = new Node(x);
            slot = me;
            try {
                while (!me.done) {
                    if (timed) {
                        if (nanos <= 0L) {
                            slot = null;
                            throw new TimeoutException();
                        }
                        nanos = matched.awaitNanos(nanos);
                    } else {
                        matched.await();
                    }
                }
            } catch (InterruptedException e) {
                if (!me.done) {
                    slot = null;
                    throw e;
                }
                Thread.currentThread().interrupt();
            }
            return (V) me.match;
        } finally {
            lock.unlock();
        }
    }
}
