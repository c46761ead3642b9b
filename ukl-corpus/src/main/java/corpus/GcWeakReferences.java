package corpus;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * java.lang.ref: a weak reference is cleared and queued once only it reaches its referent and a
 * collection runs; one whose referent is still strongly held is not; enqueue() and clear() by
 * hand; a phantom reference never returns its referent and is queued too. The referents to drop
 * are made in a method that returns, and one more after them, since the image scans the stack and
 * registers conservatively and a stale copy of the last referent made may stay there;
 * System.gc() runs until each reference is cleared, which HotSpot does at the first one, and the
 * program prints only the outcome.
 */
public final class GcWeakReferences {
    private GcWeakReferences() {}

    private static WeakReference<Object> weakToGarbage(ReferenceQueue<Object> q, int i) {
        return new WeakReference<>(new StringBuilder("garbage").append(i), q);
    }

    private static PhantomReference<Object> phantomToGarbage(ReferenceQueue<Object> q) {
        return new PhantomReference<>(new int[64], q);
    }

    /** Collects, with some allocation between, until r is cleared; at most 20 times. */
    private static boolean collectUntilCleared(Reference<?> r) {
        for (int i = 0; i < 20; i++) {
            System.gc();
            if (r.refersTo(null)) {
                return true;
            }
            churn();
        }
        return false;
    }

    private static int churn() {
        int sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += new int[16].length;
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        Object strong = new StringBuilder("kept");
        WeakReference<Object> kept = new WeakReference<>(strong, q);
        List<WeakReference<Object>> dropped = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dropped.add(weakToGarbage(q, i));
        }
        weakToGarbage(null, -1); // the last one made: a stale copy of its referent may stay in a register
        System.out.println("before: one refers to null " + dropped.get(0).refersTo(null));
        int cleared = 0;
        for (WeakReference<Object> d : dropped) {
            cleared += collectUntilCleared(d) && d.get() == null ? 1 : 0;
        }
        System.out.println("cleared " + cleared + " of " + dropped.size());
        System.out.println("kept.get() " + kept.get() + " same " + (kept.get() == strong));
        int queued = 0;
        for (int i = 0; i < dropped.size(); i++) {
            Reference<?> r = q.remove(5000);
            queued += r != null && dropped.contains(r) ? 1 : 0;
        }
        System.out.println("queued " + queued + ", then poll: " + q.poll());

        WeakReference<Object> manual = new WeakReference<>(strong, q);
        System.out.println("enqueue " + manual.enqueue() + ", again " + manual.enqueue() + ", get " + manual.get());
        System.out.println("poll is it: " + (q.poll() == manual) + ", then " + q.poll());
        System.out.println("enqueue after removal " + manual.enqueue());

        WeakReference<Object> byHand = new WeakReference<>(strong, q);
        byHand.clear();
        System.gc();
        System.out.println("clear() does not queue: " + q.poll() + ", refersTo(null) " + byHand.refersTo(null));

        WeakReference<Object> unqueued = new WeakReference<>(new StringBuilder("no queue"));
        System.out.println("without a queue: enqueue " + unqueued.enqueue() + ", get " + unqueued.get());

        PhantomReference<Object> phantom = phantomToGarbage(q);
        phantomToGarbage(null); // as above
        System.out.println("phantom.get() " + phantom.get() + ", refersTo(null) " + phantom.refersTo(null));
        System.out.println("phantom cleared: " + collectUntilCleared(phantom));
        System.out.println("phantom queued: " + (q.remove(5000) == phantom));

        System.out.println("remove(10) on an empty queue: " + q.remove(10));
        try {
            q.remove(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("remove(-1): " + e.getMessage());
        }
        Reference.reachabilityFence(strong);
    }
}
