package java.util;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Comparison; the combinators return small named classes (the class library has no lambdas). */
public interface Comparator<T> {
    int compare(T a, T b);

    default Comparator<T> reversed() {
        return new Comparators.Reversed<>(this);
    }

    default Comparator<T> thenComparing(Comparator<? super T> other) {
        return new Comparators.Then<>(this, Objects.requireNonNull(other));
    }

    default <U extends Comparable<? super U>> Comparator<T> thenComparing(
            Function<? super T, ? extends U> keyExtractor) {
        return thenComparing(comparing(keyExtractor));
    }

    default <U> Comparator<T> thenComparing(
            Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {
        return thenComparing(comparing(keyExtractor, keyComparator));
    }

    default Comparator<T> thenComparingInt(ToIntFunction<? super T> keyExtractor) {
        return thenComparing(comparingInt(keyExtractor));
    }

    default Comparator<T> thenComparingLong(ToLongFunction<? super T> keyExtractor) {
        return thenComparing(comparingLong(keyExtractor));
    }

    default Comparator<T> thenComparingDouble(ToDoubleFunction<? super T> keyExtractor) {
        return thenComparing(comparingDouble(keyExtractor));
    }

    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (Comparator<T>) Comparators.Natural.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparators.ReverseNatural.INSTANCE;
    }

    static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {
        return new Comparators.Nulls<>(true, comparator);
    }

    static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {
        return new Comparators.Nulls<>(false, comparator);
    }

    static <T, U> Comparator<T> comparing(
            Function<? super T, ? extends U> keyExtractor, Comparator<? super U> keyComparator) {
        return new Comparators.ByKey<>(Objects.requireNonNull(keyExtractor), Objects.requireNonNull(keyComparator));
    }

    static <T, U extends Comparable<? super U>> Comparator<T> comparing(Function<? super T, ? extends U> keyExtractor) {
        return new Comparators.ByKey<T, U>(Objects.requireNonNull(keyExtractor), naturalOrder());
    }

    static <T> Comparator<T> comparingInt(ToIntFunction<? super T> keyExtractor) {
        return new Comparators.ByInt<>(Objects.requireNonNull(keyExtractor));
    }

    static <T> Comparator<T> comparingLong(ToLongFunction<? super T> keyExtractor) {
        return new Comparators.ByLong<>(Objects.requireNonNull(keyExtractor));
    }

    static <T> Comparator<T> comparingDouble(ToDoubleFunction<? super T> keyExtractor) {
        return new Comparators.ByDouble<>(Objects.requireNonNull(keyExtractor));
    }
}
