package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * HashMap, LinkedHashMap and the hash sets against the JDK's, driven by the same random
 * operations: iteration order (and so the table layout: sizes, resizes, bucket order) must be
 * the JDK's for String and Integer keys, as must every result and exception.
 */
class HashMapsTest {
    /** The map and set classes, renamed together: they use each other's package-private members. */
    static final String[] CLASSES = {
        "java/util/HashMap",
        "java/util/LinkedHashMap",
        "java/util/ReversedLinkedHashMap",
        "java/util/AbstractMap",
        "java/util/AbstractSet",
        "java/util/HashSet",
        "java/util/LinkedHashSet",
        "java/util/AbstractImmutableMap",
        "java/util/UnmodifiableMap",
        "java/util/UnmodifiableSet",
        "java/util/ImmutableMap",
        "java/util/ImmutableSet",
        "java/util/TreeMap",
        "java/util/TreeSubMap",
        "java/util/TreeSet"
    };

    static final Shadow SHADOW = new Shadow(CLASSES);

    @SuppressWarnings("unchecked")
    static <T> T ours(String simpleName, Class<?>[] types, Object... args) {
        try {
            var c = SHADOW.loadClass("shadow." + simpleName).getDeclaredConstructor(types);
            c.setAccessible(true);
            return (T) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the public clone() of one of our classes. */
    static Object cloneOf(Object ours) {
        try {
            return ours.getClass().getMethod("clone").invoke(ours);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T ours(String simpleName) {
        return ours(simpleName, new Class<?>[0]);
    }

    /**
     * The result of an operation, or the exception it threw, as comparable text. The message of a
     * NullPointerException is left out: the JVM's are its own helpful messages (JEP 358).
     */
    static String outcome(java.util.function.Supplier<?> op) {
        try {
            return String.valueOf(op.get());
        } catch (NullPointerException e) {
            return e.getClass().getName();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static final IntFunction<Object> STRING_KEYS = n -> n % 7 == 0 ? (n % 2 == 0 ? "Aa" : "BB") + n : "k" + n;
    private static final IntFunction<Object> INT_KEYS = n -> n * 31 - 500;

    @Test
    void hashMapFollowsTheJdk() {
        run(new HashMap<>(), ours("HashMap"), STRING_KEYS, 1, 600);
        run(new HashMap<>(), ours("HashMap"), INT_KEYS, 2, 2000);
        run(new HashMap<>(3), ours("HashMap", new Class<?>[] {int.class}, 3), STRING_KEYS, 3, 40);
        run(
                new HashMap<>(100, 0.5f),
                ours("HashMap", new Class<?>[] {int.class, float.class}, 100, 0.5f),
                INT_KEYS,
                4,
                300);
    }

    @Test
    void linkedHashMapFollowsTheJdkInBothOrders() {
        run(new LinkedHashMap<>(), ours("LinkedHashMap"), STRING_KEYS, 5, 600);
        Class<?>[] types = {int.class, float.class, boolean.class};
        run(new LinkedHashMap<>(16, 0.75f, true), ours("LinkedHashMap", types, 16, 0.75f, true), INT_KEYS, 6, 200);
    }

    private static String ends(Object ours, String... methods) {
        StringBuilder sb = new StringBuilder();
        for (String m : methods) {
            try {
                sb.append(ours.getClass().getMethod(m).invoke(ours)).append(' ');
            } catch (java.lang.reflect.InvocationTargetException e) {
                sb.append(e.getCause().getClass().getName()).append(' ');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }

    @Test
    void sequencedEndsFollowTheJdk() {
        LinkedHashMap<Object, Object> jdk = new LinkedHashMap<>(16, 0.75f, true);
        Map<Object, Object> ours =
                ours("LinkedHashMap", new Class<?>[] {int.class, float.class, boolean.class}, 16, 0.75f, true);
        LinkedHashSet<Object> jdkSet = new LinkedHashSet<>();
        Set<Object> ourSet = ours("LinkedHashSet");
        for (int i = 0; i < 6; i++) {
            jdk.put("k" + i, i);
            ours.put("k" + i, i);
            jdkSet.add(i * 3);
            ourSet.add(i * 3);
        }
        jdk.get("k2");
        ours.get("k2");
        for (int round = 0; round < 8; round++) {
            StringBuilder expected = new StringBuilder();
            expected.append(jdk.firstEntry())
                    .append(' ')
                    .append(jdk.lastEntry())
                    .append(' ');
            expected.append(jdk.pollFirstEntry())
                    .append(' ')
                    .append(jdk.pollLastEntry())
                    .append(' ');
            assertEquals(expected.toString(), ends(ours, "firstEntry", "lastEntry", "pollFirstEntry", "pollLastEntry"));
            assertEquals(jdk.toString(), ours.toString());
            StringBuilder expectedSet = new StringBuilder();
            for (java.util.function.Supplier<Object> op : List.<java.util.function.Supplier<Object>>of(
                    jdkSet::getFirst, jdkSet::getLast, jdkSet::removeFirst, jdkSet::removeLast)) {
                try {
                    expectedSet.append(op.get()).append(' ');
                } catch (RuntimeException e) {
                    expectedSet.append(e.getClass().getName()).append(' ');
                }
            }
            assertEquals(expectedSet.toString(), ends(ourSet, "getFirst", "getLast", "removeFirst", "removeLast"));
            assertEquals(jdkSet.toString(), ourSet.toString());
        }
    }

    /**
     * Keys whose hash codes collide in the low bits, so that buckets grow long and force resizes
     * while the table is smaller than 64 (at most 7 or 8 per bucket after that: tree bins are
     * not reproduced, see HashMap).
     */
    @Test
    void longBucketsResizeLikeTheJdk() {
        IntFunction<Object> colliding = n -> n << 4;
        run(new HashMap<>(), ours("HashMap"), colliding, 7, 30);
        Map<Object, Object> jdk = new HashMap<>();
        Map<Object, Object> ours = ours("HashMap");
        for (int i = 0; i < 28; i++) {
            int k = i << 4;
            jdk.computeIfAbsent(k, x -> "v");
            ours.computeIfAbsent(k, x -> "v");
            assertEquals(jdk.toString(), ours.toString());
        }
    }

    private static void run(
            Map<Object, Object> jdk, Map<Object, Object> ours, IntFunction<Object> keys, long seed, int keyRange) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 3000; step++) {
            Object k = keys.apply(random.nextInt(keyRange));
            Integer v = random.nextInt(5) == 0 ? null : random.nextInt(10);
            boolean clear = random.nextInt(50) == 0;
            List<Function<Map<Object, Object>, Object>> ops = List.of(
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.get(k),
                    m -> m.remove(k),
                    m -> m.putIfAbsent(k, v),
                    m -> m.computeIfAbsent(k, x -> v),
                    m -> m.computeIfPresent(k, (x, o) -> v),
                    m -> m.compute(k, (x, o) -> o == null ? v : null),
                    m -> m.merge(k, 1, (a, b) -> (Integer) a + (Integer) b),
                    m -> m.getOrDefault(k, -1),
                    m -> m.remove(k, v),
                    m -> m.replace(k, v),
                    m -> m.replace(k, v, 3),
                    m -> m.containsKey(k) + " " + m.containsValue(v),
                    m -> m.keySet().remove(k),
                    m -> m.values().remove(v),
                    m -> m.entrySet().remove(Map.entry(k, 1)),
                    m -> m.entrySet().contains(Map.entry(k, 1)),
                    HashMapsTest::removeEvens,
                    m -> {
                        m.replaceAll((x, o) -> o == null ? 0 : (Integer) o + 1);
                        return m.size();
                    },
                    m -> {
                        StringBuilder sb = new StringBuilder();
                        m.forEach((x, o) -> sb.append(x).append(o));
                        return sb;
                    },
                    m -> {
                        if (clear) {
                            m.clear();
                        }
                        return m.isEmpty();
                    });
            int op = random.nextInt(ops.size());
            assertEquals(
                    outcome(() -> ops.get(op).apply(jdk)),
                    outcome(() -> ops.get(op).apply(ours)),
                    "step " + step + " op " + op);
            assertEquals(jdk.toString(), ours.toString(), "step " + step + " op " + op);
            assertEquals(jdk.size(), ours.size());
            assertEquals(jdk.hashCode(), ours.hashCode());
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> copy = (Map<Object, Object>) cloneOf(ours);
        assertEquals(((HashMap<?, ?>) jdk).clone().toString(), copy.toString());
        copy.put("after the copy", 1);
        copy.keySet().remove(jdk.keySet().iterator().next());
        assertEquals(jdk.size(), ours.size());
        assertEquals(jdk.size(), copy.entrySet().size());
        assertEquals(jdk.keySet().toString(), ours.keySet().toString());
        assertEquals(jdk.values().toString(), ours.values().toString());
        assertEquals(jdk, ours);
        assertEquals(ours, jdk);
        assertEquals(jdk.entrySet(), ours.entrySet());
        assertEquals(new ArrayList<>(jdk.values()), new ArrayList<>(ours.values()));
    }

    private static Object removeEvens(Map<Object, Object> m) {
        Iterator<Map.Entry<Object, Object>> it = m.entrySet().iterator();
        int removed = 0;
        while (it.hasNext()) {
            Map.Entry<Object, Object> e = it.next();
            if (e.getValue() instanceof Integer i && i % 4 == 0) {
                it.remove();
                removed++;
            } else if (e.getValue() instanceof Integer i && i % 4 == 1) {
                e.setValue(i + 1);
            }
        }
        return removed;
    }

    @Test
    void iteratorsAreFailFastLikeTheJdk() {
        for (String kind : List.of("HashMap", "LinkedHashMap")) {
            Map<Object, Object> jdk = kind.equals("HashMap") ? new HashMap<>() : new LinkedHashMap<>();
            Map<Object, Object> ours = ours(kind);
            for (int i = 0; i < 20; i++) {
                jdk.put("k" + i, i);
                ours.put("k" + i, i);
            }
            assertEquals(failFast(jdk), failFast(ours));
            assertEquals(
                    outcome(() -> jdk.computeIfAbsent("new", k -> jdk.put("x", 1))),
                    outcome(() -> ours.computeIfAbsent("new", k -> ours.put("x", 1))));
        }
    }

    private static String failFast(Map<Object, Object> m) {
        StringBuilder sb = new StringBuilder();
        sb.append(outcome(() -> {
            for (Object k : m.keySet()) {
                if (k.equals("k3")) {
                    m.remove("k7");
                }
            }
            return "no failure";
        }));
        sb.append(outcome(() -> {
            for (Object k : m.keySet()) {
                if (k.equals("k4")) {
                    m.put("k4", 44);
                }
            }
            return "setting a value is not structural";
        }));
        sb.append(outcome(() -> {
            Iterator<Object> it = m.values().iterator();
            it.next();
            it.remove();
            it.remove();
            return "removed twice";
        }));
        sb.append(outcome(() -> {
            Iterator<Object> it = new HashMap<>().keySet().iterator();
            return it.next();
        }));
        sb.append(outcome(() -> {
            m.forEach((k, v) -> m.remove("k1"));
            return "forEach";
        }));
        return sb.append(m).toString();
    }

    @Test
    void hashSetsFollowTheJdk() {
        SplittableRandom random = new SplittableRandom(9);
        Set<Object> jdk = new HashSet<>();
        Set<Object> ours = ours("HashSet");
        Set<Object> jdkLinked = new LinkedHashSet<>();
        Set<Object> oursLinked = ours("LinkedHashSet");
        for (int step = 0; step < 3000; step++) {
            Object e = STRING_KEYS.apply(random.nextInt(400));
            boolean add = random.nextInt(3) > 0;
            assertEquals(add ? jdk.add(e) : jdk.remove(e), add ? ours.add(e) : ours.remove(e));
            assertEquals(add ? jdkLinked.add(e) : jdkLinked.remove(e), add ? oursLinked.add(e) : oursLinked.remove(e));
            assertEquals(jdk.contains(e), ours.contains(e));
            if (step % 100 == 0) {
                assertEquals(jdk.toString(), ours.toString());
                assertEquals(jdkLinked.toString(), oursLinked.toString());
                assertEquals(jdk.hashCode(), ours.hashCode());
            }
        }
        assertEquals(jdk, ours);
        assertEquals(ours, jdkLinked);
        assertEquals(jdk.toString(), ours.toString());
        Class<?>[] fromCollection = {java.util.Collection.class};
        List<Object> source = new ArrayList<>(jdkLinked);
        assertEquals(
                new HashSet<>(source).toString(),
                ours("HashSet", fromCollection, source).toString());
        assertEquals(
                new LinkedHashSet<>(source).toString(),
                ours("LinkedHashSet", fromCollection, source).toString());
        List<Object> few = source.subList(0, 5);
        assertEquals(
                new HashSet<>(few).toString(),
                ours("HashSet", fromCollection, few).toString());
        Set<Object> copy = ours("HashSet", fromCollection, few);
        assertEquals(new HashSet<>(few).retainAll(Set.of("k1")), copy.retainAll(Set.of("k1")));
        Set<Object> all = ours("HashSet", fromCollection, source);
        assertEquals(new HashSet<>(source).removeAll(few), all.removeAll(few));
    }

    @Test
    void copyConstructorsAndPutAllSizeTheTableLikeTheJdk() {
        Map<Object, Object> source = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            source.put("key" + (i * 7919 % 1000), i);
            Map<Object, Object> ours = ours("HashMap", new Class<?>[] {Map.class}, source);
            assertEquals(new HashMap<>(source).toString(), ours.toString());
            Map<Object, Object> grown = ours("HashMap");
            grown.put("first", 0);
            grown.putAll(source);
            Map<Object, Object> jdkGrown = new HashMap<>();
            jdkGrown.put("first", 0);
            jdkGrown.putAll(source);
            assertEquals(jdkGrown.toString(), grown.toString());
        }
    }
}
