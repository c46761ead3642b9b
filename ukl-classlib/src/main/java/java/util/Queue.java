package java.util;

/**
 * A collection that holds elements before processing. Each operation comes in two forms: one
 * that throws when it cannot act ({@code add}, {@code remove}, {@code element}) and one that
 * returns a special value ({@code offer}, {@code poll}, {@code peek}), as in the JDK.
 */
public interface Queue<E> extends Collection<E> {
    @Override
    boolean add(E e);

    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}
