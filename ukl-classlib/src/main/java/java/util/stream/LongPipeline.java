package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LongSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** A stage of an {@link LongStream}: it yields the values of {@link #it} (see {@link Pipeline}). */
final class LongPipeline extends Pipeline implements LongStream {
    private final PrimitiveIterator.OfLong it;

    LongPipeline(Source source, PrimitiveIterator.OfLong it) {
        super(source);
        this.it = it;
    }

    LongPipeline(Pipeline upstream, int sizing, PrimitiveIterator.OfLong it) {
        super(upstream, sizing);
        this.it = it;
    }

    private LongPipeline(Pipeline upstream, long skip, long limit, PrimitiveIterator.OfLong it) {
        super(upstream, SLICES, skip, limit);
        this.it = it;
    }

    static LongStream of(long[] values, int from, int to) {
        return new LongPipeline(new Source(null, to - from), new PrimitiveIterator.OfLong() {
            private int index = from;

            @Override
            public boolean hasNext() {
                return index < to;
            }

            @Override
            public long nextLong() {
                if (index >= to) {
                    throw new NoSuchElementException();
                }
                return values[index++];
            }
        });
    }

    static LongStream unsized(PrimitiveIterator.OfLong it) {
        return new LongPipeline(new Source(null, -1), it);
    }

    static LongStream of(Spliterator.OfLong spliterator) {
        LongPipeline head = new LongPipeline(new Source(spliterator, -1), Spliterators.iterator(spliterator));
        head.sorted = spliterator.hasCharacteristics(Spliterator.SORTED) && spliterator.getComparator() == null;
        return head;
    }

    static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Spliterator.OfLong first = a.spliterator();
        Spliterator.OfLong second = b.spliterator();
        long sa = first.getExactSizeIfKnown();
        long sb = second.getExactSizeIfKnown();
        long size = sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1;
        PrimitiveIterator.OfLong ia = Spliterators.iterator(first);
        PrimitiveIterator.OfLong ib = Spliterators.iterator(second);
        LongPipeline joined = new LongPipeline(new Source(null, size), new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            @Override
            public long nextLong() {
                return ia.hasNext() ? ia.nextLong() : ib.nextLong();
            }
        });
        joined.source.parallel = a.isParallel() || b.isParallel();
        joined.onClose(new Both(a, b));
        return joined;
    }

    /** An iterator that finds its next value ahead of {@code nextLong()}. */
    abstract static class Ahead implements PrimitiveIterator.OfLong {
        private boolean ready;
        private boolean done;
        long next;

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
        public final long nextLong() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new LongPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    long v = it.nextLong();
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
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextLong());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, KEEPS, new Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextLong());
            }
        });
    }

    @Override
    public Stream<Long> boxed() {
        return keepsOrder(new RefPipeline<Long>(this, KEEPS, new Iterator<Long>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Long next() {
                return it.nextLong();
            }
        }));
    }

    /** The values of each mapped stream in turn; each is closed once drained (see RefPipeline.flatMap). */
    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, FORGETS, new Ahead() {
            private LongStream inner;
            private PrimitiveIterator.OfLong innerIt;

            @Override
            boolean advance() {
                while (true) {
                    if (innerIt != null) {
                        if (innerIt.hasNext()) {
                            next = innerIt.nextLong();
                            return true;
                        }
                        source.drained(inner);
                        inner = null;
                        innerIt = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.nextLong());
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
    public LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, FORGETS, new Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.nextLong(), this);
                return true;
            }
        });
    }

    /** Yields what {@link #fill} adds through {@code accept}, one upstream element at a time. */
    abstract static class Buffered extends Ahead implements LongConsumer {
        private long[] buffer = new long[8];
        private int size;
        private int index;

        /** Adds the values of the next upstream element, or answers false at the end. */
        abstract boolean fill();

        @Override
        public final void accept(long v) {
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
    public LongStream distinct() {
        HashSet<Long> seen = new HashSet<>();
        return new LongPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    long v = it.nextLong();
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
    public LongStream sorted() {
        if (sorted) {
            return keepsOrder(new LongPipeline(this, KEEPS, it));
        }
        LongPipeline stage = new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            private long[] sorted;
            private int index;

            private long[] sorted() {
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
            public long nextLong() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return sorted[index++];
            }
        });
        stage.sorted = true;
        return stage;
    }

    private static long[] drain(PrimitiveIterator.OfLong it) {
        long[] all = new long[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == all.length) {
                all = Arrays.copyOf(all, n * 2);
            }
            all[n++] = it.nextLong();
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return keepsOrder(new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                long v = it.nextLong();
                action.accept(v);
                return v;
            }
        }));
    }

    @Override
    public LongStream limit(long maxSize) {
        long max = checkCount(maxSize);
        return keepsOrder(new LongPipeline(this, 0, max, new PrimitiveIterator.OfLong() {
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
            public long nextLong() {
                if (taken >= max) {
                    throw new NoSuchElementException();
                }
                taken++;
                return it.nextLong();
            }
        }));
    }

    @Override
    public LongStream skip(long n) {
        long count = checkCount(n);
        return keepsOrder(new LongPipeline(this, count, -1, new PrimitiveIterator.OfLong() {
            private long skipped;

            private void skipAhead() {
                while (skipped < count && it.hasNext()) {
                    it.nextLong();
                    skipped++;
                }
            }

            @Override
            public boolean hasNext() {
                skipAhead();
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                skipAhead();
                return it.nextLong();
            }
        }));
    }

    @Override
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new LongPipeline(this, FORGETS, new Ahead() {
            @Override
            boolean advance() {
                if (!it.hasNext()) {
                    return false;
                }
                long v = it.nextLong();
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
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new LongPipeline(this, FORGETS, new Ahead() {
            private boolean dropping = true;

            @Override
            boolean advance() {
                while (it.hasNext()) {
                    long v = it.nextLong();
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
    public LongStream sequential() {
        source.parallel = false;
        return this;
    }

    @Override
    public LongStream parallel() {
        source.parallel = true;
        return this;
    }

    @Override
    public LongStream unordered() {
        return keepsOrder(new LongPipeline(this, KEEPS, it));
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
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

    private PrimitiveIterator.OfLong start() {
        use();
        return it;
    }

    @Override
    public PrimitiveIterator.OfLong iterator() {
        return start();
    }

    @Override
    public Spliterator.OfLong spliterator() {
        long size = exactSize();
        int characteristics = characteristics();
        PrimitiveIterator.OfLong each = start();
        return size >= 0
                ? Spliterators.spliterator(each, size, characteristics)
                : Spliterators.spliteratorUnknownSize(each, characteristics);
    }

    @Override
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        start().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public long[] toArray() {
        return drain(start());
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long result = identity;
        PrimitiveIterator.OfLong each = start();
        while (each.hasNext()) {
            result = op.applyAsLong(result, each.nextLong());
        }
        return result;
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfLong each = start();
        if (!each.hasNext()) {
            return OptionalLong.empty();
        }
        long result = each.nextLong();
        while (each.hasNext()) {
            result = op.applyAsLong(result, each.nextLong());
        }
        return OptionalLong.of(result);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        R container = supplier.get();
        PrimitiveIterator.OfLong each = start();
        while (each.hasNext()) {
            accumulator.accept(container, each.nextLong());
        }
        return container;
    }

    @Override
    public OptionalLong min() {
        return extreme(false);
    }

    @Override
    public OptionalLong max() {
        return extreme(true);
    }

    /** As the JDK's {@code reduce(Math::min)} and {@code reduce(Math::max)} (NaN wins for doubles). */
    private OptionalLong extreme(boolean max) {
        PrimitiveIterator.OfLong each = start();
        if (!each.hasNext()) {
            return OptionalLong.empty();
        }
        long best = each.nextLong();
        while (each.hasNext()) {
            long v = each.nextLong();
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return OptionalLong.of(best);
    }

    @Override
    public long count() {
        long size = exactSize();
        PrimitiveIterator.OfLong each = start();
        if (size >= 0) {
            return size;
        }
        long n = 0;
        while (each.hasNext()) {
            each.nextLong();
            n++;
        }
        return n;
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics stats = new LongSummaryStatistics();
        PrimitiveIterator.OfLong each = start();
        while (each.hasNext()) {
            stats.accept(each.nextLong());
        }
        return stats;
    }

    @Override
    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong each = start();
        while (each.hasNext()) {
            if (predicate.test(each.nextLong())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong each = start();
        while (each.hasNext()) {
            if (!predicate.test(each.nextLong())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalLong findFirst() {
        PrimitiveIterator.OfLong each = start();
        if (!each.hasNext()) {
            return OptionalLong.empty();
        }
        long first = each.nextLong();
        source.stopped();
        return OptionalLong.of(first);
    }

    @Override
    public OptionalLong findAny() {
        return findFirst();
    }

    /** {@link LongStream#builder()}: values gathered in an array; adding after {@code build()} fails. */
    static final class ArrayBuilder implements LongStream.Builder {
        private long[] values = new long[8];
        private int n;
        private boolean built;

        @Override
        public void accept(long v) {
            if (built) {
                throw new IllegalStateException();
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        @Override
        public LongStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return of(values, 0, n);
        }
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        IntPipeline stage = new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextLong());
            }
        });
        return stage;
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        DoublePipeline stage = new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextLong());
            }
        });
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
                return it.nextLong();
            }
        });
        stage.sorted = sorted;
        return stage;
    }

    /** Wraps on overflow, as the JDK's {@code reduce(0, Long::sum)}. */
    @Override
    public long sum() {
        PrimitiveIterator.OfLong each = start();
        long sum = 0;
        while (each.hasNext()) {
            sum += each.nextLong();
        }
        return sum;
    }

    /** The JDK sums in a long (wrapping on overflow) and divides once. */
    @Override
    public OptionalDouble average() {
        PrimitiveIterator.OfLong each = start();
        long count = 0;
        long sum = 0;
        while (each.hasNext()) {
            count++;
            sum += each.nextLong();
        }
        return count > 0 ? OptionalDouble.of((double) sum / count) : OptionalDouble.empty();
    }
}
