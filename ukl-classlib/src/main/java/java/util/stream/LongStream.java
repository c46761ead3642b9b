package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** A sequence of {@code long} values with the JDK's operations; see the package for how it runs. */
public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    DoubleStream asDoubleStream();

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    LongStream mapMulti(LongMapMultiConsumer mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    LongStream takeWhile(LongPredicate predicate);

    LongStream dropWhile(LongPredicate predicate);

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    Stream<Long> boxed();

    @Override
    LongStream sequential();

    @Override
    LongStream parallel();

    @Override
    PrimitiveIterator.OfLong iterator();

    @Override
    Spliterator.OfLong spliterator();

    static Builder builder() {
        return new LongPipeline.ArrayBuilder();
    }

    static LongStream empty() {
        return LongPipeline.of(new long[0], 0, 0);
    }

    static LongStream of(long t) {
        return LongPipeline.of(new long[] {t}, 0, 1);
    }

    static LongStream of(long... values) {
        return LongPipeline.of(values, 0, values.length);
    }

    static LongStream iterate(long seed, LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return iterate0(seed, null, f);
    }

    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return iterate0(seed, hasNext, next);
    }

    /** The next value is computed only when asked for; no predicate means no end. */
    private static LongStream iterate0(long seed, LongPredicate hasNext, LongUnaryOperator step) {
        return LongPipeline.unsized(new LongPipeline.Ahead() {
            private boolean started;
            private long v;

            @Override
            boolean advance() {
                long candidate = started ? step.applyAsLong(v) : seed;
                started = true;
                v = candidate;
                if (hasNext != null && !hasNext.test(candidate)) {
                    return false;
                }
                this.next = candidate;
                return true;
            }
        });
    }

    static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return LongPipeline.unsized(new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public long nextLong() {
                return s.getAsLong();
            }
        });
    }

    static LongStream concat(LongStream a, LongStream b) {
        return LongPipeline.concat(a, b);
    }

    static LongStream range(long startInclusive, long endExclusive) {
        return startInclusive >= endExclusive ? empty() : rangeClosed(startInclusive, endExclusive - 1);
    }

    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        long size = (long) endInclusive - startInclusive + 1;
        LongPipeline range =
                new LongPipeline(new Pipeline.Source(null, size < 0 ? -1 : size), new PrimitiveIterator.OfLong() {
                    private long nextValue = startInclusive;
                    private boolean done;

                    @Override
                    public boolean hasNext() {
                        return !done;
                    }

                    @Override
                    public long nextLong() {
                        if (done) {
                            throw new java.util.NoSuchElementException();
                        }
                        long v = nextValue;
                        if (v == endInclusive) {
                            done = true;
                        } else {
                            nextValue++;
                        }
                        return v;
                    }
                });
        // ranges are SORTED spliterators in the JDK
        range.sorted = true;
        return range;
    }

    interface Builder extends LongConsumer {
        @Override
        void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }

    interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }
}
