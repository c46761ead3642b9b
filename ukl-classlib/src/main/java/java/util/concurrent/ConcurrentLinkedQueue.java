package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;

/** An unbounded thread-safe FIFO queue refusing null elements; a ConcurrentLinkedDeque used at its ends. */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    private final ConcurrentLinkedDeque<E> deque;

    public ConcurrentLinkedQueue() {
        deque = new ConcurrentLinkedDeque<E>();
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        deque = new ConcurrentLinkedDeque<E>(c);
    }

    @Override
    public boolean add(E e) {
        return deque.offerLast(e);
    }

    @Override
    public boolean offer(E e) {
        return deque.offerLast(e);
    }

    @Override
    public E poll() {
        return deque.pollFirst();
    }

    @Override
    public E peek() {
        return deque.peekFirst();
    }

    @Override
    public boolean isEmpty() {
        return deque.isEmpty();
    }

    @Override
    public int size() {
        return deque.size();
    }

    @Override
    public boolean contains(Object o) {
        return deque.contains(o);
    }

    @Override
    public boolean remove(Object o) {
        return o != null && deque.removeFirstOccurrence(o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        return deque.addAll(c);
    }

    @Override
    public void clear() {
        deque.clear();
    }

    @Override
    public Object[] toArray() {
        return deque.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return deque.toArray(a);
    }

    @Override
    public String toString() {
        return deque.toString();
    }

    @Override
    public Iterator<E> iterator() {
        return deque.iterator();
    }
}
