package java.util;

import java.io.Serializable;

/**
 * A deque in a circular array whose length is a power of two, so a logical index maps to a slot
 * with one mask. Nulls are refused (they mark "empty" for {@code poll}/{@code peek}), as in the
 * JDK. Removal from the middle shifts the shorter side.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, Serializable {
    private Object[] elements;
    private int head;
    private int size;

    public ArrayDeque() {
        elements = new Object[16];
    }

    public ArrayDeque(int numElements) {
        int capacity = 8;
        while (capacity < numElements && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        elements = new Object[capacity];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        // the array already fits c: fill it directly, not through the overridable addLast
        for (E e : c) {
            elements[size++] = Objects.requireNonNull(e);
        }
    }

    private int slot(int index) {
        return (head + index) & (elements.length - 1);
    }

    @SuppressWarnings("unchecked")
    private E at(int index) {
        return (E) elements[slot(index)];
    }

    private void growIfFull() {
        if (size < elements.length) {
            return;
        }
        Object[] grown = new Object[elements.length << 1];
        int front = elements.length - head;
        System.arraycopy(elements, head, grown, 0, front);
        System.arraycopy(elements, 0, grown, front, head);
        elements = grown;
        head = 0;
    }

    @Override
    public void addFirst(E e) {
        Objects.requireNonNull(e);
        growIfFull();
        head = (head - 1) & (elements.length - 1);
        elements[head] = e;
        size++;
    }

    @Override
    public void addLast(E e) {
        Objects.requireNonNull(e);
        growIfFull();
        elements[slot(size)] = e;
        size++;
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
    public E pollFirst() {
        if (size == 0) {
            return null;
        }
        E e = at(0);
        elements[head] = null;
        head = (head + 1) & (elements.length - 1);
        size--;
        return e;
    }

    @Override
    public E pollLast() {
        if (size == 0) {
            return null;
        }
        int last = slot(size - 1);
        @SuppressWarnings("unchecked")
        E e = (E) elements[last];
        elements[last] = null;
        size--;
        return e;
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
    public E getFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return at(0);
    }

    @Override
    public E getLast() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return at(size - 1);
    }

    @Override
    public E peekFirst() {
        return size == 0 ? null : at(0);
    }

    @Override
    public E peekLast() {
        return size == 0 ? null : at(size - 1);
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical {@code index}, moving whichever side of it is shorter. */
    private void delete(int index) {
        if (index < size - 1 - index) {
            for (int i = index; i > 0; i--) {
                elements[slot(i)] = elements[slot(i - 1)];
            }
            elements[head] = null;
            head = (head + 1) & (elements.length - 1);
        } else {
            for (int i = index; i < size - 1; i++) {
                elements[slot(i)] = elements[slot(i + 1)];
            }
            elements[slot(size - 1)] = null;
        }
        size--;
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(at(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            elements[slot(i)] = null;
        }
        head = 0;
        size = 0;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = elements[slot(i)];
        }
        return out;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new Itr(true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> copy = (ArrayDeque<E>) super.clone();
            copy.elements = elements.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /**
     * Walks logical indices. Removing the last returned element keeps the logical index of every
     * element before it (whichever side {@code delete} moved), so the cursor just steps back over
     * the gap when walking forwards.
     */
    private final class Itr implements Iterator<E> {
        private final boolean descending;
        private int cursor;
        private int lastReturned = -1;

        Itr(boolean descending) {
            this.descending = descending;
            this.cursor = descending ? size - 1 : 0;
        }

        @Override
        public boolean hasNext() {
            return descending ? cursor >= 0 : cursor < size;
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = cursor;
            cursor += descending ? -1 : 1;
            return at(lastReturned);
        }

        @Override
        public void remove() {
            if (lastReturned < 0) {
                throw new IllegalStateException();
            }
            delete(lastReturned);
            if (!descending) {
                cursor = lastReturned;
            }
            lastReturned = -1;
        }
    }
}
