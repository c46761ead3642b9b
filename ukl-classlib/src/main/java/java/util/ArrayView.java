package java.util;

import java.io.Serializable;

/** {@link Arrays#asList}: a fixed-size list that writes through to the array. */
final class ArrayView<E> extends AbstractList<E> implements RandomAccess, Serializable {
    private final E[] a;

    ArrayView(E[] array) {
        a = Objects.requireNonNull(array);
    }

    @Override
    public int size() {
        return a.length;
    }

    @Override
    public E get(int index) {
        return a[index];
    }

    @Override
    public E set(int index, E element) {
        E old = a[index];
        a[index] = element;
        return old;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[a.length];
        System.arraycopy(a, 0, out, 0, a.length);
        return out;
    }

    @Override
    public void sort(Comparator<? super E> c) {
        Arrays.sort(a, c);
    }
}
