package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Streams over spliterators: how collections and other sources make their {@code stream()}. */
public final class StreamSupport {
    private StreamSupport() {}

    /** {@code parallel} only sets the flag {@code isParallel()} reports: images run streams sequentially. */
    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        Stream<T> s = RefPipeline.of(spliterator);
        return parallel ? s.parallel() : s;
    }

    public static <T> Stream<T> stream(
            Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        Spliterator<T> deferred = new Spliterator<T>() {
            private Spliterator<T> bound;

            private Spliterator<T> bound() {
                if (bound == null) {
                    bound = supplier.get();
                }
                return bound;
            }

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                return bound().tryAdvance(action);
            }

            @Override
            public Spliterator<T> trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return bound().estimateSize();
            }

            @Override
            public int characteristics() {
                return bound == null ? characteristics : bound.characteristics();
            }
        };
        return stream(deferred, parallel);
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        IntStream s = IntPipeline.of(spliterator);
        return parallel ? s.parallel() : s;
    }

    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        LongStream s = LongPipeline.of(spliterator);
        return parallel ? s.parallel() : s;
    }

    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        DoubleStream s = DoublePipeline.of(spliterator);
        return parallel ? s.parallel() : s;
    }
}
