package java.util;

/**
 * A collection with a defined encounter order, both ends of which can be reached (JDK 21). The
 * defaults are the JDK's: the ends through {@link #iterator()} and {@link #reversed()}'s
 * iterator, and adding at an end unsupported unless an implementation says otherwise.
 */
public interface SequencedCollection<E> extends Collection<E> {
    /** A view in the opposite order; changes through either show in the other. */
    SequencedCollection<E> reversed();

    default void addFirst(E e) {
        throw new UnsupportedOperationException();
    }

    default void addLast(E e) {
        throw new UnsupportedOperationException();
    }

    /** The first element; NoSuchElementException when empty (from the iterator, as the JDK's). */
    default E getFirst() {
        return iterator().next();
    }

    default E getLast() {
        return reversed().iterator().next();
    }

    default E removeFirst() {
        Iterator<E> it = iterator();
        E e = it.next();
        it.remove();
        return e;
    }

    default E removeLast() {
        Iterator<E> it = reversed().iterator();
        E e = it.next();
        it.remove();
        return e;
    }
}
