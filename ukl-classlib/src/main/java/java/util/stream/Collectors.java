package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The JDK's collectors: the same containers (ArrayList, HashSet, HashMap, the two-entry
 * partition map), the same messages, and the same compensated double sums, so that what a
 * program prints from a collected result is the JDK's.
 *
 * <p>The class library has no lambdas (the linker lowers only the application's), so each kind
 * of collector is one small class that is its own supplier, accumulator, combiner and finisher
 * ({@link Base}), instead of four lambdas.
 */
public final class Collectors {
    private Collectors() {}

    static final Set<Collector.Characteristics> ID = Set.of(Collector.Characteristics.IDENTITY_FINISH);
    static final Set<Collector.Characteristics> NO_ID = Set.of();
    private static final Set<Collector.Characteristics> UNORDERED_ID =
            Set.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    private static final Set<Collector.Characteristics> UNORDERED_NO_ID = Set.of(Collector.Characteristics.UNORDERED);

    /**
     * A collector that is its own supplier, accumulator and combiner; its finisher is a view of
     * {@link #apply(Object)}, the identity unless overridden. (It cannot also be a Function:
     * Function's and BiFunction's {@code andThen} clash, as they would on the JDK.)
     */
    abstract static class Base<T, A, R>
            implements Collector<T, A, R>, Supplier<A>, BiConsumer<A, T>, BinaryOperator<A> {
        private final Set<Collector.Characteristics> characteristics;
        private final Function<A, R> finisher = new Function<A, R>() {
            @Override
            public R apply(A container) {
                return Base.this.apply(container);
            }
        };

        Base(Set<Collector.Characteristics> characteristics) {
            this.characteristics = characteristics;
        }

        @Override
        public Supplier<A> supplier() {
            return this;
        }

        @Override
        public BiConsumer<A, T> accumulator() {
            return this;
        }

        @Override
        public BinaryOperator<A> combiner() {
            return this;
        }

        @Override
        public Function<A, R> finisher() {
            return finisher;
        }

        @Override
        public Set<Collector.Characteristics> characteristics() {
            return characteristics;
        }

        /** The finisher's work. */
        @SuppressWarnings("unchecked")
        public R apply(A container) {
            return (R) container;
        }
    }

    /** What {@link Collector#of} makes: the four functions given. */
    static final class Impl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Collector.Characteristics> characteristics;

        Impl(
                Supplier<A> supplier,
                BiConsumer<A, T> accumulator,
                BinaryOperator<A> combiner,
                Function<A, R> finisher,
                Set<Collector.Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        @Override
        public Supplier<A> supplier() {
            return supplier;
        }

        @Override
        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        @Override
        public BinaryOperator<A> combiner() {
            return combiner;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Function<A, R> finisher() {
            return finisher != null ? finisher : (Function<A, R>) IDENTITY;
        }

        @Override
        public Set<Collector.Characteristics> characteristics() {
            return characteristics;
        }
    }

    private static final Function<Object, Object> IDENTITY = new Function<Object, Object>() {
        @Override
        public Object apply(Object o) {
            return o;
        }
    };

    // ---- into collections

    /** Elements gathered into a collection: a list, a set, or what a factory makes; optionally frozen. */
    private static final class Gather<T, C extends Collection<T>, R> extends Base<T, C, R> {
        static final int LIST = 0;
        static final int SET = 1;
        static final int FACTORY = 2;
        private final int kind;
        private final Supplier<C> factory;
        private final boolean unmodifiable;

        Gather(int kind, Supplier<C> factory, boolean unmodifiable, Set<Collector.Characteristics> characteristics) {
            super(characteristics);
            this.kind = kind;
            this.factory = factory;
            this.unmodifiable = unmodifiable;
        }

        @Override
        @SuppressWarnings("unchecked")
        public C get() {
            return switch (kind) {
                case LIST -> (C) new ArrayList<T>();
                case SET -> (C) new HashSet<T>();
                default -> factory.get();
            };
        }

        @Override
        public void accept(C c, T t) {
            c.add(t);
        }

        @Override
        public C apply(C left, C right) {
            left.addAll(right);
            return left;
        }

        /** The JDK freezes with List.of/Set.of, which reject null elements. */
        @Override
        @SuppressWarnings("unchecked")
        public R apply(C c) {
            if (!unmodifiable) {
                return (R) c;
            }
            return (R) (kind == LIST ? List.of(c.toArray()) : Set.of(c.toArray()));
        }
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        Objects.requireNonNull(collectionFactory);
        return new Gather<T, C, C>(Gather.FACTORY, collectionFactory, false, ID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return new Gather<T, List<T>, List<T>>(Gather.LIST, null, false, ID);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new Gather<T, List<T>, List<T>>(Gather.LIST, null, true, NO_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return new Gather<T, Set<T>, Set<T>>(Gather.SET, null, false, UNORDERED_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new Gather<T, Set<T>, Set<T>>(Gather.SET, null, true, UNORDERED_NO_ID);
    }

    // ---- joining

    private static final class Joining extends Base<CharSequence, StringJoiner, String> {
        private final CharSequence delimiter;
        private final CharSequence prefix;
        private final CharSequence suffix;

        Joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
            super(NO_ID);
            this.delimiter = delimiter;
            this.prefix = prefix;
            this.suffix = suffix;
        }

        @Override
        public StringJoiner get() {
            return new StringJoiner(delimiter, prefix, suffix);
        }

        @Override
        public void accept(StringJoiner joiner, CharSequence s) {
            joiner.add(s);
        }

        @Override
        public StringJoiner apply(StringJoiner left, StringJoiner right) {
            return left.merge(right);
        }

        @Override
        public String apply(StringJoiner joiner) {
            return joiner.toString();
        }
    }

    public static Collector<CharSequence, ?, String> joining() {
        return new Joining("", "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(
            CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        return new Joining(delimiter, prefix, suffix);
    }

    // ---- adapting a downstream collector

    /**
     * A downstream collector seen through one adaptation: elements mapped, filtered or
     * flat-mapped before it, or its result passed through a function after it. The downstream's
     * functions are taken once, as the JDK takes them.
     */
    private static final class Adapted<T, U, A, R, RR> extends Base<T, A, RR> {
        static final int MAP = 0;
        static final int FILTER = 1;
        static final int FLAT_MAP = 2;
        static final int THEN = 3;
        private final int kind;
        private final Object function;
        private final Supplier<A> supplier;
        private final BiConsumer<A, ? super U> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;

        Adapted(int kind, Object function, Collector<? super U, A, R> downstream, Set<Collector.Characteristics> ch) {
            super(ch);
            this.kind = kind;
            this.function = function;
            this.supplier = downstream.supplier();
            this.accumulator = downstream.accumulator();
            this.combiner = downstream.combiner();
            this.finisher = downstream.finisher();
        }

        @Override
        public A get() {
            return supplier.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(A container, T t) {
            switch (kind) {
                case MAP -> accumulator.accept(container, ((Function<? super T, ? extends U>) function).apply(t));
                case FILTER -> {
                    if (((Predicate<? super T>) function).test(t)) {
                        ((BiConsumer<A, Object>) accumulator).accept(container, t);
                    }
                }
                case FLAT_MAP -> {
                    // the JDK closes each mapped stream after draining it (try-with-resources)
                    try (Stream<? extends U> result =
                            ((Function<? super T, ? extends Stream<? extends U>>) function).apply(t)) {
                        if (result != null) {
                            Iterator<? extends U> each = result.sequential().iterator();
                            while (each.hasNext()) {
                                accumulator.accept(container, each.next());
                            }
                        }
                    }
                }
                default -> ((BiConsumer<A, Object>) accumulator).accept(container, t);
            }
        }

        @Override
        public A apply(A left, A right) {
            return combiner.apply(left, right);
        }

        @Override
        @SuppressWarnings("unchecked")
        public RR apply(A container) {
            R r = finisher.apply(container);
            return kind == THEN ? ((Function<R, RR>) function).apply(r) : (RR) r;
        }
    }

    public static <T, U, A, R> Collector<T, ?, R> mapping(
            Function<? super T, ? extends U> mapper, Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        return new Adapted<T, U, A, R, R>(Adapted.MAP, mapper, downstream, downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        return new Adapted<T, U, A, R, R>(Adapted.FLAT_MAP, mapper, downstream, downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(
            Predicate<? super T> predicate, Collector<? super T, A, R> downstream) {
        Objects.requireNonNull(predicate);
        return new Adapted<T, T, A, R, R>(Adapted.FILTER, predicate, downstream, downstream.characteristics());
    }

    /** The result is the finisher's, so IDENTITY_FINISH is dropped from the downstream's characteristics. */
    @SuppressWarnings("unchecked")
    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(
            Collector<T, A, R> downstream, Function<R, RR> finisher) {
        Objects.requireNonNull(finisher);
        Set<Collector.Characteristics> characteristics = downstream.characteristics();
        if (characteristics.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            Set<Collector.Characteristics> without = new HashSet<>(characteristics);
            without.remove(Collector.Characteristics.IDENTITY_FINISH);
            characteristics = without.isEmpty() ? NO_ID : Set.copyOf(without);
        }
        return (Collector<T, A, RR>)
                (Collector<T, ?, RR>) new Adapted<T, T, A, R, RR>(Adapted.THEN, finisher, downstream, characteristics);
    }

    // ---- numbers

    /**
     * Sums, averages, counts and summary statistics of a number taken from each element. Double
     * sums and averages use {@link DoubleSummaryStatistics}, whose compensated sum is the JDK's.
     */
    private static final class Numbers<T, R> extends Base<T, Object, R> {
        static final int SUM_INT = 0;
        static final int SUM_LONG = 1;
        static final int SUM_DOUBLE = 2;
        static final int AVERAGE_INT = 3;
        static final int AVERAGE_LONG = 4;
        static final int AVERAGE_DOUBLE = 5;
        static final int SUMMARY_INT = 6;
        static final int SUMMARY_LONG = 7;
        static final int SUMMARY_DOUBLE = 8;
        private final int kind;
        private final Object mapper;

        Numbers(int kind, Object mapper) {
            super(kind >= SUMMARY_INT ? ID : NO_ID);
            this.kind = kind;
            this.mapper = Objects.requireNonNull(mapper);
        }

        @Override
        public Object get() {
            return switch (kind) {
                case SUM_INT -> new int[1];
                case SUM_LONG -> new long[1];
                case AVERAGE_INT, AVERAGE_LONG -> new long[2];
                case SUMMARY_INT -> new IntSummaryStatistics();
                case SUMMARY_LONG -> new LongSummaryStatistics();
                default -> new DoubleSummaryStatistics();
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Object a, T t) {
            switch (kind) {
                case SUM_INT -> ((int[]) a)[0] += ((ToIntFunction<? super T>) mapper).applyAsInt(t);
                case SUM_LONG -> ((long[]) a)[0] += ((ToLongFunction<? super T>) mapper).applyAsLong(t);
                case AVERAGE_INT -> {
                    ((long[]) a)[0] += ((ToIntFunction<? super T>) mapper).applyAsInt(t);
                    ((long[]) a)[1]++;
                }
                case AVERAGE_LONG -> {
                    ((long[]) a)[0] += ((ToLongFunction<? super T>) mapper).applyAsLong(t);
                    ((long[]) a)[1]++;
                }
                case SUMMARY_INT ->
                    ((IntSummaryStatistics) a).accept(((ToIntFunction<? super T>) mapper).applyAsInt(t));
                case SUMMARY_LONG ->
                    ((LongSummaryStatistics) a).accept(((ToLongFunction<? super T>) mapper).applyAsLong(t));
                default ->
                    ((DoubleSummaryStatistics) a).accept(((ToDoubleFunction<? super T>) mapper).applyAsDouble(t));
            }
        }

        @Override
        public Object apply(Object a, Object b) {
            switch (kind) {
                case SUM_INT -> ((int[]) a)[0] += ((int[]) b)[0];
                case SUM_LONG -> ((long[]) a)[0] += ((long[]) b)[0];
                case AVERAGE_INT, AVERAGE_LONG -> {
                    ((long[]) a)[0] += ((long[]) b)[0];
                    ((long[]) a)[1] += ((long[]) b)[1];
                }
                case SUMMARY_INT -> ((IntSummaryStatistics) a).combine((IntSummaryStatistics) b);
                case SUMMARY_LONG -> ((LongSummaryStatistics) a).combine((LongSummaryStatistics) b);
                default -> ((DoubleSummaryStatistics) a).combine((DoubleSummaryStatistics) b);
            }
            return a;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R apply(Object a) {
            Object r =
                    switch (kind) {
                        case SUM_INT -> ((int[]) a)[0];
                        case SUM_LONG -> ((long[]) a)[0];
                        case SUM_DOUBLE -> ((DoubleSummaryStatistics) a).getSum();
                        case AVERAGE_INT, AVERAGE_LONG -> {
                            long[] sumCount = (long[]) a;
                            yield sumCount[1] == 0 ? 0.0d : (double) sumCount[0] / sumCount[1];
                        }
                        case AVERAGE_DOUBLE -> ((DoubleSummaryStatistics) a).getAverage();
                        default -> a;
                    };
            return (R) r;
        }
    }

    /** {@code counting()} is {@code summingLong(e -> 1L)} in the JDK. */
    private static final ToLongFunction<Object> ONE = new ToLongFunction<Object>() {
        @Override
        public long applyAsLong(Object value) {
            return 1L;
        }
    };

    public static <T> Collector<T, ?, Long> counting() {
        return new Numbers<T, Long>(Numbers.SUM_LONG, ONE);
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return new Numbers<T, Integer>(Numbers.SUM_INT, mapper);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return new Numbers<T, Long>(Numbers.SUM_LONG, mapper);
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return new Numbers<T, Double>(Numbers.SUM_DOUBLE, mapper);
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return new Numbers<T, Double>(Numbers.AVERAGE_INT, mapper);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return new Numbers<T, Double>(Numbers.AVERAGE_LONG, mapper);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return new Numbers<T, Double>(Numbers.AVERAGE_DOUBLE, mapper);
    }

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return new Numbers<T, IntSummaryStatistics>(Numbers.SUMMARY_INT, mapper);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return new Numbers<T, LongSummaryStatistics>(Numbers.SUMMARY_LONG, mapper);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return new Numbers<T, DoubleSummaryStatistics>(Numbers.SUMMARY_DOUBLE, mapper);
    }

    // ---- reductions

    /** {@code reducing(identity, mapper, op)}: the running value in a one-element array. */
    private static final class Reducing<T, U> extends Base<T, Object[], U> {
        private final U identity;
        private final Function<? super T, ? extends U> mapper;
        private final BinaryOperator<U> op;

        Reducing(U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {
            super(NO_ID);
            this.identity = identity;
            this.mapper = mapper;
            this.op = op;
        }

        @Override
        public Object[] get() {
            return new Object[] {identity};
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Object[] a, T t) {
            a[0] = op.apply((U) a[0], mapper.apply(t));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object[] apply(Object[] a, Object[] b) {
            a[0] = op.apply((U) a[0], (U) b[0]);
            return a;
        }

        @Override
        @SuppressWarnings("unchecked")
        public U apply(Object[] a) {
            return (U) a[0];
        }
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return new Reducing<T, T>(identity, Collectors.<T>identityFunction(), op);
    }

    @SuppressWarnings("unchecked")
    private static <T> Function<T, T> identityFunction() {
        return (Function<T, T>) IDENTITY;
    }

    public static <T, U> Collector<T, ?, U> reducing(
            U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {
        return new Reducing<T, U>(identity, mapper, op);
    }

    /** {@code reducing(op)}: the first element, then op; the JDK's result is {@code Optional.ofNullable}. */
    private static final class ReducingOptional<T> extends Base<T, ReducingOptional.Box<T>, Optional<T>> {
        static final class Box<T> {
            T value;
            boolean present;
        }

        private final BinaryOperator<T> op;

        ReducingOptional(BinaryOperator<T> op) {
            super(NO_ID);
            this.op = op;
        }

        @Override
        public Box<T> get() {
            return new Box<>();
        }

        @Override
        public void accept(Box<T> box, T t) {
            if (box.present) {
                box.value = op.apply(box.value, t);
            } else {
                box.value = t;
                box.present = true;
            }
        }

        @Override
        public Box<T> apply(Box<T> a, Box<T> b) {
            if (b.present) {
                accept(a, b.value);
            }
            return a;
        }

        @Override
        public Optional<T> apply(Box<T> box) {
            return Optional.ofNullable(box.value);
        }
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        return new ReducingOptional<>(op);
    }

    /** {@code BinaryOperator.minBy}/{@code maxBy}: ties keep the first (min) or the first too (max, {@code >=}). */
    static final class Select<T> implements BinaryOperator<T> {
        private final Comparator<? super T> comparator;
        private final boolean max;

        Select(Comparator<? super T> comparator, boolean max) {
            this.comparator = Objects.requireNonNull(comparator);
            this.max = max;
        }

        @Override
        public T apply(T a, T b) {
            int c = comparator.compare(a, b);
            return (max ? c >= 0 : c <= 0) ? a : b;
        }
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(new Select<T>(comparator, false));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(new Select<T>(comparator, true));
    }

    // ---- grouping and partitioning

    /** Groups in the map the factory makes; each group's container is finished in place at the end. */
    private static final class Grouping<T, K, A, D, M extends Map<K, D>> extends Base<T, Map<K, A>, M> {
        private final Function<? super T, ? extends K> classifier;
        private final Supplier<M> mapFactory;
        private final Supplier<A> supplier;
        private final BiConsumer<A, ? super T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, D> finisher;
        private final boolean identityFinish;

        Grouping(
                Function<? super T, ? extends K> classifier,
                Supplier<M> mapFactory,
                Collector<? super T, A, D> downstream,
                boolean identityFinish) {
            super(identityFinish ? ID : NO_ID);
            this.classifier = classifier;
            this.mapFactory = mapFactory;
            this.supplier = downstream.supplier();
            this.accumulator = downstream.accumulator();
            this.combiner = downstream.combiner();
            this.finisher = downstream.finisher();
            this.identityFinish = identityFinish;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<K, A> get() {
            return (Map<K, A>) mapFactory.get();
        }

        /** As {@code computeIfAbsent(key, k -> supplier.get())}. */
        @Override
        public void accept(Map<K, A> m, T t) {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.get(key);
            if (container == null) {
                container = supplier.get();
                if (container != null) {
                    m.put(key, container);
                }
            }
            accumulator.accept(container, t);
        }

        @Override
        public Map<K, A> apply(Map<K, A> m1, Map<K, A> m2) {
            for (Map.Entry<K, A> e : m2.entrySet()) {
                m1.merge(e.getKey(), e.getValue(), combiner);
            }
            return m1;
        }

        @Override
        @SuppressWarnings("unchecked")
        public M apply(Map<K, A> m) {
            if (!identityFinish) {
                m.replaceAll(new BiFunction<K, A, A>() {
                    @Override
                    public A apply(K k, A v) {
                        return (A) finisher.apply(v);
                    }
                });
            }
            return (M) m;
        }
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return new Grouping<T, K, A, D, Map<K, D>>(
                classifier,
                new Supplier<Map<K, D>>() {
                    @Override
                    public Map<K, D> get() {
                        return new HashMap<>();
                    }
                },
                downstream,
                downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH));
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier,
            Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        return new Grouping<T, K, A, D, M>(
                classifier,
                mapFactory,
                downstream,
                downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH));
    }

    private static final class Partitioning<T, A, D> extends Base<T, Partition<A>, Map<Boolean, D>> {
        private final Predicate<? super T> predicate;
        private final Supplier<A> supplier;
        private final BiConsumer<A, ? super T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, D> finisher;

        Partitioning(Predicate<? super T> predicate, Collector<? super T, A, D> downstream) {
            super(downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH) ? ID : NO_ID);
            this.predicate = predicate;
            this.supplier = downstream.supplier();
            this.accumulator = downstream.accumulator();
            this.combiner = downstream.combiner();
            this.finisher = downstream.finisher();
        }

        @Override
        public Partition<A> get() {
            return new Partition<>(supplier.get(), supplier.get());
        }

        @Override
        public void accept(Partition<A> p, T t) {
            accumulator.accept(predicate.test(t) ? p.forTrue : p.forFalse, t);
        }

        @Override
        public Partition<A> apply(Partition<A> left, Partition<A> right) {
            return new Partition<>(
                    combiner.apply(left.forTrue, right.forTrue), combiner.apply(left.forFalse, right.forFalse));
        }

        @Override
        public Map<Boolean, D> apply(Partition<A> p) {
            return new Partition<>(finisher.apply(p.forTrue), finisher.apply(p.forFalse));
        }
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(
            Predicate<? super T> predicate, Collector<? super T, A, D> downstream) {
        return new Partitioning<T, A, D>(predicate, downstream);
    }

    /** The JDK's partition map: always both keys, false first. */
    private static final class Partition<T> extends AbstractMap<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public T get(Object key) {
            return key instanceof Boolean b ? (b ? forTrue : forFalse) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        @Override
        public boolean containsValue(Object value) {
            return Objects.equals(value, forTrue) || Objects.equals(value, forFalse);
        }

        @Override
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                @Override
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    return List.<Map.Entry<Boolean, T>>of(
                                    new AbstractMap.SimpleImmutableEntry<>(false, forFalse),
                                    new AbstractMap.SimpleImmutableEntry<>(true, forTrue))
                            .iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }
    }

    // ---- maps

    /**
     * {@code toMap}: without a merge function a repeated key is the JDK's IllegalStateException
     * and a null value its NullPointerException; with one, {@code Map.merge} decides.
     */
    private static final class ToMap<T, K, U, M extends Map<K, U>> extends Base<T, M, M> {
        private final Function<? super T, ? extends K> keyMapper;
        private final Function<? super T, ? extends U> valueMapper;
        private final BinaryOperator<U> merge;
        private final Supplier<M> mapFactory;

        ToMap(
                Function<? super T, ? extends K> keyMapper,
                Function<? super T, ? extends U> valueMapper,
                BinaryOperator<U> merge,
                Supplier<M> mapFactory) {
            super(ID);
            this.keyMapper = Objects.requireNonNull(keyMapper);
            this.valueMapper = Objects.requireNonNull(valueMapper);
            this.merge = merge;
            this.mapFactory = mapFactory;
        }

        @Override
        @SuppressWarnings("unchecked")
        public M get() {
            return mapFactory == null ? (M) new HashMap<K, U>() : mapFactory.get();
        }

        @Override
        public void accept(M map, T element) {
            put(map, keyMapper.apply(element), valueMapper.apply(element));
        }

        private void put(M map, K k, U v) {
            if (merge != null) {
                map.merge(k, v, merge);
                return;
            }
            Objects.requireNonNull(v);
            U u = map.putIfAbsent(k, v);
            if (u != null) {
                throw new IllegalStateException(
                        String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v));
            }
        }

        @Override
        public M apply(M m1, M m2) {
            for (Map.Entry<K, U> e : m2.entrySet()) {
                put(m1, e.getKey(), e.getValue());
            }
            return m1;
        }
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        return new ToMap<T, K, U, Map<K, U>>(keyMapper, valueMapper, null, null);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(
            Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(mergeFunction);
        return new ToMap<T, K, U, Map<K, U>>(keyMapper, valueMapper, mergeFunction, null);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(
            Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction,
            Supplier<M> mapFactory) {
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return new ToMap<T, K, U, M>(keyMapper, valueMapper, mergeFunction, mapFactory);
    }

    /** The JDK freezes with {@code Map.ofEntries}, which rejects null keys and values. */
    private static <K, U> Function<Map<K, U>, Map<K, U>> freezeMap() {
        return new Function<Map<K, U>, Map<K, U>>() {
            @Override
            @SuppressWarnings("unchecked")
            public Map<K, U> apply(Map<K, U> map) {
                return Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(
                new ToMap<T, K, U, Map<K, U>>(keyMapper, valueMapper, null, null), Collectors.<K, U>freezeMap());
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(
            Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(
                new ToMap<T, K, U, Map<K, U>>(keyMapper, valueMapper, mergeFunction, null),
                Collectors.<K, U>freezeMap());
    }

    // ---- teeing

    private static final class Teeing<T, A1, A2, R1, R2, R> extends Base<T, Object[], R> {
        private final Collector<? super T, A1, R1> first;
        private final Collector<? super T, A2, R2> second;
        private final BiConsumer<A1, ? super T> a1;
        private final BiConsumer<A2, ? super T> a2;
        private final BiFunction<? super R1, ? super R2, R> merger;

        Teeing(
                Collector<? super T, A1, R1> first,
                Collector<? super T, A2, R2> second,
                BiFunction<? super R1, ? super R2, R> merger) {
            super(NO_ID);
            this.first = first;
            this.second = second;
            this.a1 = first.accumulator();
            this.a2 = second.accumulator();
            this.merger = merger;
        }

        @Override
        public Object[] get() {
            return new Object[] {first.supplier().get(), second.supplier().get()};
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Object[] pair, T t) {
            a1.accept((A1) pair[0], t);
            a2.accept((A2) pair[1], t);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object[] apply(Object[] left, Object[] right) {
            left[0] = first.combiner().apply((A1) left[0], (A1) right[0]);
            left[1] = second.combiner().apply((A2) left[1], (A2) right[1]);
            return left;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R apply(Object[] pair) {
            return merger.apply(
                    first.finisher().apply((A1) pair[0]), second.finisher().apply((A2) pair[1]));
        }
    }

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(
            Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2,
            BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        return tee(downstream1, downstream2, merger);
    }

    private static <T, A1, A2, R1, R2, R> Collector<T, ?, R> tee(
            Collector<? super T, A1, R1> downstream1,
            Collector<? super T, A2, R2> downstream2,
            BiFunction<? super R1, ? super R2, R> merger) {
        return new Teeing<T, A1, A2, R1, R2, R>(downstream1, downstream2, merger);
    }
}
