package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;

/** An unbounded blocking priority queue; iteration and toString show the heap's order, as the JDK's. */
public class PriorityBlockingQueue<E> extends LockedQueue<E> {
    private final Comparator<? super E> comparator;

    public PriorityBlockingQueue() {
        this(11, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(new PriorityQueue<E>(checked(initialCapacity), comparator), Integer.MAX_VALUE, false);
        this.comparator = comparator;
    }

    public PriorityBlockingQueue(Collection<? extends E> c) {
        this(11, null);
        addAll(c);
    }

    private static int checked(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        return initialCapacity;
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }
}
