package java.util.stream;

import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** A sequence of ints with the operations {@code String.chars()} is ordinarily used with (see the package). */
public interface IntStream {
    static IntStream of(int... values) {
        return new ArrayIntStream(values.clone());
    }

    static IntStream range(int startInclusive, int endExclusive) {
        int n = Math.max(0, endExclusive - startInclusive);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = startInclusive + i;
        }
        return new ArrayIntStream(values);
    }

    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream limit(long maxSize);

    IntStream skip(long n);

    void forEach(IntConsumer action);

    int[] toArray();

    long count();

    int sum();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt max();

    OptionalInt min();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);
}
