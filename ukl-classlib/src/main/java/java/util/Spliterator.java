package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * A source of elements that streams pull from. Images run every stream sequentially, so nothing
 * here splits: {@code trySplit} may always answer null, which the JDK's contract allows.
 */
public interface Spliterator<T> {
    int DISTINCT = 0x00000001;
    int SORTED = 0x00000004;
    int ORDERED = 0x00000010;
    int SIZED = 0x00000040;
    int NONNULL = 0x00000100;
    int IMMUTABLE = 0x00000400;
    int CONCURRENT = 0x00001000;
    int SUBSIZED = 0x00004000;

    boolean tryAdvance(Consumer<? super T> action);

    default void forEachRemaining(Consumer<? super T> action) {
        while (tryAdvance(action)) {
            // each call delivers one element
        }
    }

    Spliterator<T> trySplit();

    long estimateSize();

    default long getExactSizeIfKnown() {
        return (characteristics() & SIZED) == 0 ? -1L : estimateSize();
    }

    int characteristics();

    default boolean hasCharacteristics(int characteristics) {
        return (characteristics() & characteristics) == characteristics;
    }

    default Comparator<? super T> getComparator() {
        throw new IllegalStateException();
    }

    interface OfPrimitive<T, T_CONS, T_SPLITR extends Spliterator.OfPrimitive<T, T_CONS, T_SPLITR>>
            extends Spliterator<T> {
        @Override
        T_SPLITR trySplit();

        boolean tryAdvance(T_CONS action);

        default void forEachRemaining(T_CONS action) {
            while (tryAdvance(action)) {
                // each call delivers one element
            }
        }
    }

    interface OfInt extends OfPrimitive<Integer, IntConsumer, OfInt> {
        @Override
        OfInt trySplit();

        @Override
        boolean tryAdvance(IntConsumer action);

        @Override
        default void forEachRemaining(IntConsumer action) {
            while (tryAdvance(action)) {
                // each call delivers one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Integer> action) {
            return action instanceof IntConsumer c ? tryAdvance(c) : tryAdvance(Boxing.ofInt(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Integer> action) {
            if (action instanceof IntConsumer c) {
                forEachRemaining(c);
            } else {
                forEachRemaining(Boxing.ofInt(action));
            }
        }
    }

    interface OfLong extends OfPrimitive<Long, LongConsumer, OfLong> {
        @Override
        OfLong trySplit();

        @Override
        boolean tryAdvance(LongConsumer action);

        @Override
        default void forEachRemaining(LongConsumer action) {
            while (tryAdvance(action)) {
                // each call delivers one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Long> action) {
            return action instanceof LongConsumer c ? tryAdvance(c) : tryAdvance(Boxing.ofLong(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Long> action) {
            if (action instanceof LongConsumer c) {
                forEachRemaining(c);
            } else {
                forEachRemaining(Boxing.ofLong(action));
            }
        }
    }

    interface OfDouble extends OfPrimitive<Double, DoubleConsumer, OfDouble> {
        @Override
        OfDouble trySplit();

        @Override
        boolean tryAdvance(DoubleConsumer action);

        @Override
        default void forEachRemaining(DoubleConsumer action) {
            while (tryAdvance(action)) {
                // each call delivers one element
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Double> action) {
            return action instanceof DoubleConsumer c ? tryAdvance(c) : tryAdvance(Boxing.ofDouble(action));
        }

        @Override
        default void forEachRemaining(Consumer<? super Double> action) {
            if (action instanceof DoubleConsumer c) {
                forEachRemaining(c);
            } else {
                forEachRemaining(Boxing.ofDouble(action));
            }
        }
    }
}
