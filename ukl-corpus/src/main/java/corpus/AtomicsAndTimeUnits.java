package corpus;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Atomic variables and TimeUnit conversions (truncating and saturating), in one thread. The
 * update functions are classes, not lambdas: the translator's host harness does not lower
 * invokedynamic (the linker does, for images).
 */
public final class AtomicsAndTimeUnits {
    private AtomicsAndTimeUnits() {}

    static final IntUnaryOperator DOUBLE = new IntUnaryOperator() {
        @Override
        public int applyAsInt(int x) {
            return x * 2;
        }
    };
    static final IntBinaryOperator MAX = new IntBinaryOperator() {
        @Override
        public int applyAsInt(int a, int b) {
            return Math.max(a, b);
        }
    };
    static final IntBinaryOperator MIN = new IntBinaryOperator() {
        @Override
        public int applyAsInt(int a, int b) {
            return Math.min(a, b);
        }
    };
    static final UnaryOperator<String> BANG = new UnaryOperator<String>() {
        @Override
        public String apply(String s) {
            return s + "!";
        }
    };
    static final BinaryOperator<String> CONCAT = new BinaryOperator<String>() {
        @Override
        public String apply(String a, String b) {
            return a.concat(b);
        }
    };
    static final LongBinaryOperator SUM = new LongBinaryOperator() {
        @Override
        public long applyAsLong(long a, long b) {
            return a + b;
        }
    };
    static final LongBinaryOperator LONG_MAX = new LongBinaryOperator() {
        @Override
        public long applyAsLong(long a, long b) {
            return Math.max(a, b);
        }
    };

    public static void main(String[] args) {
        AtomicInteger i = new AtomicInteger(5);
        System.out.println(i.getAndIncrement() + " " + i.incrementAndGet() + " " + i.addAndGet(-10) + " "
                + i.compareAndSet(-3, 40) + " " + i.compareAndSet(0, 1) + " " + i);
        System.out.println(i.updateAndGet(DOUBLE) + " " + i.getAndAccumulate(3, MAX) + " "
                + i.accumulateAndGet(100, MIN) + " " + i.getAndSet(Integer.MAX_VALUE) + " "
                + i.incrementAndGet() + " " + i.doubleValue());
        AtomicLong l = new AtomicLong(Long.MAX_VALUE);
        System.out.println(
                l.incrementAndGet() + " " + l.getAndAdd(5) + " " + l.compareAndExchange(7, 1) + " " + l.longValue());
        AtomicBoolean b = new AtomicBoolean();
        System.out.println(b.compareAndSet(false, true) + " " + b.getAndSet(false) + " " + b);
        AtomicReference<String> r = new AtomicReference<>("x");
        String same = r.get();
        System.out.println(r.compareAndSet(same, "y") + " " + r.compareAndSet(new String("y"), "z") + " "
                + r.getAndUpdate(BANG) + " " + r.accumulateAndGet("?", CONCAT) + " " + r);
        AtomicIntegerArray ia = new AtomicIntegerArray(new int[] {1, 2, 3});
        ia.addAndGet(1, 40);
        ia.getAndDecrement(2);
        System.out.println(ia + " " + ia.length() + " " + ia.compareAndSet(0, 1, 9) + " " + ia.get(0));
        try {
            ia.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        AtomicLongArray la = new AtomicLongArray(2);
        la.incrementAndGet(0);
        la.accumulateAndGet(1, 7L, SUM);
        System.out.println(la);
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"p", null});
        ra.set(1, "q");
        System.out.println(ra + " " + ra.getAndSet(0, "P"));
        LongAdder adder = new LongAdder();
        for (int k = 1; k <= 100; k++) {
            adder.add(k);
        }
        adder.decrement();
        System.out.println(adder + " " + adder.sumThenReset() + " " + adder.sum());
        LongAccumulator max = new LongAccumulator(LONG_MAX, Long.MIN_VALUE);
        for (long v : new long[] {3, -9, 42, 17}) {
            max.accumulate(v);
        }
        System.out.println(max + " " + max.getThenReset() + " " + max.get());

        long[] values = {0, 1, -1, 1_500, -1_500, 59_999, 86_400_000L, Long.MAX_VALUE, Long.MIN_VALUE, 106_752L};
        for (TimeUnit to : TimeUnit.values()) {
            StringBuilder line = new StringBuilder(to.name()).append(':');
            for (TimeUnit from : TimeUnit.values()) {
                for (long v : values) {
                    line.append(' ').append(to.convert(v, from));
                }
            }
            System.out.println(line);
        }
        System.out.println(TimeUnit.DAYS.toNanos(106_751) + " " + TimeUnit.DAYS.toNanos(106_752) + " "
                + TimeUnit.HOURS.toMinutes(-3) + " " + TimeUnit.MILLISECONDS.toSeconds(-1_999) + " "
                + TimeUnit.valueOf("SECONDS").ordinal());
    }
}
