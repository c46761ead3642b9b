package java.util.stream;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A mutable reduction: a container made, fed each element, and finished into the result. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();

    Set<Characteristics> characteristics();

    static <T, R> Collector<T, R, R> of(
            Supplier<R> supplier,
            BiConsumer<R, T> accumulator,
            BinaryOperator<R> combiner,
            Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> set = characteristicSet(characteristics);
        set.add(Characteristics.IDENTITY_FINISH);
        return new Collectors.Impl<>(supplier, accumulator, combiner, null, Collections.unmodifiableSet(set));
    }

    static <T, A, R> Collector<T, A, R> of(
            Supplier<A> supplier,
            BiConsumer<A, T> accumulator,
            BinaryOperator<A> combiner,
            Function<A, R> finisher,
            Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Objects.requireNonNull(characteristics);
        return new Collectors.Impl<>(
                supplier,
                accumulator,
                combiner,
                finisher,
                Collections.unmodifiableSet(characteristicSet(characteristics)));
    }

    private static Set<Characteristics> characteristicSet(Characteristics... characteristics) {
        Set<Characteristics> set = new HashSet<>();
        for (Characteristics c : characteristics) {
            set.add(Objects.requireNonNull(c));
        }
        return set;
    }

    enum Characteristics {
        CONCURRENT,
        UNORDERED,
        IDENTITY_FINISH
    }
}
