package java.lang.ref;

/** A reference whose referent is never returned: it only tells, through its queue, that the referent is gone. */
public class PhantomReference<T> extends Reference<T> {
    public PhantomReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    /** Always null. */
    @Override
    public T get() {
        return null;
    }
}
