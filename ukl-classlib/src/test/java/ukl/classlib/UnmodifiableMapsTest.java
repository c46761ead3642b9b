package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ukl.classlib.HashMapsTest.ours;
import static ukl.classlib.HashMapsTest.outcome;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Map.of / Set.of and the unmodifiable views against the JDK's: the same contents, equality,
 * null and duplicate rejections and UnsupportedOperationExceptions (not the iteration order of
 * Map.of and Set.of, which the JDK varies from run to run).
 */
class UnmodifiableMapsTest {
    @SuppressWarnings("unchecked")
    private static <T> T invoke(Method m, Object arg) {
        try {
            return (T) Shadow.call(m, arg);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void immutableMapsAndSetsBehaveLikeMapOfAndSetOf() {
        Method mapOf = HashMapsTest.SHADOW.method("java/util/ImmutableMap", "of", Object[].class);
        Method setOf = HashMapsTest.SHADOW.method("java/util/ImmutableSet", "of", Object[].class);
        Method setCopyOf = HashMapsTest.SHADOW.method("java/util/ImmutableSet", "copyOf", Object[].class);
        Map<String, Integer> jdk = Map.of("a", 1, "b", 2, "c", 3);
        Map<String, Integer> ours = invoke(mapOf, new Object[] {"a", 1, "b", 2, "c", 3});
        assertEquals(jdk, ours);
        assertEquals(ours, jdk);
        assertEquals(jdk.hashCode(), ours.hashCode());
        assertEquals(jdk.keySet(), ours.keySet());
        checkSameOutcomes(
                jdk,
                ours,
                List.of(
                        m -> m.get(null),
                        m -> m.containsKey(null),
                        m -> m.containsValue(null),
                        m -> m.put("d", 4),
                        m -> m.remove("a"),
                        m -> m.merge("a", 1, Integer::sum),
                        m -> m.keySet().remove("a"),
                        m -> m.entrySet().iterator().next().setValue(9),
                        m -> m.getOrDefault("z", 7),
                        m -> m.get("b"),
                        m -> m.values().contains(3),
                        m -> {
                            m.clear();
                            return m;
                        }));
        assertEquals(
                outcome(() -> Map.of("a", 1, "a", 2)), outcome(() -> invoke(mapOf, new Object[] {"a", 1, "a", 2})));
        assertEquals(
                outcome(() -> Map.of("a", 1, "b", null)),
                outcome(() -> invoke(mapOf, new Object[] {"a", 1, "b", null})));
        assertEquals(outcome(() -> Set.of("x", "x")), outcome(() -> invoke(setOf, new Object[] {"x", "x"})));
        Set<String> set = invoke(setOf, new Object[] {"x", "y"});
        assertEquals(Set.of("x", "y"), set);
        assertEquals(outcome(() -> Set.of("x").contains(null)), outcome(() -> set.contains(null)));
        assertEquals(outcome(() -> Set.of("x").add("z")), outcome(() -> set.add("z")));
        Set<String> copied = invoke(setCopyOf, new Object[] {"x", "x", "y"});
        assertEquals(Set.copyOf(List.of("x", "x", "y")), copied);
    }

    @Test
    void unmodifiableViewsReadThroughAndRejectWrites() {
        Map<String, Integer> backing = new TreeMap<>(Map.of("b", 2, "a", 1));
        Map<String, Integer> jdk = Collections.unmodifiableMap(backing);
        Map<String, Integer> ours = ours("UnmodifiableMap", new Class<?>[] {Map.class}, backing);
        backing.put("c", 3);
        assertEquals(jdk.toString(), ours.toString());
        assertEquals(jdk.entrySet().toString(), ours.entrySet().toString());
        checkSameOutcomes(
                jdk,
                ours,
                List.of(
                        m -> m.get("c"),
                        m -> m.put("d", 4),
                        m -> m.putIfAbsent("a", 4),
                        m -> m.computeIfAbsent("z", k -> 1),
                        m -> {
                            m.replaceAll((k, v) -> v);
                            return m;
                        },
                        m -> m.keySet().remove("a"),
                        m -> m.values().remove(1),
                        m -> m.entrySet().iterator().next().setValue(9),
                        m -> {
                            Iterator<String> it = m.keySet().iterator();
                            it.next();
                            it.remove();
                            return m;
                        },
                        m -> m.entrySet().toArray()[0].equals(Map.entry("a", 1)),
                        m -> m.equals(backing),
                        m -> m.hashCode()));
        Set<String> keys = new LinkedHashMap<>(backing).keySet();
        Set<String> jdkSet = Collections.unmodifiableSet(keys);
        Set<String> ourSet = ours("UnmodifiableSet", new Class<?>[] {Collection.class}, keys);
        assertEquals(jdkSet.toString(), ourSet.toString());
        assertEquals(jdkSet, ourSet);
        assertEquals(outcome(() -> jdkSet.removeIf(s -> true)), outcome(() -> ourSet.removeIf(s -> true)));
        assertEquals(outcome(() -> jdkSet.addAll(List.of("q"))), outcome(() -> ourSet.addAll(List.of("q"))));
    }

    private static void checkSameOutcomes(
            Map<String, Integer> jdk, Map<String, Integer> ours, List<Function<Map<String, Integer>, Object>> ops) {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (Function<Map<String, Integer>, Object> op : ops) {
            expected.append(outcome(() -> op.apply(jdk))).append('\n');
            actual.append(outcome(() -> op.apply(ours))).append('\n');
        }
        assertEquals(expected.toString(), actual.toString());
    }
}
