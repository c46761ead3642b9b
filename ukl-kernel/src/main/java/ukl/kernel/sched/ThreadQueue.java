package ukl.kernel.sched;

/**
 * A FIFO of threads linked through {@link KThread#next} (run queues) or {@link KThread#nextWaiter}
 * (the monitors' queue: a waiter an interrupt makes runnable is in both until it dequeues itself).
 */
final class ThreadQueue {
    private final boolean waiters;
    private KThread head;
    private KThread tail;
    private int size;

    /** A queue through {@link KThread#nextWaiter} when {@code waiters}, else through {@link KThread#next}. */
    ThreadQueue(boolean waiters) {
        this.waiters = waiters;
    }

    private KThread next(KThread t) {
        return waiters ? t.nextWaiter : t.next;
    }

    private void link(KThread t, KThread next) {
        if (waiters) {
            t.nextWaiter = next;
        } else {
            t.next = next;
        }
    }

    void add(KThread t) {
        link(t, null);
        if (tail == null) {
            head = t;
        } else {
            link(tail, t);
        }
        tail = t;
        size++;
    }

    /** The first thread, removed, or {@code null}. */
    KThread poll() {
        KThread t = head;
        if (t != null) {
            head = next(t);
            if (head == null) {
                tail = null;
            }
            link(t, null);
            size--;
        }
        return t;
    }

    /** Removes {@code t} if it is queued here; whether it was. */
    boolean remove(KThread t) {
        KThread prev = null;
        for (KThread q = head; q != null; prev = q, q = next(q)) {
            if (q == t) {
                if (prev == null) {
                    head = next(q);
                } else {
                    link(prev, next(q));
                }
                if (tail == q) {
                    tail = prev;
                }
                link(q, null);
                size--;
                return true;
            }
        }
        return false;
    }

    /** The first thread waiting on {@code monitor} as {@code kind} ({@link Monitors}), removed, or {@code null}. */
    KThread take(Object monitor, int kind) {
        for (KThread q = head; q != null; q = next(q)) {
            if (q.monitor == monitor && q.waitKind == kind) {
                remove(q);
                return q;
            }
        }
        return null;
    }

    boolean contains(Object monitor, int kind) {
        for (KThread q = head; q != null; q = next(q)) {
            if (q.monitor == monitor && q.waitKind == kind) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return head == null;
    }

    int size() {
        return size;
    }
}
