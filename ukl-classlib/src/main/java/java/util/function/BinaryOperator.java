package java.util.function;

import java.util.Comparator;

public interface BinaryOperator<T> extends BiFunction<T, T, T> {
    /** The lesser of two by {@code comparator}; the first when they compare equal. */
    static <T> BinaryOperator<T> minBy(Comparator<? super T> comparator) {
        java.util.Objects.requireNonNull(comparator);
        return new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) <= 0 ? a : b;
            }
        };
    }

    /** The greater of two by {@code comparator}; the first when they compare equal. */
    static <T> BinaryOperator<T> maxBy(Comparator<? super T> comparator) {
        java.util.Objects.requireNonNull(comparator);
        return new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) >= 0 ? a : b;
            }
        };
    }
}
