package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;

/** A value folded with a function by many updating threads; one field here, as LongAdder. */
public class LongAccumulator extends Number implements java.io.Serializable {
    private final LongBinaryOperator function;
    private final long identity;
    private volatile long value;

    public LongAccumulator(LongBinaryOperator accumulatorFunction, long identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(long x) {
        while (true) {
            long prev = value;
            long next = function.applyAsLong(prev, x);
            if (value == prev) { // straight-line compare-and-set (package-info)
                value = next;
                return;
            }
        }
    }

    public long get() {
        return value;
    }

    public void reset() {
        value = identity;
    }

    public long getThenReset() {
        long v = value;
        value = identity;
        return v;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }
}
