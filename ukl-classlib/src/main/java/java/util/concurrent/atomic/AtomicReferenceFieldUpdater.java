package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Atomic updates of a {@code volatile} reference field, as the JDK's; folded by the linker and
 * atomic on one vCPU exactly as {@link AtomicIntegerFieldUpdater} describes. The generated
 * subclass also checks each new value against the field's class, as the JDK's does, and throws a
 * {@code ClassCastException} for a value of another class.
 */
public abstract class AtomicReferenceFieldUpdater<T, V> {
    /**
     * In an image the linker replaces every call with constant arguments; one it cannot replace
     * is a link error, so this body runs only if the class library is used without the linker.
     */
    public static <U, W> AtomicReferenceFieldUpdater<U, W> newUpdater(
            Class<U> tclass, Class<W> vclass, String fieldName) {
        throw new UnsupportedOperationException(
                "AtomicReferenceFieldUpdater.newUpdater needs constant arguments, which ukl's linker folds");
    }

    protected AtomicReferenceFieldUpdater() {}

    public abstract boolean compareAndSet(T obj, V expect, V update);

    public abstract boolean weakCompareAndSet(T obj, V expect, V update);

    public abstract void set(T obj, V newValue);

    public abstract void lazySet(T obj, V newValue);

    public abstract V get(T obj);

    public V getAndSet(T obj, V newValue) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public final V getAndUpdate(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V updateAndGet(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final V getAndAccumulate(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V accumulateAndGet(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }
}
