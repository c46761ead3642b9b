package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Stream pipelines against the JDK's: random sources, intermediate operations and terminal
 * operations (collectors included), built once and run on both sides by reflection. Every
 * function logs its calls, so the comparison covers laziness and the order of side effects as
 * well as the result, the exception (class and message), reuse of a used stream and close
 * handlers.
 */
class StreamPipelinesTest {
    private static final String[] STREAM_CLASSES = {
        "BaseStream",
        "Stream",
        "IntStream",
        "LongStream",
        "DoubleStream",
        "Pipeline",
        "RefPipeline",
        "IntPipeline",
        "LongPipeline",
        "DoublePipeline",
        "Collector",
        "Collectors",
        "StreamSupport"
    };
    private static final String[] UTIL_CLASSES = {
        "Spliterators",
        "IntSummaryStatistics",
        "LongSummaryStatistics",
        "DoubleSummaryStatistics",
        "OptionalLong",
        "OptionalDouble"
    };
    static final Shadow SHADOW = new Shadow(internalNames());

    private static String[] internalNames() {
        List<String> names = new ArrayList<>();
        for (String c : STREAM_CLASSES) {
            names.add("java/util/stream/" + c);
        }
        for (String c : UTIL_CLASSES) {
            names.add("java/util/" + c);
        }
        return names.toArray(String[]::new);
    }

    /** One side of the comparison: the JDK's classes or ours, and what the pipeline's functions logged. */
    static final class Side {
        final boolean jdk;
        final StringBuilder log = new StringBuilder();

        Side(boolean jdk) {
            this.jdk = jdk;
        }

