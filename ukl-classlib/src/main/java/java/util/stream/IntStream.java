package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** A sequence of {@code int} values with the JDK's operations; see the package for how it runs. */
public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    IntStream mapMulti(IntMapMultiConsumer mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream takeWhile(IntPredicate predicate);

    IntStream dropWhile(IntPredicate predicate);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    Stream<Integer> boxed();

    @Override
    IntStream sequential();

    @Override
    IntStream parallel();

    @Override
    PrimitiveIterator.OfInt iterator();

    @Override
    Spliterator.OfInt spliterator();

    static Builder builder() {
        return new IntPipeline.ArrayBuilder();
    }

    static IntStream empty() {
        return IntPipeline.of(new int[0], 0, 0);
    }

    static IntStream of(int t) {
        return IntPipeline.of(new int[] {t}, 0, 1);
    }

    static IntStream of(int... values) {
        return IntPipeline.of(values, 0, values.length);
    }

    static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return iterate0(seed, null, f);
    }

    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return iterate0(seed, hasNext, next);
    }

    /** The next value is computed only when asked for; no predicate means no end. */
    private static IntStream iterate0(int seed, IntPredicate hasNext, IntUnaryOperator step) {
        return IntPipeline.unsized(new IntPipeline.Ahead() {
            private boolean started;
            private int v;

            @Override
            boolean advance() {
                int candidate = started ? step.applyAsInt(v) : seed;
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

    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return IntPipeline.unsized(new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public int nextInt() {
                return s.getAsInt();
            }
        });
    }

    static IntStream concat(IntStream a, IntStream b) {
        return IntPipeline.concat(a, b);
    }

    static IntStream range(int startInclusive, int endExclusive) {
        return startInclusive >= endExclusive ? empty() : rangeClosed(startInclusive, endExclusive - 1);
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        long size = (long) endInclusive - startInclusive + 1;
        IntPipeline range =
                new IntPipeline(new Pipeline.Source(null, size < 0 ? -1 : size), new PrimitiveIterator.OfInt() {
                    private int nextValue = startInclusive;
                    private boolean done;

                    @Override
                    public boolean hasNext() {
                        return !done;
                    }

                    @Override
                    public int nextInt() {
                        if (done) {
                            throw new java.util.NoSuchElementException();
                        }
                        int v = nextValue;
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

    interface Builder extends IntConsumer {
        @Override
        void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }

    interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }
}
