package java.util;

import java.io.Serializable;

/** {@code List.of} and {@code List.copyOf}: unmodifiable, null-hostile, like the JDK's. */
final class ImmutableList<E> extends AbstractList<E> implements RandomAccess, Serializable {
    private final Object[] elements;

    private ImmutableList(Object[] elements) {
        this.elements = elements;
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
        Objects.checkIndex(index, elements.length);
        return (E) elements[index];
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

    @Override
    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
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
    public void sort(Comparator<? super E> c) {
        throw new UnsupportedOperationException();
    }
}
