package java.util.stream;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** A stage of an {@link DoubleStream}: it yields the values of {@link #it} (see {@link Pipeline}). */
final class DoublePipeline extends Pipeline implements DoubleStream {
    private final PrimitiveIterator.OfDouble it;

    DoublePipeline(Source source, PrimitiveIterator.OfDouble it) {
        super(source);
        this.it = it;
    }

    DoublePipeline(Pipeline upstream, int sizing, PrimitiveIterator.OfDouble it) {
        super(upstream, sizing);
        this.it = it;
    }

    private DoublePipeline(Pipeline upstream, long skip, long limit, PrimitiveIterator.OfDouble it) {
        super(upstream, SLICES, skip, limit);
        this.it = it;
    }

    static DoubleStream of(double[] values, int from, int to) {
        return new DoublePipeline(new Source(null, to - from), new PrimitiveIterator.OfDouble() {
            private int index = from;

            @Override
            public boolean hasNext() {
                return index < to;
            }

            @Override
            public double nextDouble() {
                if (index >= to) {
                    throw new NoSuchElementException();
                }
                return values[index++];
            }
        });
    }

    static DoubleStream unsized(PrimitiveIterator.OfDouble it) {
        return new DoublePipeline(new Source(null, -1), it);
    }

    static DoubleStream of(Spliterator.OfDouble spliterator) {
        DoublePipeline head = new DoublePipeline(new Source(spliterator, -1), Spliterators.iterator(spliterator));
        head.sorted = spliterator.hasCharacteristics(Spliterator.SORTED) && spliterator.getComparator() == null;
        return head;
    }

    static DoubleStream concat(DoubleStream a, DoubleStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Spliterator.OfDouble first = a.spliterator();
        Spliterator.OfDouble second = b.spliterator();
        long sa = first.getExactSizeIfKnown();
        long sb = second.getExactSizeIfKnown();
        long size = sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1;
        PrimitiveIterator.OfDouble ia = Spliterators.iterator(first);
        PrimitiveIterator.OfDouble ib = Spliterators.iterator(second);
        DoublePipeline joined = new DoublePipeline(new Source(null, size), new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            @Override
            public double nextDouble() {
                return ia.hasNext() ? ia.nextDouble() : ib.nextDouble();
            }
        });
        joined.source.parallel = a.isParallel() || b.isParallel();
        joined.onClose(new Both(a, b));
        return joined;
    }

    /** An iterator that finds its next value ahead of {@code nextDouble()}. */
    abstract static class Ahead implements PrimitiveIterator.OfDouble {
        private boolean ready;
        private boolean done;
        double next;

        /** Sets {@link #next} and answers true, or answers false at the end. */
        abstract boolean advance();

        @Override
        public final boolean hasNext() {
            if (!ready && !done) {
                if (advance()) {
                    ready = true;
                } else {
                    done = true;
                }
            }
            return ready;
        }

        @Override
        public final double nextDouble() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new DoublePipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    double v = it.nextDouble();
                    if (predicate.test(v)) {
                        next = v;
                        return true;
                    }
                }
                return false;
            }
        }));
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextDouble());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, KEEPS, new Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextDouble());
            }
        });
    }

    @Override
    public Stream<Double> boxed() {
        return keepsOrder(new RefPipeline<Double>(this, KEEPS, new Iterator<Double>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Double next() {
                return it.nextDouble();
            }
        }));
    }

    /** The values of each mapped stream in turn; each is closed once drained (see RefPipeline.flatMap). */
    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, FORGETS, new Ahead() {
            private DoubleStream inner;
            private PrimitiveIterator.OfDouble innerIt;

            @Override
            boolean advance() {
                while (true) {
                    if (innerIt != null) {
                        if (innerIt.hasNext()) {
                            next = innerIt.nextDouble();
                            return true;
                        }
                        source.drained(inner);
                        inner = null;
                        innerIt = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.nextDouble());
                    if (inner != null) {
                        source.opened(inner);
                        innerIt = inner.iterator();
                    }
                }
            }
        });
    }

    /** What the mapper emits for one value is buffered, then yielded. */
    @Override
    public DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, FORGETS, new Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.nextDouble(), this);
                return true;
            }
        });
    }

    /** Yields what {@link #fill} adds through {@code accept}, one upstream element at a time. */
    abstract static class Buffered extends Ahead implements DoubleConsumer {
        private double[] buffer = new double[8];
        private int size;
        private int index;

        /** Adds the values of the next upstream element, or answers false at the end. */
        abstract boolean fill();

        @Override
        public final void accept(double v) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = v;
        }

        @Override
        final boolean advance() {
            while (index == size) {
                size = 0;
                index = 0;
                if (!fill()) {
                    return false;
                }
            }
            next = buffer[index++];
            return true;
        }
    }

    @Override
    public DoubleStream distinct() {
        HashSet<Double> seen = new HashSet<>();
        return new DoublePipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    double v = it.nextDouble();
                    if (seen.add(v)) {
                        next = v;
                        return true;
                    }
                }
                return false;
            }
        });
    }

    /** A barrier: the first request drains the upstream and sorts (the JDK's order for each type). */
    @Override
    public DoubleStream sorted() {
        if (sorted) {
            return keepsOrder(new DoublePipeline(this, KEEPS, it));
        }
        DoublePipeline stage = new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            private double[] sorted;
            private int index;

            private double[] sorted() {
                if (sorted == null) {
                    sorted = drain(it);
                    Arrays.sort(sorted);
                }
                return sorted;
            }

            @Override
            public boolean hasNext() {
                return index < sorted().length;
            }

            @Override
            public double nextDouble() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return sorted[index++];
            }
        });
        stage.sorted = true;
        return stage;
    }

    private static double[] drain(PrimitiveIterator.OfDouble it) {
        double[] all = new double[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == all.length) {
                all = Arrays.copyOf(all, n * 2);
            }
            all[n++] = it.nextDouble();
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return keepsOrder(new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                double v = it.nextDouble();
                action.accept(v);
                return v;
            }
        }));
    }

    @Override
    public DoubleStream limit(long maxSize) {
        long max = checkCount(maxSize);
        return keepsOrder(new DoublePipeline(this, 0, max, new PrimitiveIterator.OfDouble() {
            private long taken;

            @Override
            public boolean hasNext() {
                if (taken < max) {
                    return it.hasNext();
                }
                source.stopped();
                return false;
            }

            @Override
            public double nextDouble() {
                if (taken >= max) {
                    throw new NoSuchElementException();
                }
                taken++;
                return it.nextDouble();
            }
        }));
    }

    @Override
    public DoubleStream skip(long n) {
        long count = checkCount(n);
        return keepsOrder(new DoublePipeline(this, count, -1, new PrimitiveIterator.OfDouble() {
            private long skipped;

            private void skipAhead() {
                while (skipped < count && it.hasNext()) {
                    it.nextDouble();
                    skipped++;
                }
            }

            @Override
            public boolean hasNext() {
                skipAhead();
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                skipAhead();
                return it.nextDouble();
            }
        }));
    }

    @Override
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new DoublePipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                if (!it.hasNext()) {
                    return false;
                }
                double v = it.nextDouble();
                if (!predicate.test(v)) {
                    source.stopped();
                    return false;
                }
                next = v;
                return true;
            }
        }));
    }

    @Override
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new DoublePipeline(this, FORGETS, new Ahead() {
            private boolean dropping = true;

            @Override
            boolean advance() {
                while (it.hasNext()) {
                    double v = it.nextDouble();
                    if (!dropping || !predicate.test(v)) {
                        dropping = false;
                        next = v;
                        return true;
                    }
                }
                return false;
            }
        }));
    }

    @Override
    public DoubleStream sequential() {
        source.parallel = false;
        return this;
    }

    @Override
    public DoubleStream parallel() {
        source.parallel = true;
        return this;
    }

    @Override
    public DoubleStream unordered() {
        return keepsOrder(new DoublePipeline(this, KEEPS, it));
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    @Override
    public void close() {
        closePipeline();
    }

    @Override
    public boolean isParallel() {
        return source.parallel;
    }

    // ---- terminal operations

    private PrimitiveIterator.OfDouble start() {
        use();
        return it;
    }

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return start();
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        long size = exactSize();
        int characteristics = characteristics();
        PrimitiveIterator.OfDouble each = start();
        return size >= 0
                ? Spliterators.spliterator(each, size, characteristics)
                : Spliterators.spliteratorUnknownSize(each, characteristics);
    }

    @Override
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        start().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public double[] toArray() {
        return drain(start());
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double result = identity;
        PrimitiveIterator.OfDouble each = start();
        while (each.hasNext()) {
            result = op.applyAsDouble(result, each.nextDouble());
        }
        return result;
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfDouble each = start();
        if (!each.hasNext()) {
            return OptionalDouble.empty();
        }
        double result = each.nextDouble();
        while (each.hasNext()) {
            result = op.applyAsDouble(result, each.nextDouble());
        }
        return OptionalDouble.of(result);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        R container = supplier.get();
        PrimitiveIterator.OfDouble each = start();
        while (each.hasNext()) {
            accumulator.accept(container, each.nextDouble());
        }
        return container;
    }

    @Override
    public OptionalDouble min() {
        return extreme(false);
    }

    @Override
    public OptionalDouble max() {
        return extreme(true);
    }

    /** As the JDK's {@code reduce(Math::min)} and {@code reduce(Math::max)} (NaN wins for doubles). */
    private OptionalDouble extreme(boolean max) {
        PrimitiveIterator.OfDouble each = start();
        if (!each.hasNext()) {
            return OptionalDouble.empty();
        }
        double best = each.nextDouble();
        while (each.hasNext()) {
            double v = each.nextDouble();
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return OptionalDouble.of(best);
    }

    @Override
    public long count() {
        long size = exactSize();
        PrimitiveIterator.OfDouble each = start();
        if (size >= 0) {
            return size;
        }
        long n = 0;
        while (each.hasNext()) {
            each.nextDouble();
            n++;
        }
        return n;
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
        PrimitiveIterator.OfDouble each = start();
        while (each.hasNext()) {
            stats.accept(each.nextDouble());
        }
        return stats;
    }

    @Override
    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble each = start();
        while (each.hasNext()) {
            if (predicate.test(each.nextDouble())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble each = start();
        while (each.hasNext()) {
            if (!predicate.test(each.nextDouble())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalDouble findFirst() {
        PrimitiveIterator.OfDouble each = start();
        if (!each.hasNext()) {
            return OptionalDouble.empty();
        }
        double first = each.nextDouble();
        source.stopped();
        return OptionalDouble.of(first);
    }

    @Override
    public OptionalDouble findAny() {
        return findFirst();
    }

    /** {@link DoubleStream#builder()}: values gathered in an array; adding after {@code build()} fails. */
    static final class ArrayBuilder implements DoubleStream.Builder {
        private double[] values = new double[8];
        private int n;
        private boolean built;

        @Override
        public void accept(double v) {
            if (built) {
                throw new IllegalStateException();
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        @Override
        public DoubleStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return of(values, 0, n);
        }
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        IntPipeline stage = new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextDouble());
            }
        });
        return stage;
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        LongPipeline stage = new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextDouble());
            }
        });
        return stage;
    }

    /** Compensated (Kahan) summation, bit for bit the JDK's (see DoubleSummaryStatistics). */
    @Override
    public double sum() {
        return summaryStatistics().getSum();
    }

    @Override
    public OptionalDouble average() {
        DoubleSummaryStatistics stats = summaryStatistics();
        return stats.getCount() > 0 ? OptionalDouble.of(stats.getAverage()) : OptionalDouble.empty();
    }
}
