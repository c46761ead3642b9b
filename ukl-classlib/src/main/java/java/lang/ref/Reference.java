package java.lang.ref;

/**
 * The base of the reference objects. The collector owns {@link #referent} and
 * {@link #discovered}: they are the first fields, at the offsets of {@code ukl_reference}
 * (ukl_object.h), and the class's GC map leaves them out, so the referent alone does not keep its
 * object alive.
 */
public abstract class Reference<T> {
    private T referent;
    /** The collector's link (its discovered and pending lists); Java code never reads it. */
    @SuppressWarnings("unused")
    private Reference<?> discovered;
    /** The queue to receive this reference; {@link ReferenceQueue#ENQUEUED} once it has, null after or if none. */
    ReferenceQueue<? super T> queue;
    /** The next reference in the queue holding this one (the last links to itself). */
    Reference<?> next;

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** The referent, or null once this reference was cleared. */
    public T get() {
        return referent;
    }

    /** Whether the referent is {@code obj} (a cleared reference refers to null). */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Clears the referent; the reference is not enqueued. */
    public void clear() {
        referent = null;
    }

    /** Whether this reference is in its queue: added, by the collector or {@link #enqueue()}, and not yet removed. */
    /* Deprecated since JDK 16 (no annotation: the class library references no annotation type). */
    public boolean isEnqueued() {
        ReferenceQueue.takePendingReferences();
        return queue == ReferenceQueue.ENQUEUED;
    }

    /** Clears this reference and adds it to its queue; false if it has none or was added before. */
    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    /** Reference objects cannot be cloned (the JDK's rule, so that the collector sees each once). */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /**
     * Keeps {@code ref} strongly reachable up to this call. The collector scans the stack
     * conservatively, and a local passed here is live at the call, so the call itself suffices.
     */
    public static void reachabilityFence(Object ref) {}

    /** The next reference the collector cleared that its queue has not yet received, or null. */
    static native Reference<?> takePending();
}
