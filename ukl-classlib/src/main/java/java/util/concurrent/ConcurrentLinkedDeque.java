package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unbounded thread-safe deque refusing null elements. The JDK's is lock-free; on one vCPU a
 * monitor held for a few steps does as well, so this is an ArrayDeque under a monitor. Iterators
 * walk a snapshot (weakly consistent: never ConcurrentModificationException; elements added
 * during the walk are not seen); their {@code remove} removes that element from the deque.
 */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedDeque() {}

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    private static void check(Object e) {
        if (e == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public void addFirst(E e) {
        check(e);
        synchronized (items) {
            items.addFirst(e);
        }
    }

    @Override
    public void addLast(E e) {
        check(e);
        synchronized (items) {
            items.addLast(e);
        }
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E peekFirst() {
        synchronized (items) {
            return items.peekFirst();
        }
    }

    @Override
    public E peekLast() {
        synchronized (items) {
            return items.peekLast();
        }
    }

    @Override
    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E pollFirst() {
        synchronized (items) {
            return items.pollFirst();
        }
    }

    @Override
    public E pollLast() {
        synchronized (items) {
            return items.pollLast();
        }
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    public boolean add(E e) {
        return offerLast(e);
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        check(o);
        synchronized (items) {
            return items.removeFirstOccurrence(o);
        }
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        check(o);
        synchronized (items) {
            return items.removeLastOccurrence(o);
        }
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (items) {
            return items.contains(o);
        }
    }

    @Override
    public boolean isEmpty() {
        return peekFirst() == null;
    }

    @Override
    public int size() {
        synchronized (items) {
            return items.size();
        }
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        Object[] es = c.toArray();
        for (Object e : es) {
            check(e);
        }
        synchronized (items) {
            for (E e : c) {
                items.addLast(e);
            }
        }
        return es.length > 0;
    }

    @Override
    public void clear() {
        synchronized (items) {
            items.clear();
        }
    }

    @Override
    public Object[] toArray() {
        synchronized (items) {
            return items.toArray();
        }
    }

    @Override
    public <T> T[] toArray(T[] a) {
        synchronized (items) {
            return items.toArray(a);
        }
    }

    @Override
    public String toString() {
        synchronized (items) {
            return items.toString();
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot(toArray(), false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new Snapshot(toArray(), true);
    }

    /** Walks a copy; {@code remove} removes the returned element (by identity) from the deque. */
    private final class Snapshot implements Iterator<E> {
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
            last = elements[descending ? elements.length - 1 - cursor : cursor];
            cursor++;
            return (E) last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            synchronized (items) {
                for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
                    if (it.next() == last) {
                        it.remove();
                        break;
                    }
                }
            }
            last = null;
        }
    }
}
