package java.util;

/** A set with a defined encounter order (JDK 21): its reversed view is a set too. */
public interface SequencedSet<E> extends SequencedCollection<E>, Set<E> {
    @Override
    SequencedSet<E> reversed();
}