        Class<?> type(String simple) {
            boolean util = Arrays.asList(UTIL_CLASSES).contains(simple);
            String pkg = util ? "java/util/" : "java/util/stream/";
            try {
                return jdk ? Class.forName((pkg + simple).replace('/', '.')) : SHADOW.loadClass("shadow." + simple);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Calls {@code owner.name(types)} on {@code target} (null for static methods). */
        Object call(Object target, String owner, String name, Object[] types, Object... args) throws Throwable {
            Class<?>[] resolved = new Class<?>[types.length];
            for (int i = 0; i < types.length; i++) {
                resolved[i] = types[i] instanceof String s ? type(s) : (Class<?>) types[i];
            }
            Method m = type(owner).getMethod(name, resolved);
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        Object stat(String owner, String name, Object[] types, Object... args) throws Throwable {
            return call(null, owner, name, types, args);
        }

        /** A stream of these elements made on this side. */
        Object streamOf(Object... elements) throws Throwable {
            return stat("Stream", "of", t(Object[].class), (Object) elements);
        }

        Object collector(String name, Object[] types, Object... args) throws Throwable {
            return stat("Collectors", name, types, args);
        }
    }

    static Object[] t(Object... types) {
        return types;
    }

    /** The stream being built and the interface its methods are called through. */
    static final class Current {
        Object stream;
        String owner;

        Current(Object stream, String owner) {
            this.stream = stream;
            this.owner = owner;
        }
    }

    interface Step {
        void apply(Side s, Current c) throws Throwable;
    }

    record Pipeline(List<String> text, List<Step> steps) {}

    /** Runs the pipeline: the result, then what was logged, then reuse and close behaviour. */
    static String run(Pipeline p, Side s) {
        Current c = new Current(null, "Stream");
        StringBuilder out = new StringBuilder();
        try {
            for (Step step : p.steps()) {
                step.apply(s, c);
            }
            out.append(show(c.stream));
        } catch (Throwable e) {
            out.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return out + " | " + s.log;
    }

    static String show(Object o) {
        if (o instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        if (o instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (o instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (o instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (o instanceof Double d) {
            return d + "/" + Double.doubleToRawLongBits(d);
        }
        return String.valueOf(o);
    }

    // ---- building random pipelines

    private final SplittableRandom r = new SplittableRandom(20261204);

    private Integer[] elements() {
        Integer[] e = new Integer[r.nextInt(12)];
        for (int i = 0; i < e.length; i++) {
            e[i] = r.nextInt(-5, 25);
        }
        return e;
    }

    private Pipeline refPipeline() {
        List<String> text = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Integer[] e = elements();
        Integer[] e2 = elements();
        int seed = r.nextInt(10);
        int bound = r.nextInt(30);
        int stride = 1 + r.nextInt(4);
        boolean infinite = false;
        switch (r.nextInt(8)) {
            case 0 -> {
                text.add("of" + Arrays.toString(e));
                steps.add((s, c) -> c.stream = s.streamOf((Object[]) e.clone()));
            }
            case 1 -> {
                text.add("list" + Arrays.toString(e));
                steps.add((s, c) -> c.stream = s.stat(
                        "StreamSupport",
                        "stream",
                        t(Spliterator.class, boolean.class),
                        new ArrayList<>(Arrays.asList(e)).spliterator(),
                        false));
            }
            case 2 -> {
                text.add("iterate(" + seed + ", +" + stride + ")");
                infinite = true;
                steps.add((s, c) -> c.stream = s.stat(
                        "Stream", "iterate", t(Object.class, UnaryOperator.class), seed, log(s, "i", (UnaryOperator<
                                        Object>)
                                x -> (Integer) x + stride)));
            }
            case 3 -> {
                text.add("iterate(" + seed + ", <" + bound + ", +" + stride + ")");
                steps.add((s, c) -> c.stream = s.stat(
                        "Stream",
                        "iterate",
                        t(Object.class, Predicate.class, UnaryOperator.class),
                        seed,
                        (Predicate<Object>) x -> (Integer) x < bound,
                        (UnaryOperator<Object>) x -> (Integer) x + stride));
            }
            case 4 -> {
                text.add("generate");
                infinite = true;
                steps.add((s, c) -> {
                    int[] counter = {seed};
                    c.stream = s.stat("Stream", "generate", t(Supplier.class), (Supplier<Object>) () -> {
                        s.log.append("g").append(counter[0]).append(',');
                        return counter[0]++ * 7 % 11;
                    });
                });
            }
            case 5 -> {
                text.add("concat" + Arrays.toString(e) + Arrays.toString(e2));
                steps.add((s, c) -> c.stream = s.stat(
                        "Stream",
                        "concat",
                        t("Stream", "Stream"),
                        closeLogged(s, s.streamOf((Object[]) e.clone()), "a"),
                        closeLogged(s, s.streamOf((Object[]) e2.clone()), "b")));
            }
            case 6 -> {
                text.add("builder" + Arrays.toString(e));
                steps.add((s, c) -> {
                    Object b = s.stat("Stream", "builder", t());
                    for (Integer x : e) {
                        b = s.call(b, "Stream$Builder", "add", t(Object.class), x);
                    }
                    c.stream = s.call(b, "Stream$Builder", "build", t());
                });
            }
            default -> {
                text.add("range(" + seed + "," + bound + ").boxed");
                steps.add((s, c) -> c.stream = s.call(
                        s.stat("IntStream", "range", t(int.class, int.class), seed, bound), "IntStream", "boxed", t()));
            }
        }
        if (infinite) {
            // before the limit, only operations that keep an infinite stream flowing (map, peek, skip)
            for (int i = r.nextInt(3); i > 0; i--) {
                intermediate(text, steps, new int[] {1, 2, 7}[r.nextInt(3)]);
            }
            int n = r.nextInt(8);
            text.add("limit(" + n + ")");
            steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "limit", t(long.class), (long) n));
        }
        int ops = r.nextInt(5);
        for (int i = 0; i < ops; i++) {
            int which = r.nextInt(15);
            // mapMulti buffers one element's output where the JDK pushes it on: after a
            // short-circuit further down, the JDK's later stages still see the rest of that
            // output. Only as the last stage are the two indistinguishable.
            if (which == 11 && i < ops - 1) {
                which = 2;
            }
            intermediate(text, steps, which);
        }
        terminal(text, steps);
        return new Pipeline(text, steps);
    }

    static Object closeLogged(Side s, Object stream, String name) throws Throwable {
        return s.call(
                stream, "Stream", "onClose", t(Runnable.class), (Runnable) () -> s.log.append("close " + name + ","));
    }

    static <F> F log(Side s, String tag, F f) {
        return f;
    }

    private void intermediate(List<String> text, List<Step> steps, int which) {
        int k = 2 + r.nextInt(3);
        int n = r.nextInt(6);
        switch (which) {
            case 0 -> {
                text.add("filter(%" + k + ")");
                steps.add((s, c) ->
                        c.stream = s.call(c.stream, "Stream", "filter", t(Predicate.class), (Predicate<Object>) x -> {
                            s.log.append("f").append(x).append(',');
                            return (Integer) x % k != 0;
                        }));
            }
            case 1 -> {
                text.add("map(*3%17)");
                steps.add((s, c) -> c.stream =
                        s.call(c.stream, "Stream", "map", t(Function.class), (Function<Object, Object>) x -> {
                            s.log.append("m").append(x).append(',');
                            return (Integer) x * 3 % 17;
                        }));
            }
            case 2 -> {
                text.add("peek");
                steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "peek", t(Consumer.class), (Consumer<Object>)
                        x -> s.log.append("p").append(x).append(',')));
            }
            case 3 -> {
                text.add("sorted");
                steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "sorted", t()));
            }
            case 4 -> {
                text.add("sorted(reverse)");
                steps.add((s, c) -> c.stream =
                        s.call(c.stream, "Stream", "sorted", t(Comparator.class), Comparator.reverseOrder()));
            }
            case 5 -> {
                text.add("distinct");
                steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "distinct", t()));
            }
            case 6 -> {
                text.add("limit(" + n + ")");
                steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "limit", t(long.class), (long) n));
            }
            case 7 -> {
                text.add("skip(" + n + ")");
                steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "skip", t(long.class), (long) n));
            }
            case 8 -> {
                text.add("takeWhile(<" + n * 3 + ")");
                steps.add((s, c) ->
                        c.stream = s.call(c.stream, "Stream", "takeWhile", t(Predicate.class), (Predicate<Object>)
                                x -> (Integer) x < n * 3));
            }
            case 9 -> {
                text.add("dropWhile(<" + n * 3 + ")");
                steps.add((s, c) ->
                        c.stream = s.call(c.stream, "Stream", "dropWhile", t(Predicate.class), (Predicate<Object>)
                                x -> (Integer) x < n * 3));
            }
            case 10 -> {
                text.add("flatMap(x, x+100)");
                steps.add((s, c) -> c.stream =
                        s.call(c.stream, "Stream", "flatMap", t(Function.class), (Function<Object, Object>) x -> {
                            try {
                                return (Integer) x % k == 0
                                        ? null
                                        : closeLogged(s, s.streamOf(x, (Integer) x + 100), "inner" + x);
                            } catch (Throwable e) {
                                throw new IllegalStateException(e);
                            }
                        }));
            }
            case 11 -> {
                text.add("mapMulti");
                steps.add((s, c) -> c.stream = s.call(
                        c.stream, "Stream", "mapMulti", t(BiConsumer.class), (BiConsumer<Object, Consumer<Object>>)
                                (x, sink) -> {
                                    s.log.append("mm").append(x).append(',');
                                    if ((Integer) x % 2 == 0) {
                                        sink.accept(x);
                                        sink.accept(-(Integer) x);
                                    }
                                }));
            }
            case 12 -> {
                text.add("mapToInt.boxed");
                steps.add((s, c) -> c.stream = s.call(
                        s.call(c.stream, "Stream", "mapToInt", t(ToIntFunction.class), (ToIntFunction<Object>)
                                x -> (Integer) x),
                        "IntStream",
                        "boxed",
                        t()));
            }
            case 13 -> {
                text.add("parallel/unordered");
                steps.add((s, c) -> {
                    c.stream = s.call(c.stream, "Stream", "parallel", t());
                    s.log.append("par=")
                            .append(s.call(c.stream, "Stream", "isParallel", t()))
                            .append(',');
                    c.stream = s.call(c.stream, "Stream", "sequential", t());
                });
            }
            default -> {
                text.add("onClose");
                steps.add((s, c) -> c.stream = closeLogged(s, c.stream, "h" + k));
            }
        }
    }

    private void terminal(List<String> text, List<Step> steps) {
        int k = 2 + r.nextInt(4);
        String[] names = {
            "toList",
            "count",
            "forEach",
            "reduceSum",
            "reduceMax",
            "min",
            "max",
            "findFirst",
            "anyMatch",
            "allMatch",
            "noneMatch",
            "toArray",
            "toArrayTyped",
            "iterator",
            "collect3",
            "intSum",
            "intAverage",
            "intStats",
            "doubleSum",
            "doubleAverage",
            "doubleStats",
            "longSum",
            "collector",
            "collector",
            "collector",
            "collector",
            "collector",
            "joining"
        };
        String name = names[r.nextInt(names.length)];
        if (name.equals("collector")) {
            collector(text, steps);
        } else {
            text.add(name);
            steps.add((s, c) -> c.stream = terminal(s, c.stream, name, k));
        }
        // the stream is used now: another operation must fail, and close runs the handlers once
        steps.add((s, c) -> {
            Object result = c.stream;
            s.log.append("result=").append(show(result)).append(',');
            c.stream = null;
        });
    }

    private static Object terminal(Side s, Object st, String name, int k) throws Throwable {
        Predicate<Object> p = x -> (Integer) x % k == 0;
        Object result =
                switch (name) {
                    case "toList" -> s.call(st, "Stream", "toList", t());
                    case "count" -> s.call(st, "Stream", "count", t());
                    case "forEach" -> {
                        s.call(st, "Stream", "forEach", t(Consumer.class), (Consumer<Object>)
                                x -> s.log.append("e").append(x).append(','));
                        yield "done";
                    }
                    case "reduceSum" ->
                        s.call(st, "Stream", "reduce", t(Object.class, BinaryOperator.class), 0, (BinaryOperator<
                                        Object>)
                                (a, b) -> (Integer) a + (Integer) b);
                    case "reduceMax" ->
                        s.call(st, "Stream", "reduce", t(BinaryOperator.class), (BinaryOperator<Object>)
                                (a, b) -> Math.max((Integer) a, (Integer) b));
                    case "min" -> s.call(st, "Stream", "min", t(Comparator.class), Comparator.naturalOrder());
                    case "max" -> s.call(st, "Stream", "max", t(Comparator.class), Comparator.naturalOrder());
                    case "findFirst" -> s.call(st, "Stream", "findFirst", t());
                    case "anyMatch", "allMatch", "noneMatch" -> s.call(st, "Stream", name, t(Predicate.class), p);
                    case "toArray" -> s.call(st, "Stream", "toArray", t());
                    case "toArrayTyped" ->
                        s.call(st, "Stream", "toArray", t(IntFunction.class), (IntFunction<Integer[]>) Integer[]::new);
                    case "iterator" -> {
                        Iterator<?> it = (Iterator<?>) s.call(st, "Stream", "iterator", t());
                        StringBuilder b = new StringBuilder();
                        while (it.hasNext()) {
                            b.append(it.next()).append(';');
                        }
                        yield b.toString();
                    }
                    case "collect3" ->
                        s.call(
                                st,
                                "Stream",
                                "collect",
                                t(Supplier.class, BiConsumer.class, BiConsumer.class),
                                (Supplier<Object>) ArrayList::new,
                                (BiConsumer<ArrayList<Object>, Object>) ArrayList::add,
                                (BiConsumer<ArrayList<Object>, ArrayList<Object>>) ArrayList::addAll);
                    case "intSum", "intAverage", "intStats" -> {
                        Object ints = s.call(st, "Stream", "mapToInt", t(ToIntFunction.class), (ToIntFunction<Object>)
                                x -> (Integer) x * 1000003);
                        yield s.call(
                                ints,
                                "IntStream",
                                name.equals("intSum")
                                        ? "sum"
                                        : name.equals("intAverage") ? "average" : "summaryStatistics",
                                t());
                    }
                    case "doubleSum", "doubleAverage", "doubleStats" -> {
                        Object ds = s.call(
                                st, "Stream", "mapToDouble", t(ToDoubleFunction.class), (ToDoubleFunction<Object>)
                                        x -> (Integer) x * 0.1 + 1e15 * ((Integer) x % 3));
                        yield s.call(
                                ds,
                                "DoubleStream",
                                name.equals("doubleSum")
                                        ? "sum"
                                        : name.equals("doubleAverage") ? "average" : "summaryStatistics",
                                t());
                    }
                    case "longSum" -> {
                        Object ls = s.call(st, "Stream", "mapToLong", t(ToLongFunction.class), (ToLongFunction<Object>)
                                x -> (Integer) x * 4_000_000_000L);
                        yield s.call(ls, "LongStream", "sum", t());
                    }
                    default -> {
                        Object strings = s.call(
                                st, "Stream", "map", t(Function.class), (Function<Object, Object>) String::valueOf);
                        yield s.call(
                                strings,
                                "Stream",
                                "collect",
                                t("Collector"),
                                s.collector(
                                        "joining",
                                        t(CharSequence.class, CharSequence.class, CharSequence.class),
                                        ", ",
                                        "<",
                                        ">"));
                    }
                };
        String reuse;
        try {
            s.call(st, "Stream", "count", t());
            reuse = "reused";
        } catch (IllegalStateException e) {
            reuse = e.getMessage();
        }
        s.log.append(reuse).append(',');
        s.call(st, "Stream", "close", t());
        s.call(st, "Stream", "close", t());
        return result;
    }

    private void collector(List<String> text, List<Step> steps) {
        int k = 2 + r.nextInt(4);
        int which = r.nextInt(30);
        text.add("collect#" + which);
        steps.add((s, c) -> c.stream = s.call(c.stream, "Stream", "collect", t("Collector"), collector(s, which, k)));
    }

    private static Object collector(Side s, int which, int k) throws Throwable {
        Function<Object, Object> key = x -> Math.floorMod((Integer) x, k);
        Predicate<Object> even = x -> (Integer) x % 2 == 0;
        ToIntFunction<Object> asInt = x -> (Integer) x;
        ToDoubleFunction<Object> tenth = x -> (Integer) x * 0.1;
        BinaryOperator<Object> sum = (a, b) -> (Integer) a + (Integer) b;
        return switch (which) {
            case 0 -> s.collector("toList", t());
            case 1 -> s.collector("toSet", t());
            case 2 -> s.collector("toUnmodifiableList", t());
            case 3 -> s.collector("toCollection", t(Supplier.class), (Supplier<Object>) TreeSet::new);
            case 4 -> s.collector("groupingBy", t(Function.class), key);
            case 5 ->
                s.collector(
                        "groupingBy",
                        t(Function.class, Supplier.class, "Collector"),
                        key,
                        (Supplier<Object>) TreeMap::new,
                        s.collector("counting", t()));
            case 6 ->
                s.collector(
                        "groupingBy",
                        t(Function.class, "Collector"),
                        key,
                        s.collector(
                                "mapping",
                                t(Function.class, "Collector"),
                                (Function<Object, Object>) x -> "v" + x,
                                s.collector("joining", t(CharSequence.class), "+")));
            case 7 -> s.collector("partitioningBy", t(Predicate.class), even);
            case 8 ->
                s.collector(
                        "partitioningBy",
                        t(Predicate.class, "Collector"),
                        even,
                        s.collector("summingInt", t(ToIntFunction.class), asInt));
            case 9 -> s.collector("toMap", t(Function.class, Function.class), key, (Function<Object, Object>) x -> x);
            case 10 ->
                s.collector(
                        "toMap",
                        t(Function.class, Function.class, BinaryOperator.class),
                        key,
                        (Function<Object, Object>) x -> x,
                        sum);
            case 11 ->
                s.collector(
                        "toMap",
                        t(Function.class, Function.class, BinaryOperator.class, Supplier.class),
                        key,
                        (Function<Object, Object>) x -> x,
                        sum,
                        (Supplier<Object>) TreeMap::new);
            case 12 -> s.collector("counting", t());
            case 13 -> s.collector("summingInt", t(ToIntFunction.class), asInt);
            case 14 -> s.collector("summingDouble", t(ToDoubleFunction.class), tenth);
            case 15 -> s.collector("averagingInt", t(ToIntFunction.class), asInt);
            case 16 -> s.collector("averagingDouble", t(ToDoubleFunction.class), tenth);
            case 17 -> s.collector("summarizingInt", t(ToIntFunction.class), asInt);
            case 18 -> s.collector("summarizingDouble", t(ToDoubleFunction.class), tenth);
            case 19 -> s.collector("minBy", t(Comparator.class), Comparator.naturalOrder());
            case 20 -> s.collector("maxBy", t(Comparator.class), Comparator.naturalOrder());
            case 21 -> s.collector("reducing", t(Object.class, BinaryOperator.class), 0, sum);
            case 22 -> s.collector("reducing", t(BinaryOperator.class), sum);
            case 23 ->
                s.collector(
                        "reducing",
                        t(Object.class, Function.class, BinaryOperator.class),
                        0,
                        (Function<Object, Object>) x -> (Integer) x * 2,
                        sum);
            case 24 ->
                s.collector("collectingAndThen", t("Collector", Function.class), s.collector("toList", t()), (Function<
                                List<?>, Object>)
                        List::size);
            case 25 ->
                s.collector(
                        "teeing",
                        t("Collector", "Collector", BiFunction.class),
                        s.collector("counting", t()),
                        s.collector("summingInt", t(ToIntFunction.class), asInt),
                        (BiFunction<Object, Object, Object>) (a, b) -> a + "/" + b);
            case 26 ->
                s.collector(
                        "groupingBy",
                        t(Function.class, "Collector"),
                        key,
                        s.collector("filtering", t(Predicate.class, "Collector"), even, s.collector("toList", t())));
            case 27 ->
                s.collector(
                        "flatMapping",
                        t(Function.class, "Collector"),
                        (Function<Object, Object>) x -> {
                            try {
                                return closeLogged(s, s.streamOf(x, -(Integer) x), "fm" + x);
                            } catch (Throwable e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        s.collector("toList", t()));
            case 28 ->
                s.collector(
                        "toUnmodifiableMap",
                        t(Function.class, Function.class, BinaryOperator.class),
                        key,
                        (Function<Object, Object>) x -> x,
                        sum);
            default ->
                s.collector("averagingLong", t(ToLongFunction.class), (ToLongFunction<Object>) x -> (Integer) x * 3L);
        };
    }

    @Test
    void referencePipelinesMatchTheJdk() {
        for (int i = 0; i < 1500; i++) {
            Pipeline p = refPipeline();
            String jdk = run(p, new Side(true));
            String ours = run(p, new Side(false));
            assertEquals(jdk, ours, String.join(".", p.text()));
        }
    }

    // ---- primitive pipelines

    private Pipeline intPipeline() {
        List<String> text = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        int a = r.nextInt(-5, 10);
        int b = r.nextInt(-5, 20);
        int[] values = Arrays.stream(elements()).mapToInt(Integer::intValue).toArray();
        switch (r.nextInt(5)) {
            case 0 -> {
                text.add("range(" + a + "," + b + ")");
                steps.add((s, c) -> c.stream = s.stat("IntStream", "range", t(int.class, int.class), a, b));
            }
            case 1 -> {
                text.add("rangeClosed(" + a + "," + b + ")");
                steps.add((s, c) -> c.stream = s.stat("IntStream", "rangeClosed", t(int.class, int.class), a, b));
            }
            case 2 -> {
                text.add("of" + Arrays.toString(values));
                steps.add((s, c) -> c.stream = s.stat("IntStream", "of", t(int[].class), (Object) values.clone()));
            }
            case 3 -> {
                text.add("iterate(" + a + ").limit(" + (b & 7) + ")");
                steps.add((s, c) -> c.stream = s.call(
                        s.stat("IntStream", "iterate", t(int.class, IntUnaryOperator.class), a, (IntUnaryOperator)
                                x -> {
                                    s.log.append("i").append(x).append(',');
                                    return x * 2 + 1;
                                }),
                        "IntStream",
                        "limit",
                        t(long.class),
                        (long) (b & 7)));
            }
            default -> {
                text.add("generate.limit(" + (b & 7) + ")");
                steps.add((s, c) -> {
                    int[] n = {a};
                    c.stream = s.call(
                            s.stat("IntStream", "generate", t(IntSupplier.class), (IntSupplier) () -> n[0]++ * 5 % 7),
                            "IntStream",
                            "limit",
                            t(long.class),
                            (long) (b & 7));
                });
            }
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            int k = 2 + r.nextInt(3);
            int n = r.nextInt(6);
            switch (r.nextInt(10)) {
                case 0 -> {
                    text.add("filter");
                    steps.add((s, c) -> c.stream = s.call(
                            c.stream, "IntStream", "filter", t(IntPredicate.class), (IntPredicate) x -> x % k != 0));
                }
                case 1 -> {
                    text.add("map");
                    steps.add((s, c) -> c.stream =
                            s.call(c.stream, "IntStream", "map", t(IntUnaryOperator.class), (IntUnaryOperator) x -> {
                                s.log.append("m").append(x).append(',');
                                return x * x - 7;
                            }));
                }
                case 2 -> {
                    text.add("peek");
                    steps.add((s, c) ->
                            c.stream = s.call(c.stream, "IntStream", "peek", t(IntConsumer.class), (IntConsumer)
                                    x -> s.log.append("p").append(x).append(',')));
                }
                case 3 -> {
                    text.add("sorted");
                    steps.add((s, c) -> c.stream = s.call(c.stream, "IntStream", "sorted", t()));
                }
                case 4 -> {
                    text.add("distinct");
                    steps.add((s, c) -> c.stream = s.call(c.stream, "IntStream", "distinct", t()));
                }
                case 5 -> {
                    text.add("limit(" + n + ")");
                    steps.add((s, c) -> c.stream = s.call(c.stream, "IntStream", "limit", t(long.class), (long) n));
                }
                case 6 -> {
                    text.add("skip(" + n + ")");
                    steps.add((s, c) -> c.stream = s.call(c.stream, "IntStream", "skip", t(long.class), (long) n));
                }
                case 7 -> {
                    text.add("flatMap");
                    steps.add((s, c) -> c.stream =
                            s.call(c.stream, "IntStream", "flatMap", t(IntFunction.class), (IntFunction<Object>) x -> {
                                try {
                                    return s.stat(
                                            "IntStream", "range", t(int.class, int.class), 0, Math.floorMod(x, 3));
                                } catch (Throwable e) {
                                    throw new IllegalStateException(e);
                                }
                            }));
                }
                case 8 -> {
                    text.add("takeWhile");
                    steps.add((s, c) -> c.stream = s.call(
                            c.stream, "IntStream", "takeWhile", t(IntPredicate.class), (IntPredicate) x -> x < n * 4));
                }
                default -> {
                    text.add("dropWhile");
                    steps.add((s, c) -> c.stream = s.call(
                            c.stream, "IntStream", "dropWhile", t(IntPredicate.class), (IntPredicate) x -> x < n * 4));
                }
            }
        }
        String[] terminals = {
            "sum",
            "average",
            "min",
            "max",
            "count",
            "summaryStatistics",
            "toArray",
            "reduce",
            "findFirst",
            "asLongStream",
            "asDoubleStream",
            "mapToObj"
        };
        String term = terminals[r.nextInt(terminals.length)];
        text.add(term);
        steps.add((s, c) -> c.stream = switch (term) {
            case "reduce" ->
                s.call(c.stream, "IntStream", "reduce", t(IntBinaryOperator.class), (IntBinaryOperator)
                        (x, y) -> x * 31 + y);
            case "asLongStream" ->
                s.call(s.call(c.stream, "IntStream", term, t()), "LongStream", "summaryStatistics", t());
            case "asDoubleStream" -> {
                Object d = s.call(c.stream, "IntStream", term, t());
                d = s.call(
                        d,
                        "DoubleStream",
                        "map",
                        t(java.util.function.DoubleUnaryOperator.class),
                        (java.util.function.DoubleUnaryOperator) x -> x / 3);
                yield s.call(d, "DoubleStream", "sum", t());
            }
            case "mapToObj" ->
                s.call(
                        s.call(c.stream, "IntStream", term, t(IntFunction.class), (IntFunction<Object>) x -> "#" + x),
                        "Stream",
                        "collect",
                        t("Collector"),
                        s.collector("joining", t(CharSequence.class), ","));
            default -> s.call(c.stream, "IntStream", term, t());
        });
        return new Pipeline(text, steps);
    }

    @Test
    void intPipelinesMatchTheJdk() {
        for (int i = 0; i < 1000; i++) {
            Pipeline p = intPipeline();
            assertEquals(run(p, new Side(true)), run(p, new Side(false)), String.join(".", p.text()));
        }
    }
}
