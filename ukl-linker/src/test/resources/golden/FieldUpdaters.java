package golden;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/** Field updaters with constant arguments, folded at link time; a refused field and a non-constant name stay visible. */
public class FieldUpdaters {
    private volatile int count;
    volatile long total;
    private volatile String label;
    int plain;

    static final AtomicIntegerFieldUpdater<FieldUpdaters> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(FieldUpdaters.class, "count");
    static final AtomicLongFieldUpdater<FieldUpdaters> TOTAL =
            AtomicLongFieldUpdater.newUpdater(FieldUpdaters.class, "total");
    static final AtomicReferenceFieldUpdater<FieldUpdaters, String> LABEL =
            AtomicReferenceFieldUpdater.newUpdater(FieldUpdaters.class, String.class, "label");

    static Object notVolatile() {
        return AtomicIntegerFieldUpdater.newUpdater(FieldUpdaters.class, "plain");
    }

    static Object notConstant(String name) {
        return AtomicIntegerFieldUpdater.newUpdater(FieldUpdaters.class, name);
    }
}
