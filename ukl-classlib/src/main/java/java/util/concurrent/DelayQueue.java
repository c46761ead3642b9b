package java.util.concurrent;

import java.util.Collection;
import java.util.PriorityQueue;

/**
 * An unbounded blocking queue of {@link Delayed} elements, as the JDK's: a priority heap (so
 * toString and iteration show the JDK's heap order) from which only an element whose delay has
 * run out can be taken. One waiting thread, the leader, waits for the head's delay; the others
 * wait until signalled, so that a new head or a taken one wakes exactly one waiter.
 */
public class DelayQueue<E extends Delayed> extends LockedQueue<E> {
    /** The thread waiting for the head's delay, or null. */
    private Thread leader;

    public DelayQueue() {
        super(new PriorityQueue<E>(), Integer.MAX_VALUE, false);
    }

    public DelayQueue(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** Adds under the lock; a new head voids the leader's wait and wakes one waiter to look again. */
    @Override
    boolean insert(E e, boolean first) {
        items.add(e);
        if (items.peek() == e) {
            leader = null;
            notEmpty.signal();
        }
        return true;
    }

    /** The head under the lock if its delay has run out, else null. */
    @Override
    E extract(boolean first) {
        E head = items.peek();
        return head == null || head.getDelay(TimeUnit.NANOSECONDS) > 0 ? null : items.poll();
    }

    // The JDK's DelayQueue declares these with E, which erases to Delayed: programs compiled
    // against it call add(Delayed), poll()Delayed and so on, which must be declared here too.

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        return offer(e, false);
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    @Override
    public E poll() {
        return poll(true);
    }

    @Override
    public E peek() {
        return super.peek();
    }

    @Override
    public E remove() {
        return super.remove();
    }

    @Override
    public E take() throws InterruptedException {
        return awaitExpired(false, 0L);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return awaitExpired(true, unit.toNanos(timeout));
    }

    /** Waits for an expired head (at most {@code nanos} when {@code timed}); null on timeout. */
    private E awaitExpired(boolean timed, long nanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            for (; ; ) {
                E head = items.peek();
                if (head == null) {
                    if (!timed) {
                        notEmpty.await();
                        continue;
                    }
                    if (nanos <= 0L) {
                        return null;
                    }
                    nanos = notEmpty.awaitNanos(nanos);
                    continue;
                }
                long delay = head.getDelay(TimeUnit.NANOSECONDS);
                if (delay <= 0L) {
                    return items.poll();
                }
                if (timed && nanos <= 0L) {
                    return null;
                }
                head = null; // not kept while waiting: another thread may take it
                if (leader != null || (timed && nanos < delay)) {
                    if (timed) {
                        nanos = notEmpty.awaitNanos(nanos);
                    } else {
                        notEmpty.await();
                    }
                } else {
                    Thread me = Thread.currentThread();
                    leader = me;
                    try {
                        long left = notEmpty.awaitNanos(delay);
                        nanos -= delay - left;
                    } finally {
                        if (leader == me) {
                            leader = null;
                        }
                    }
                }
            }
        } finally {
            if (leader == null && items.peek() != null) {
                notEmpty.signal();
            }
            lock.unlock();
        }
    }

    /** Moves the expired elements only, as the JDK's. */
    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        lock.lock();
        try {
            int n = 0;
            E e;
            while (n < maxElements && (e = extract(true)) != null) {
                c.add(e);
                n++;
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }
}
