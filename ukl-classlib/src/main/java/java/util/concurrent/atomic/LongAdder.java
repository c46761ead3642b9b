package java.util.concurrent.atomic;

/**
 * A sum kept for many updating threads. The JDK spreads it over cells to avoid contention between
 * CPUs; on one vCPU there is none, so it is one field (see package-info).
 */
public class LongAdder extends Number implements java.io.Serializable {
    private volatile long sum;

    public LongAdder() {}

    public void add(long x) {
        sum += x;
    }

    public void increment() {
        sum++;
    }

    public void decrement() {
        sum--;
    }

    public long sum() {
        return sum;
    }

    public void reset() {
        sum = 0L;
    }

    public long sumThenReset() {
        long s = sum;
        sum = 0L;
        return s;
    }

    @Override
    public String toString() {
        return Long.toString(sum);
    }

    @Override
    public long longValue() {
        return sum;
    }

    @Override
    public int intValue() {
        return (int) sum;
    }

    @Override
    public float floatValue() {
        return (float) sum;
    }

    @Override
    public double doubleValue() {
        return (double) sum;
    }
}
