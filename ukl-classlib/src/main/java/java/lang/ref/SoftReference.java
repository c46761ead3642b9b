package java.lang.ref;

/**
 * A reference the collector clears only when memory runs out: the collection the allocator runs
 * as its last resort, just before it would throw {@link OutOfMemoryError}, treats soft referents
 * as unreachable (the guarantee of the JDK's class documentation); any other collection keeps
 * them, which is what HotSpot does while the heap has room.
 */
public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent, null);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
