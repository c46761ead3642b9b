package java.util;

/** A set ordered by its elements' natural order or a comparator. */
public interface SortedSet<E> extends Set<E>, SequencedSet<E> {
    Comparator<? super E> comparator();

    SortedSet<E> subSet(E fromElement, E toElement);

    SortedSet<E> headSet(E toElement);

    SortedSet<E> tailSet(E fromElement);

    E first();

    E last();

    /** The order is the comparator's: an element cannot be put at an end. */
    @Override
    default void addFirst(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    default void addLast(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    default E getFirst() {
        return first();
    }

    @Override
    default E getLast() {
        return last();
    }

    @Override
    default E removeFirst() {
        E e = first();
        remove(e);
        return e;
    }

    @Override
    default E removeLast() {
        E e = last();
        remove(e);
        return e;
    }

    @Override
    default SortedSet<E> reversed() {
        return ReverseOrderSortedSetView.of(this);
    }
}
