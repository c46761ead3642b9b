package java.util;

/** A double-ended queue; also usable as a LIFO stack through {@code push}/{@code pop}. */
public interface Deque<E> extends Queue<E>, SequencedCollection<E> {
    @Override
    void addFirst(E e);

    @Override
    void addLast(E e);

    boolean offerFirst(E e);

    boolean offerLast(E e);

    @Override
    E removeFirst();

    @Override
    E removeLast();

    E pollFirst();

    E pollLast();

    @Override
    E getFirst();

    @Override
    E getLast();

    E peekFirst();

    E peekLast();

    boolean removeFirstOccurrence(Object o);

    boolean removeLastOccurrence(Object o);

    void push(E e);

    E pop();

    Iterator<E> descendingIterator();

    /** A live view in the opposite order (JDK 21): its first element is this deque's last. */
    @Override
    default Deque<E> reversed() {
        return ReverseOrderDequeView.of(this);
    }
}
