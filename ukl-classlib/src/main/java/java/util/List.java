package java.util;

import java.util.function.UnaryOperator;

public interface List<E> extends SequencedCollection<E> {
    E get(int index);

    E set(int index, E element);

    void add(int index, E element);

    E remove(int index);

    int indexOf(Object o);

    int lastIndexOf(Object o);

    boolean addAll(int index, Collection<? extends E> c);

    List<E> subList(int fromIndex, int toIndex);

    /**
     * Abstract in the JDK; a default here so that the library's lists not built on AbstractList
     * have one too (over their positional operations).
     */
    default ListIterator<E> listIterator() {
        return listIterator(0);
    }

    default ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
        return new ListIndexIterator<>(this, index);
    }

    @SuppressWarnings("unchecked")
    default void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator<Object>) c);
        for (int i = 0; i < a.length; i++) {
            set(i, (E) a[i]);
        }
    }

    default void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        for (int i = 0; i < size(); i++) {
            set(i, operator.apply(get(i)));
        }
    }

    /** A live view in the opposite order (JDK 21); changes through either show in the other. */
    @Override
    default List<E> reversed() {
        return ReverseOrderListView.of(this, true);
    }

    @Override
    default E getFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(0);
    }

    @Override
    default E getLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return get(size() - 1);
    }

    @Override
    default void addFirst(E e) {
        add(0, e);
    }

    @Override
    default void addLast(E e) {
        add(e);
    }

    @Override
    default E removeFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(0);
    }

    @Override
    default E removeLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return remove(size() - 1);
    }

    @SuppressWarnings({"unchecked", "varargs"})
    static <E> List<E> of(E... elements) {
        return ImmutableList.copyOf(elements);
    }

    static <E> List<E> of() {
        return ImmutableList.copyOf(new Object[0]);
    }

    static <E> List<E> of(E e1) {
        return ImmutableList.copyOf(new Object[] {e1});
    }

    static <E> List<E> of(E e1, E e2) {
        return ImmutableList.copyOf(new Object[] {e1, e2});
    }

    static <E> List<E> of(E e1, E e2, E e3) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5, e6});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5, e6, e7});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableList.copyOf(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
    }

    static <E> List<E> copyOf(Collection<? extends E> coll) {
        return ImmutableList.copyOf(coll.toArray());
    }
}
