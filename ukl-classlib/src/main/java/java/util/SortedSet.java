package java.util;

/** A set ordered by its elements' natural order or a comparator. */
public interface SortedSet<E> extends Set<E> {
    Comparator<? super E> comparator();

    SortedSet<E> subSet(E fromElement, E toElement);

    SortedSet<E> headSet(E toElement);

    SortedSet<E> tailSet(E fromElement);

    E first();

    E last();

    default E getFirst() {
        return first();
    }

    default E getLast() {
        return last();
    }
}
