package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A bounded FIFO blocking queue with a fixed capacity, optionally fair to waiting threads. */
public class ArrayBlockingQueue<E> extends LockedQueue<E> {
    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(new ArrayDeque<E>(checked(capacity)), capacity, fair);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (!offer(e)) {
                throw new IllegalArgumentException();
            }
        }
    }

    private static int checked(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }
}
