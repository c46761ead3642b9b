package java.util;

import java.io.Serializable;

/** {@code List.of} and {@code List.copyOf}: unmodifiable, null-hostile, like the JDK's. */
final class ImmutableList<E> extends AbstractList<E> implements RandomAccess, Serializable {
    private final Object[] elements;

    /** A range of another immutable list (subList), which checks indexes as the JDK's SubList. */
    private final boolean range;

    private ImmutableList(Object[] elements) {
        this(elements, false);
    }

    private ImmutableList(Object[] elements, boolean range) {
        this.elements = elements;
        this.range = range;
    }

    static <E> List<E> copyOf(Object[] source) {
        Object[] copy = new Object[source.length];
        for (int i = 0; i < source.length; i++) {
            copy[i] = Objects.requireNonNull(source[i]);
        }
        return new ImmutableList<>(copy);
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        int n = elements.length;
        if (index < 0 || index >= n) {
            // the JDK's three shapes: List12 names the size, ListN indexes its array, SubList checks
            if (range) {
                Objects.checkIndex(index, n);
            } else if (n == 1 || n == 2) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + n);
            }
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + n);
        }
        return (E) elements[index];
    }

    // every mutator refuses before it looks at its arguments, as the JDK's immutable collections

    @Override
    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public E set(int index, E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super E> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(java.util.function.UnaryOperator<E> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public E removeFirst() {
        throw new UnsupportedOperationException();
    }

    @Override
    public E removeLast() {
        throw new UnsupportedOperationException();
    }

    /** Immutable too, so a copy of the range: it refuses changes before it checks their indexes. */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, elements.length);
        return new ImmutableList<>(Arrays.copyOfRange(elements, fromIndex, toIndex), true);
    }

    /** Refuses every change before looking at its arguments, as the JDK's immutable lists' view. */
    @Override
    public List<E> reversed() {
        return ReverseOrderListView.of(this, false);
    }

    /** The JDK's immutable lists word this bound without the comma AbstractList has. */
    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > elements.length) {
            throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
        }
        return super.listIterator(index);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(Objects.requireNonNull(o)) >= 0;
    }
}
