package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** A stage of an {@link IntStream}: it yields the values of {@link #it} (see {@link Pipeline}). */
final class IntPipeline extends Pipeline implements IntStream {
    private final PrimitiveIterator.OfInt it;

    IntPipeline(Source source, PrimitiveIterator.OfInt it) {
        super(source);
        this.it = it;
    }

    IntPipeline(Pipeline upstream, int sizing, PrimitiveIterator.OfInt it) {
        super(upstream, sizing);
        this.it = it;
    }

    private IntPipeline(Pipeline upstream, long skip, long limit, PrimitiveIterator.OfInt it) {
        super(upstream, SLICES, skip, limit);
        this.it = it;
    }

    static IntStream of(int[] values, int from, int to) {
        return new IntPipeline(new Source(null, to - from), new PrimitiveIterator.OfInt() {
            private int index = from;

            @Override
            public boolean hasNext() {
                return index < to;
            }

            @Override
            public int nextInt() {
                if (index >= to) {
                    throw new NoSuchElementException();
                }
                return values[index++];
            }
        });
    }

    static IntStream unsized(PrimitiveIterator.OfInt it) {
        return new IntPipeline(new Source(null, -1), it);
    }

    static IntStream of(Spliterator.OfInt spliterator) {
        IntPipeline head = new IntPipeline(new Source(spliterator, -1), Spliterators.iterator(spliterator));
        head.sorted = spliterator.hasCharacteristics(Spliterator.SORTED) && spliterator.getComparator() == null;
        return head;
    }

    static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Spliterator.OfInt first = a.spliterator();
        Spliterator.OfInt second = b.spliterator();
        long sa = first.getExactSizeIfKnown();
        long sb = second.getExactSizeIfKnown();
        long size = sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1;
        PrimitiveIterator.OfInt ia = Spliterators.iterator(first);
        PrimitiveIterator.OfInt ib = Spliterators.iterator(second);
        IntPipeline joined = new IntPipeline(new Source(null, size), new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            @Override
            public int nextInt() {
                return ia.hasNext() ? ia.nextInt() : ib.nextInt();
            }
        });
        joined.source.parallel = a.isParallel() || b.isParallel();
        joined.onClose(new Both(a, b));
        return joined;
    }

    /** An iterator that finds its next value ahead of {@code nextInt()}. */
    abstract static class Ahead implements PrimitiveIterator.OfInt {
        private boolean ready;
        private boolean done;
        int next;

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
        public final int nextInt() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new IntPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    int v = it.nextInt();
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
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextInt());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, KEEPS, new Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextInt());
            }
        });
    }

    @Override
    public Stream<Integer> boxed() {
        return keepsOrder(new RefPipeline<Integer>(this, KEEPS, new Iterator<Integer>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Integer next() {
                return it.nextInt();
            }
        }));
    }

    /** The values of each mapped stream in turn; each is closed once drained (see RefPipeline.flatMap). */
    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, FORGETS, new Ahead() {
            private IntStream inner;
            private PrimitiveIterator.OfInt innerIt;

            @Override
            boolean advance() {
                while (true) {
                    if (innerIt != null) {
                        if (innerIt.hasNext()) {
                            next = innerIt.nextInt();
                            return true;
                        }
                        source.drained(inner);
                        inner = null;
                        innerIt = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.nextInt());
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
    public IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, FORGETS, new Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.nextInt(), this);
                return true;
            }
        });
    }

    /** Yields what {@link #fill} adds through {@code accept}, one upstream element at a time. */
    abstract static class Buffered extends Ahead implements IntConsumer {
        private int[] buffer = new int[8];
        private int size;
        private int index;

        /** Adds the values of the next upstream element, or answers false at the end. */
        abstract boolean fill();

        @Override
        public final void accept(int v) {
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
    public IntStream distinct() {
        HashSet<Integer> seen = new HashSet<>();
        return new IntPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    int v = it.nextInt();
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
    public IntStream sorted() {
        if (sorted) {
            return keepsOrder(new IntPipeline(this, KEEPS, it));
        }
        IntPipeline stage = new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            private int[] sorted;
            private int index;

            private int[] sorted() {
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
            public int nextInt() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return sorted[index++];
            }
        });
        stage.sorted = true;
        return stage;
    }

    private static int[] drain(PrimitiveIterator.OfInt it) {
        int[] all = new int[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == all.length) {
                all = Arrays.copyOf(all, n * 2);
            }
            all[n++] = it.nextInt();
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return keepsOrder(new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                int v = it.nextInt();
                action.accept(v);
                return v;
            }
        }));
    }

    @Override
    public IntStream limit(long maxSize) {
        long max = checkCount(maxSize);
        return keepsOrder(new IntPipeline(this, 0, max, new PrimitiveIterator.OfInt() {
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
            public int nextInt() {
                if (taken >= max) {
                    throw new NoSuchElementException();
                }
                taken++;
                return it.nextInt();
            }
        }));
    }

    @Override
    public IntStream skip(long n) {
        long count = checkCount(n);
        return keepsOrder(new IntPipeline(this, count, -1, new PrimitiveIterator.OfInt() {
            private long skipped;

            private void skipAhead() {
                while (skipped < count && it.hasNext()) {
                    it.nextInt();
                    skipped++;
                }
            }

            @Override
            public boolean hasNext() {
                skipAhead();
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                skipAhead();
                return it.nextInt();
            }
        }));
    }

    @Override
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new IntPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                if (!it.hasNext()) {
                    return false;
                }
                int v = it.nextInt();
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
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new IntPipeline(this, FORGETS, new Ahead() {
            private boolean dropping = true;

            @Override
            boolean advance() {
                while (it.hasNext()) {
                    int v = it.nextInt();
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
    public IntStream sequential() {
        source.parallel = false;
        return this;
    }

    @Override
    public IntStream parallel() {
        source.parallel = true;
        return this;
    }

    @Override
    public IntStream unordered() {
        return keepsOrder(new IntPipeline(this, KEEPS, it));
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
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

    private PrimitiveIterator.OfInt start() {
        use();
        return it;
    }

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return start();
    }

    @Override
    public Spliterator.OfInt spliterator() {
        long size = exactSize();
        int characteristics = characteristics();
        PrimitiveIterator.OfInt each = start();
        return size >= 0
                ? Spliterators.spliterator(each, size, characteristics)
                : Spliterators.spliteratorUnknownSize(each, characteristics);
    }

    @Override
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        start().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        return drain(start());
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int result = identity;
        PrimitiveIterator.OfInt each = start();
        while (each.hasNext()) {
            result = op.applyAsInt(result, each.nextInt());
        }
        return result;
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfInt each = start();
        if (!each.hasNext()) {
            return OptionalInt.empty();
        }
        int result = each.nextInt();
        while (each.hasNext()) {
            result = op.applyAsInt(result, each.nextInt());
        }
        return OptionalInt.of(result);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        R container = supplier.get();
        PrimitiveIterator.OfInt each = start();
        while (each.hasNext()) {
            accumulator.accept(container, each.nextInt());
        }
        return container;
    }

    @Override
    public OptionalInt min() {
        return extreme(false);
    }

    @Override
    public OptionalInt max() {
        return extreme(true);
    }

    /** As the JDK's {@code reduce(Math::min)} and {@code reduce(Math::max)} (NaN wins for doubles). */
    private OptionalInt extreme(boolean max) {
        PrimitiveIterator.OfInt each = start();
        if (!each.hasNext()) {
            return OptionalInt.empty();
        }
        int best = each.nextInt();
        while (each.hasNext()) {
            int v = each.nextInt();
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return OptionalInt.of(best);
    }

    @Override
    public long count() {
        long size = exactSize();
        PrimitiveIterator.OfInt each = start();
        if (size >= 0) {
            return size;
        }
        long n = 0;
        while (each.hasNext()) {
            each.nextInt();
            n++;
        }
        return n;
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics stats = new IntSummaryStatistics();
        PrimitiveIterator.OfInt each = start();
        while (each.hasNext()) {
            stats.accept(each.nextInt());
        }
        return stats;
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt each = start();
        while (each.hasNext()) {
            if (predicate.test(each.nextInt())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt each = start();
        while (each.hasNext()) {
            if (!predicate.test(each.nextInt())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalInt findFirst() {
        PrimitiveIterator.OfInt each = start();
        if (!each.hasNext()) {
            return OptionalInt.empty();
        }
        int first = each.nextInt();
        source.stopped();
        return OptionalInt.of(first);
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    /** {@link IntStream#builder()}: values gathered in an array; adding after {@code build()} fails. */
    static final class ArrayBuilder implements IntStream.Builder {
        private int[] values = new int[8];
        private int n;
        private boolean built;

        @Override
        public void accept(int v) {
            if (built) {
                throw new IllegalStateException();
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        @Override
        public IntStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return of(values, 0, n);
        }
    }

    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        LongPipeline stage = new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextInt());
            }
        });
        return stage;
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        DoublePipeline stage = new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextInt());
            }
        });
        return stage;
    }

    @Override
    public LongStream asLongStream() {
        LongPipeline stage = new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return it.nextInt();
            }
        });
        stage.sorted = sorted;
        return stage;
    }

    @Override
    public DoubleStream asDoubleStream() {
        DoublePipeline stage = new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return it.nextInt();
            }
        });
        stage.sorted = sorted;
        return stage;
    }

    /** Wraps on overflow, as the JDK's {@code reduce(0, Integer::sum)}. */
    @Override
    public int sum() {
        PrimitiveIterator.OfInt each = start();
        int sum = 0;
        while (each.hasNext()) {
            sum += each.nextInt();
        }
        return sum;
    }

    /** The JDK sums in a long (wrapping on overflow) and divides once. */
    @Override
    public OptionalDouble average() {
        PrimitiveIterator.OfInt each = start();
        long count = 0;
        long sum = 0;
        while (each.hasNext()) {
            count++;
            sum += each.nextInt();
        }
        return count > 0 ? OptionalDouble.of((double) sum / count) : OptionalDouble.empty();
    }
}
