package java.lang.ref;

/**
 * The queue that receives reference objects once the collector clears them (or their
 * {@link Reference#enqueue()} is called). The collector cannot run Java code, so it leaves the
 * references it cleared on its pending list; every operation here first moves them to their
 * queues ({@link #takePendingReferences()}), and a waiting {@link #remove(long)} looks again every
 * {@link #SLICE_MILLIS} ms, since no thread is told when a collection ends.
 */
public class ReferenceQueue<T> {
    /** The state of a reference in a queue, in place of a queue to go to. */
    static final ReferenceQueue<Object> ENQUEUED = new ReferenceQueue<>();

    static final long SLICE_MILLIS = 10;

    private final Object lock = new Object();
    private Reference<? extends T> head;

    public ReferenceQueue() {}

    /** Moves every reference the collector cleared to its queue. */
    static void takePendingReferences() {
        for (Reference<?> r = Reference.takePending(); r != null; r = Reference.takePending()) {
            ReferenceQueue<?> q = r.queue;
            if (q != null && q != ENQUEUED) {
                q.add(r);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Reference<?> r) {
        enqueue((Reference<? extends T>) r);
    }

    boolean enqueue(Reference<? extends T> r) {
        synchronized (lock) {
            if (r.queue != this || this == ENQUEUED) {
                return false; // added before, or registered elsewhere
            }
            r.queue = ENQUEUED;
            r.next = head == null ? r : head;
            head = r;
            lock.notifyAll();
            return true;
        }
    }

    private Reference<? extends T> take() {
        Reference<? extends T> r = head;
        if (r != null) {
            @SuppressWarnings("unchecked")
            Reference<? extends T> next = (Reference<? extends T>) r.next;
            head = next == r ? null : next;
            r.next = r; // JDK: a removed reference links to itself
            r.queue = null;
        }
        return r;
    }

    /** The next reference in the queue, removed, or null at once if there is none. */
    public Reference<? extends T> poll() {
        takePendingReferences();
        synchronized (lock) {
            return take();
        }
    }

    /** Waits for and removes the next reference in the queue; null if none came within the timeout (0: no timeout). */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        long deadline = timeout == 0 || timeout > Long.MAX_VALUE / 4_000_000L
                ? Long.MAX_VALUE
                : System.nanoTime() + timeout * 1_000_000L;
        for (; ; ) {
            takePendingReferences();
            synchronized (lock) {
                Reference<? extends T> r = take();
                if (r != null) {
                    return r;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                lock.wait(Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000L)));
            }
        }
    }

    /** Waits for and removes the next reference in the queue. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
