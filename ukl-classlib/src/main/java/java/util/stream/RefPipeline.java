package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/** A stage of a {@link Stream}: it yields the elements of {@link #it} (see {@link Pipeline}). */
final class RefPipeline<T> extends Pipeline implements Stream<T> {
    private final Iterator<T> it;

    RefPipeline(Source source, Iterator<T> it) {
        super(source);
        this.it = it;
    }

    RefPipeline(Pipeline upstream, int sizing, Iterator<T> it) {
        super(upstream, sizing);
        this.it = it;
    }

    private RefPipeline(Pipeline upstream, long skip, long limit, Iterator<T> it) {
        super(upstream, SLICES, skip, limit);
        this.it = it;
    }

    @SuppressWarnings("unchecked")
    static <T> Stream<T> of(Object[] values) {
        return new RefPipeline<>(new Source(null, values.length), (Iterator<T>)
                Arrays.asList(values).iterator());
    }

    static <T> Stream<T> unsized(Iterator<T> it) {
        return new RefPipeline<>(new Source(null, -1), it);
    }

    /** {@code Stream.iterate}: the next element is computed only when asked for; no predicate means no end. */
    static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> step) {
        return unsized(new Ahead<T>() {
            private boolean started;
            private T last;

            @Override
            boolean advance() {
                T candidate = started ? step.apply(last) : seed;
                started = true;
                last = candidate;
                if (hasNext != null && !hasNext.test(candidate)) {
                    last = null;
                    return false;
                }
                next = candidate;
                return true;
            }
        });
    }

    static <T> Stream<T> of(Spliterator<T> spliterator) {
        RefPipeline<T> head = new RefPipeline<>(new Source(spliterator, -1), Spliterators.iterator(spliterator));
        head.sorted = spliterator.hasCharacteristics(Spliterator.SORTED) && spliterator.getComparator() == null;
        return head;
    }

    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        Spliterator<? extends T> first = a.spliterator();
        Spliterator<? extends T> second = b.spliterator();
        long sa = first.getExactSizeIfKnown();
        long sb = second.getExactSizeIfKnown();
        long size = sa >= 0 && sb >= 0 && sa + sb >= 0 ? sa + sb : -1;
        Iterator<? extends T> ia = Spliterators.iterator(first);
        Iterator<? extends T> ib = Spliterators.iterator(second);
        RefPipeline<T> joined = new RefPipeline<>(new Source(null, size), new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            @Override
            public T next() {
                return ia.hasNext() ? ia.next() : ib.next();
            }
        });
        joined.source.parallel = a.isParallel() || b.isParallel();
        joined.onClose(new Both(a, b));
        return joined;
    }

    /** An iterator that finds its next element ahead of {@code next()}; {@link #advance} says whether there is one. */
    abstract static class Ahead<T> implements Iterator<T> {
        private boolean ready;
        private boolean done;
        T next;

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
        public final T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            T t = next;
            next = null;
            return t;
        }
    }

    // ---- intermediate operations

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new RefPipeline<>(this, FORGETS, new Ahead<T>() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (predicate.test(t)) {
                        next = t;
                        return true;
                    }
                }
                return false;
            }
        }));
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<>(this, KEEPS, new Iterator<R>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public R next() {
                return mapper.apply(it.next());
            }
        });
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, KEEPS, new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.next());
            }
        });
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, KEEPS, new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.next());
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, KEEPS, new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.next());
            }
        });
    }

    /**
     * The elements of each mapped stream in turn; each is closed once drained, as the JDK closes
     * it after pushing its contents (a short-circuited one stays open: we pull lazily).
     */
    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<>(this, FORGETS, new Ahead<R>() {
            private Stream<? extends R> inner;
            private Iterator<? extends R> innerIt;

            @Override
            boolean advance() {
                while (true) {
                    if (innerIt != null) {
                        if (innerIt.hasNext()) {
                            next = innerIt.next();
                            return true;
                        }
                        source.drained(inner);
                        inner = null;
                        innerIt = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.next());
                    if (inner != null) {
                        source.opened(inner);
                        innerIt = inner.iterator();
                    }
                }
            }
        });
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, FORGETS, new IntPipeline.Ahead() {
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
                    inner = mapper.apply(it.next());
                    if (inner != null) {
                        source.opened(inner);
                        innerIt = inner.iterator();
                    }
                }
            }
        });
    }

    @Override
    public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, FORGETS, new IntPipeline.Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.next(), this);
                return true;
            }
        });
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, FORGETS, new LongPipeline.Ahead() {
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
                    inner = mapper.apply(it.next());
                    if (inner != null) {
                        source.opened(inner);
                        innerIt = inner.iterator();
                    }
                }
            }
        });
    }

    @Override
    public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, FORGETS, new LongPipeline.Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.next(), this);
                return true;
            }
        });
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, FORGETS, new DoublePipeline.Ahead() {
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
                    inner = mapper.apply(it.next());
                    if (inner != null) {
                        source.opened(inner);
                        innerIt = inner.iterator();
                    }
                }
            }
        });
    }

    @Override
    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, FORGETS, new DoublePipeline.Buffered() {
            @Override
            boolean fill() {
                if (!it.hasNext()) {
                    return false;
                }
                mapper.accept(it.next(), this);
                return true;
            }
        });
    }

    /** What the mapper emits for one element is buffered, then yielded. */
    @Override
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<>(this, FORGETS, new Ahead<R>() {
            private final ArrayList<R> buffer = new ArrayList<>();
            private final Consumer<R> sink = new Consumer<R>() {
                @Override
                public void accept(R r) {
                    buffer.add(r);
                }
            };
            private int index;

            @Override
            boolean advance() {
                while (index == buffer.size()) {
                    buffer.clear();
                    index = 0;
                    if (!it.hasNext()) {
                        return false;
                    }
                    mapper.accept(it.next(), sink);
                }
                next = buffer.get(index++);
                return true;
            }
        });
    }

    @Override
    public Stream<T> distinct() {
        HashSet<T> seen = new HashSet<>();
        return keepsOrder(new RefPipeline<>(this, FORGETS, new Ahead<T>() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (seen.add(t)) {
                        next = t;
                        return true;
                    }
                }
                return false;
            }
        }));
    }

    /** Already in natural order (a sorted source, or sorted before): passed through, as the JDK's. */
    @Override
    @SuppressWarnings("unchecked")
    public Stream<T> sorted() {
        if (sorted) {
            return keepsOrder(new RefPipeline<>(this, KEEPS, it));
        }
        RefPipeline<T> stage = (RefPipeline<T>) sorted((Comparator<? super T>) Comparator.naturalOrder());
        stage.sorted = true;
        return stage;
    }

    /** A barrier: the first request drains the upstream, then a stable sort (TimSort, as the JDK). */
    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return new RefPipeline<>(this, KEEPS, new Iterator<T>() {
            private Object[] sorted;
            private int index;

            @SuppressWarnings("unchecked")
            private Object[] sorted() {
                if (sorted == null) {
                    ArrayList<T> all = new ArrayList<>();
                    while (it.hasNext()) {
                        all.add(it.next());
                    }
                    sorted = all.toArray();
                    Arrays.sort(sorted, (Comparator<Object>) comparator);
                }
                return sorted;
            }

            @Override
            public boolean hasNext() {
                return index < sorted().length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return (T) sorted[index++];
            }
        });
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return keepsOrder(new RefPipeline<>(this, KEEPS, new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                T t = it.next();
                action.accept(t);
                return t;
            }
        }));
    }

    @Override
    public Stream<T> limit(long maxSize) {
        long max = checkCount(maxSize);
        return keepsOrder(new RefPipeline<>(this, 0, max, new Iterator<T>() {
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
            public T next() {
                if (taken >= max) {
                    throw new NoSuchElementException();
                }
                taken++;
                return it.next();
            }
        }));
    }

    @Override
    public Stream<T> skip(long n) {
        long count = checkCount(n);
        return keepsOrder(new RefPipeline<>(this, count, -1, new Iterator<T>() {
            private long skipped;

            private void skipAhead() {
                while (skipped < count && it.hasNext()) {
                    it.next();
                    skipped++;
                }
            }

            @Override
            public boolean hasNext() {
                skipAhead();
                return it.hasNext();
            }

            @Override
            public T next() {
                skipAhead();
                return it.next();
            }
        }));
    }

    @Override
    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new RefPipeline<>(this, FORGETS, new Ahead<T>() {
            @Override
            boolean advance() {
                if (!it.hasNext()) {
                    return false;
                }
                T t = it.next();
                if (!predicate.test(t)) {
                    source.stopped();
                    return false;
                }
                next = t;
                return true;
            }
        }));
    }

    @Override
    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return keepsOrder(new RefPipeline<>(this, FORGETS, new Ahead<T>() {
            private boolean dropping = true;

            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (!dropping || !predicate.test(t)) {
                        dropping = false;
                        next = t;
                        return true;
                    }
                }
                return false;
            }
        }));
    }

    @Override
    public Stream<T> sequential() {
        source.parallel = false;
        return this;
    }

    @Override
    public Stream<T> parallel() {
        source.parallel = true;
        return this;
    }

    @Override
    public Stream<T> unordered() {
        return keepsOrder(new RefPipeline<>(this, KEEPS, it));
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
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

    /** Starts the terminal operation: this stage is used, and its elements are pulled from here. */
    private Iterator<T> start() {
        use();
        return it;
    }

    @Override
    public Iterator<T> iterator() {
        return start();
    }

    @Override
    public Spliterator<T> spliterator() {
        long size = exactSize();
        int characteristics = characteristics();
        Iterator<T> each = start();
        return size >= 0
                ? Spliterators.spliterator(each, size, characteristics)
                : Spliterators.spliteratorUnknownSize(each, characteristics);
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        start().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    @Override
    public Object[] toArray() {
        return all().toArray();
    }

    /** The JDK sizes the array with the generator, then copies; a wrong size is its exception. */
    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        ArrayList<T> all = all();
        A[] array = generator.apply(all.size());
        if (array.length != all.size()) {
            throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + array.length);
        }
        for (int i = 0; i < array.length; i++) {
            @SuppressWarnings("unchecked")
            A a = (A) all.get(i);
            array[i] = a;
        }
        return array;
    }

    private ArrayList<T> all() {
        ArrayList<T> all = new ArrayList<>();
        Iterator<T> each = start();
        while (each.hasNext()) {
            all.add(each.next());
        }
        return all;
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        T result = identity;
        Iterator<T> each = start();
        while (each.hasNext()) {
            result = accumulator.apply(result, each.next());
        }
        return result;
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> each = start();
        if (!each.hasNext()) {
            return Optional.empty();
        }
        T result = each.next();
        while (each.hasNext()) {
            result = accumulator.apply(result, each.next());
        }
        return Optional.of(result);
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        U result = identity;
        Iterator<T> each = start();
        while (each.hasNext()) {
            result = accumulator.apply(result, each.next());
        }
        return result;
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        R container = supplier.get();
        Iterator<T> each = start();
        while (each.hasNext()) {
            accumulator.accept(container, each.next());
        }
        return container;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        Iterator<T> each = start();
        while (each.hasNext()) {
            accumulator.accept(container, each.next());
        }
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(toArray())));
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(new Collectors.Select<T>(comparator, false));
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(new Collectors.Select<T>(comparator, true));
    }

    @Override
    public long count() {
        long size = exactSize();
        Iterator<T> each = start();
        if (size >= 0) {
            return size;
        }
        long n = 0;
        while (each.hasNext()) {
            each.next();
            n++;
        }
        return n;
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> each = start();
        while (each.hasNext()) {
            if (predicate.test(each.next())) {
                source.stopped();
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> each = start();
        while (each.hasNext()) {
            if (!predicate.test(each.next())) {
                source.stopped();
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return !anyMatch(predicate);
    }

    @Override
    public Optional<T> findFirst() {
        Iterator<T> each = start();
        if (!each.hasNext()) {
            return Optional.empty();
        }
        T first = each.next();
        source.stopped();
        return Optional.of(first);
    }

    @Override
    public Optional<T> findAny() {
        return findFirst();
    }

    /** {@link Stream#builder()}: elements gathered in a list; adding after {@code build()} fails. */
    static final class ListBuilder<T> implements Stream.Builder<T> {
        private ArrayList<T> elements = new ArrayList<>();

        @Override
        public void accept(T t) {
            if (elements == null) {
                throw new IllegalStateException();
            }
            elements.add(t);
        }

        @Override
        public Stream<T> build() {
            if (elements == null) {
                throw new IllegalStateException();
            }
            Object[] all = elements.toArray();
            elements = null;
            return RefPipeline.of(all);
        }
    }
}
