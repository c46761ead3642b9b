package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The blocking queues' common part, as the JDK builds ArrayBlockingQueue: one lock, a "not
 * empty" and a "not full" condition, over a plain queue ({@code ArrayDeque} for the FIFO queues,
 * {@code PriorityQueue} for the priority ones, so that toString and iteration order are the
 * JDK's). Iterators walk a snapshot taken under the lock and never throw
 * ConcurrentModificationException; their {@code remove} removes that element from the queue.
 */
abstract class LockedQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    final ReentrantLock lock;
    final Condition notEmpty;
    final Condition notFull;
    final int capacity;
    final Queue<E> items;

    LockedQueue(Queue<E> items, int capacity, boolean fair) {
        this.items = items;
        this.capacity = capacity;
        lock = new ReentrantLock(fair);
        notEmpty = lock.newCondition();
        notFull = lock.newCondition();
    }

    /** Adds under the lock when there is room; {@code first} puts it at the front (deques only). */
    boolean insert(E e, boolean first) {
        if (items.size() >= capacity) {
            return false;
        }
        if (first) {
            ((java.util.Deque<E>) items).addFirst(e);
        } else {
            items.add(e);
        }
        notEmpty.signal();
        return true;
    }

    /** Removes under the lock from the front (or the back, deques only); null when empty. */
    E extract(boolean first) {
        E e = first ? items.poll() : ((java.util.Deque<E>) items).pollLast();
        if (e != null) {
            notFull.signal();
        }
        return e;
    }

    final boolean offer(E e, boolean first) {
        if (e == null) {
            throw new NullPointerException();
        }
        lock.lock();
        try {
            return insert(e, first);
        } finally {
            lock.unlock();
        }
    }

    final void put(E e, boolean first) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        lock.lockInterruptibly();
        try {
            while (!insert(e, first)) {
                notFull.await();
            }
        } finally {
            lock.unlock();
        }
    }

    final boolean offer(E e, boolean first, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (!insert(e, first)) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    final E poll(boolean first) {
        lock.lock();
        try {
            return extract(first);
        } finally {
            lock.unlock();
        }
    }

    final E take(boolean first) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            E e;
            while ((e = extract(first)) == null) {
                notEmpty.await();
            }
            return e;
        } finally {
            lock.unlock();
        }
    }

    final E poll(boolean first, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            E e;
            while ((e = extract(first)) == null) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return e;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean offer(E e) {
        return offer(e, false);
    }

    @Override
    public void put(E e) throws InterruptedException {
        put(e, false);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offer(e, false, timeout, unit);
    }

    @Override
    public E poll() {
        return poll(true);
    }

    @Override
    public E take() throws InterruptedException {
        return take(true);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(true, timeout, unit);
    }

    @Override
    public E peek() {
        lock.lock();
        try {
            return items.peek();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int remainingCapacity() {
        lock.lock();
        try {
            return capacity - items.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            boolean removed = items.remove(o);
            if (removed) {
                notFull.signal();
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        lock.lock();
        try {
            return items.contains(o);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object[] toArray() {
        lock.lock();
        try {
            return items.toArray();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T[] toArray(T[] a) {
        lock.lock();
        try {
            return items.toArray(a);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return items.toString();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            items.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
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
        if (maxElements <= 0) {
            return 0;
        }
        lock.lock();
        try {
            int n = 0;
            E e;
            while (n < maxElements && (e = items.poll()) != null) {
                c.add(e);
                n++;
            }
            if (n > 0) {
                notFull.signalAll();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot(toArray(), false);
    }

    /** Walks a copy of the elements; {@code remove} takes the returned element out of the queue. */
    final class Snapshot implements Iterator<E> {
        private final Object[] elements;
        private final boolean descending;
        private int cursor;
        private Object last;

        Snapshot(Object[] elements, boolean descending) {
            this.elements = elements;
            this.descending = descending;
        }

        @Override
        public boolean hasNext() {
            return cursor < elements.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= elements.length) {
                throw new NoSuchElementException();
            }
            int i = descending ? elements.length - 1 - cursor : cursor;
            cursor++;
            last = elements[i];
            return (E) last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            lock.lock();
            try {
                for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
                    if (it.next() == last) {
                        it.remove();
                        notFull.signal();
                        break;
                    }
                }
            } finally {
                lock.unlock();
            }
            last = null;
        }
    }
}
