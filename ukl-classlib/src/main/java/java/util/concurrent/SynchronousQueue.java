package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A queue without capacity: each put waits for a take and each take for a put. One hand-off slot
 * under a lock: a producer fills it and waits until a consumer has emptied it (counted by
 * {@code takes}); a non-blocking offer succeeds only when a consumer is already waiting, a
 * non-blocking poll only when a producer is. Always empty to everything else, as the JDK's.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private final ReentrantLock lock;
    private final Condition slotFree;
    private final Condition filled;
    private final Condition emptied;
    private E slot;
    private long takes;
    private int waitingConsumers;

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        lock = new ReentrantLock(fair);
        slotFree = lock.newCondition();
        filled = lock.newCondition();
        emptied = lock.newCondition();
    }

    /** Hands {@code e} over; waits at most {@code nanos} (forever when negative); false on timeout. */
    private boolean transfer(E e, boolean mustFindConsumer, long nanos) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        boolean timed = nanos >= 0L;
        lock.lockInterruptibly();
        try {
            if (mustFindConsumer && (slot != null || waitingConsumers == 0)) {
                return false;
            }
            while (slot != null) {
                if (timed && nanos <= 0L) {
                    return false;
                }
                nanos = timed ? slotFree.awaitNanos(nanos) : await(slotFree);
            }
            slot = e;
            long ticket = takes;
            filled.signal();
            try {
                while (takes == ticket) {
                    if (mustFindConsumer) {
                        return true; // a waiting consumer takes it
                    }
                    if (timed && nanos <= 0L) {
                        slot = null;
                        slotFree.signal();
                        return false;
                    }
                    nanos = timed ? emptied.awaitNanos(nanos) : await(emptied);
                }
            } catch (InterruptedException ie) {
                if (takes == ticket) {
                    slot = null;
                    slotFree.signal();
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static long await(Condition c) throws InterruptedException {
        c.await();
        return -1L;
    }

    /** Receives an element; waits at most {@code nanos} (forever when negative); null on timeout. */
    private E receive(boolean mustFindProducer, long nanos) throws InterruptedException {
        boolean timed = nanos >= 0L;
        lock.lockInterruptibly();
        try {
            waitingConsumers++;
            try {
                while (slot == null) {
                    if (mustFindProducer || (timed && nanos <= 0L)) {
                        return null;
                    }
                    nanos = timed ? filled.awaitNanos(nanos) : await(filled);
                }
            } finally {
                waitingConsumers--;
            }
            E e = slot;
            slot = null;
            takes++;
            emptied.signalAll();
            slotFree.signal();
            return e;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        transfer(e, false, -1L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transfer(e, false, Math.max(0L, unit.toNanos(timeout)));
    }

    @Override
    public boolean offer(E e) {
        try {
            return transfer(e, true, 0L);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public E take() throws InterruptedException {
        return receive(false, -1L);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return receive(false, Math.max(0L, unit.toNanos(timeout)));
    }

    @Override
    public E poll() {
        try {
            return receive(true, 0L);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public void clear() {}

    @Override
    public Iterator<E> iterator() {
        return new java.util.ArrayList<E>(0).iterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    @Override
    public String toString() {
        return "[]";
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
