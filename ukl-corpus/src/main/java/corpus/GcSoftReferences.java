package corpus;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

/**
 * java.lang.ref.SoftReference: a soft referent survives a collection while memory is plentiful,
 * and is cleared before the heap runs out ("all soft references to softly-reachable objects are
 * guaranteed to have been cleared before the virtual machine throws an OutOfMemoryError"). The
 * live set that fills the heap lives in a method the error unwinds. Runs with a heap of at most
 * 64 MiB.
 */
public final class GcSoftReferences {
    private GcSoftReferences() {}

    private static int chunks;

    private static void fill() {
        List<long[]> hog = new ArrayList<>();
        while (chunks < 1 << 20) {
            hog.add(new long[8192]);
            chunks++;
        }
    }

    public static void main(String[] args) {
        SoftReference<long[]> soft = new SoftReference<>(new long[1 << 17]);
        soft.get()[0] = 7;
        System.gc();
        System.out.println("after System.gc(): " + (soft.get() == null ? "cleared" : "kept " + soft.get()[0]));
        try {
            fill();
            System.out.println("the heap never filled");
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getClass().getName() + (chunks > 100 ? " after many chunks" : ""));
        }
        System.out.println("after the heap ran out: " + (soft.get() == null ? "cleared" : "kept"));
        SoftReference<String> fresh = new SoftReference<>(new String("again"));
        System.out.println("a new one: " + fresh.get());
    }
}
