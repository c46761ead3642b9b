package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** An optionally bounded FIFO blocking queue (unbounded means Integer.MAX_VALUE, as in the JDK). */
public class LinkedBlockingQueue<E> extends LockedQueue<E> {
    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        super(new ArrayDeque<E>(), checked(capacity), false);
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (!offer(e)) {
                throw new IllegalStateException("Queue full");
            }
        }
    }

    static int checked(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }
}
