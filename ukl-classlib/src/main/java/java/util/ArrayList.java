package java.util;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A resizable array list. Growth is by half, as in the JDK, so appends are amortised O(1). */
public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, Serializable {
    private static final Object[] EMPTY = new Object[0];

    private Object[] elementData;
    private int size;

    public ArrayList() {
        elementData = EMPTY;
    }

    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        elementData = initialCapacity == 0 ? EMPTY : new Object[initialCapacity];
    }

    public ArrayList(Collection<? extends E> c) {
        elementData = c.toArray();
        size = elementData.length;
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length) {
            grow(minCapacity);
        }
    }

    public void trimToSize() {
        modCount++;
        if (size < elementData.length) {
            Object[] trimmed = new Object[size];
            System.arraycopy(elementData, 0, trimmed, 0, size);
            elementData = trimmed;
        }
    }

    private void grow(int minCapacity) {
        int old = elementData.length;
        int capacity = Math.max(minCapacity, old == 0 ? 10 : old + (old >> 1));
        Object[] grown = new Object[capacity];
        System.arraycopy(elementData, 0, grown, 0, size);
        elementData = grown;
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
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        for (int i = size - 1; i >= 0; i--) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        ArrayList<E> copy = new ArrayList<>(size);
        System.arraycopy(elementData, 0, copy.elementData, 0, size);
        copy.size = size;
        return copy;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        System.arraycopy(elementData, 0, out, 0, size);
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elementData[index];
    }

    @Override
    public E set(int index, E element) {
        E old = get(index);
        elementData[index] = element;
        return old;
    }

    @Override
    public boolean add(E e) {
        modCount++;
        if (size == elementData.length) {
            grow(size + 1);
        }
        elementData[size++] = e;
        return true;
    }

    @Override
    public void add(int index, E element) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        modCount++;
        if (size == elementData.length) {
            grow(size + 1);
        }
        System.arraycopy(elementData, index, elementData, index + 1, size - index);
        elementData[index] = element;
        size++;
    }

    @Override
    public E remove(int index) {
        E old = get(index);
        modCount++;
        System.arraycopy(elementData, index + 1, elementData, index, size - index - 1);
        elementData[--size] = null;
        return old;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    @Override
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            elementData[i] = null;
        }
        size = 0;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        ensureCapacity(size + a.length);
        System.arraycopy(a, 0, elementData, size, a.length);
        size += a.length;
        return a.length != 0;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        Object[] a = c.toArray();
        modCount++;
        ensureCapacity(size + a.length);
        System.arraycopy(elementData, index, elementData, index + a.length, size - index);
        System.arraycopy(a, 0, elementData, index, a.length);
        size += a.length;
        return a.length != 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int kept = 0;
        for (int i = 0; i < size; i++) {
            E e = (E) elementData[i];
            if (!filter.test(e)) {
                elementData[kept++] = e;
            }
        }
        boolean removed = kept != size;
        for (int i = kept; i < size; i++) {
            elementData[i] = null;
        }
        if (removed) {
            modCount++;
        }
        size = kept;
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, true));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, false));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (int i = 0; i < size && modCount == expected; i++) {
            action.accept((E) elementData[i]);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int expected = modCount;
        Arrays.sort((E[]) elementData, 0, size, c);
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
        modCount++;
    }

    /** Whether an element is (or is not) in a collection, for removeAll and retainAll. */
    private static final class Membership implements Predicate<Object> {
        private final Collection<?> c;
        private final boolean member;

        Membership(Collection<?> c, boolean member) {
            this.c = c;
            this.member = member;
        }

        @Override
        public boolean test(Object o) {
            return c.contains(o) == member;
        }
    }
}
