package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * Atomic updates of a {@code volatile int} field, as the JDK's. The JDK finds the field by
 * reflection and updates it through {@code Unsafe}; a closed world has neither, so the linker folds
 * each {@code newUpdater(C.class, "f")} whose arguments are constants (the usual
 * {@code static final} idiom) into an instance of a subclass it generates in C's package
 * ({@code ukl.linker.FieldUpdaterFolding}): its {@code get}, {@code set}, {@code compareAndSet},
 * {@code getAndSet} and {@code getAndAdd} family read and write {@code C.f} directly. The JDK's
 * errors (no such field, the wrong type, not volatile, static, inaccessible to the caller) are
 * decided at link time and thrown where {@code newUpdater} was called, as the JDK throws them; a
 * call with non-constant arguments fails the link as other reflection does, so this class's own
 * {@link #newUpdater} body is never run in an image.
 *
 * <p>Atomicity: an image runs green threads on one vCPU, preempted only at safepoints (method
 * entries and loop back-edges; DESIGN.md, "threads"). A generated method reads, compares and writes
 * the field with no call and no loop in between, so no other thread runs between the read and the
 * write: {@code compareAndSet} is atomic without a compare-and-swap instruction, as the package's
 * other atomics are. The loops below (the JDK's defaults, for subclasses of one's own) retry
 * {@code compareAndSet} after calling out, exactly as in the JDK. Several vCPUs would need the
 * translator's compare-and-swap in the generated methods.
 */
public abstract class AtomicIntegerFieldUpdater<T> {
    /**
     * In an image the linker replaces every call with constant arguments; one it cannot replace
     * is a link error, so this body runs only if the class library is used without the linker.
     */
    public static <U> AtomicIntegerFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        throw new UnsupportedOperationException(
                "AtomicIntegerFieldUpdater.newUpdater needs constant arguments, which ukl's linker folds");
    }

    protected AtomicIntegerFieldUpdater() {}

    public abstract boolean compareAndSet(T obj, int expect, int update);

    public abstract boolean weakCompareAndSet(T obj, int expect, int update);

    public abstract void set(T obj, int newValue);

    public abstract void lazySet(T obj, int newValue);

    public abstract int get(T obj);

    public int getAndSet(T obj, int newValue) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public int getAndIncrement(T obj) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + 1));
        return prev;
    }

    public int getAndDecrement(T obj) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev - 1));
        return prev;
    }

    public int getAndAdd(T obj, int delta) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    public int incrementAndGet(T obj) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = prev + 1;
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public int decrementAndGet(T obj) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = prev - 1;
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public int addAndGet(T obj, int delta) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = prev + delta;
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final int getAndUpdate(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int updateAndGet(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final int getAndAccumulate(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int accumulateAndGet(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }
}
