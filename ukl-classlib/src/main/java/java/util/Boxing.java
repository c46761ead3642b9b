package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Primitive consumers that box into an object consumer: what {@code (IntConsumer) action::accept}
 * is in the JDK's primitive iterators and spliterators (the class library has no lambdas).
 */
final class Boxing {
    private Boxing() {}

    static IntConsumer ofInt(Consumer<? super Integer> action) {
        return new IntConsumer() {
            @Override
            public void accept(int value) {
                action.accept(value);
            }
        };
    }

    static LongConsumer ofLong(Consumer<? super Long> action) {
        return new LongConsumer() {
            @Override
            public void accept(long value) {
                action.accept(value);
            }
        };
    }

    static DoubleConsumer ofDouble(Consumer<? super Double> action) {
        return new DoubleConsumer() {
            @Override
            public void accept(double value) {
                action.accept(value);
            }
        };
    }
}
