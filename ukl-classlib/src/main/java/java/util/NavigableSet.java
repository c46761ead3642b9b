package java.util;

/** A sorted set with closest-match queries and range views. */
public interface NavigableSet<E> extends SortedSet<E> {
    E lower(E e);

    E floor(E e);

    E ceiling(E e);

    E higher(E e);

    E pollFirst();

    E pollLast();

    @Override
    Iterator<E> iterator();

    NavigableSet<E> descendingSet();

    Iterator<E> descendingIterator();

    NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

    NavigableSet<E> headSet(E toElement, boolean inclusive);

    NavigableSet<E> tailSet(E fromElement, boolean inclusive);

    @Override
    SortedSet<E> subSet(E fromElement, E toElement);

    @Override
    SortedSet<E> headSet(E toElement);

    @Override
    SortedSet<E> tailSet(E fromElement);

    @Override
    default E removeFirst() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return pollFirst();
    }

    @Override
    default E removeLast() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return pollLast();
    }

    /** The descending set (JDK 21). */
    @Override
    default NavigableSet<E> reversed() {
        return descendingSet();
    }
}
