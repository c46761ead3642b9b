package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ukl.classlib.HashMapsTest.ours;
import static ukl.classlib.HashMapsTest.outcome;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * TreeMap, its range and descending views, and TreeSet against the JDK's, driven by the same
 * random operations; every view is queried and modified through as well.
 */
class TreeMapsTest {
    @Test
    void treeMapFollowsTheJdkInNaturalOrder() {
        run(new TreeMap<>(), ours("TreeMap"), 1);
    }

    @Test
    void treeMapFollowsTheJdkWithAComparator() {
        Comparator<Integer> c = Comparator.reverseOrder();
        run(new TreeMap<>(c), ours("TreeMap", new Class<?>[] {Comparator.class}, c), 2);
    }

    /** A view chosen by a number, applied alike to both maps. */
    private static NavigableMap<Integer, Integer> view(NavigableMap<Integer, Integer> m, int which, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        boolean natural = m.comparator() == null;
        int from = natural ? lo : hi;
        int to = natural ? hi : lo;
        return switch (which) {
            case 0 -> m;
            case 1 -> m.descendingMap();
            case 2 -> m.headMap(to, a % 2 == 0);
            case 3 -> m.tailMap(from, b % 2 == 0);
            case 4 -> m.subMap(from, a % 2 == 0, to, b % 2 == 0);
            case 5 -> m.descendingMap().subMap(to, true, from, false);
            case 6 -> m.subMap(from, true, to, true).descendingMap().headMap(from + (natural ? 10 : -10), true);
            default -> m.tailMap(from, true).descendingMap().tailMap(from, false);
        };
    }

    private static void run(NavigableMap<Integer, Integer> jdk, NavigableMap<Integer, Integer> ours, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 4000; step++) {
            int k = random.nextInt(200);
            int v = random.nextInt(10);
            int which = random.nextInt(8);
            int a = random.nextInt(200);
            int b = random.nextInt(200);
            boolean clear = step % 97 == 0;
            List<Function<NavigableMap<Integer, Integer>, Object>> ops = List.of(
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.remove(k),
                    m -> m.get(k),
                    m -> m.floorKey(k) + " " + m.ceilingKey(k) + " " + m.lowerKey(k) + " " + m.higherKey(k),
                    m -> m.floorEntry(k) + " " + m.ceilingEntry(k) + " " + m.lowerEntry(k) + " " + m.higherEntry(k),
                    m -> m.firstEntry() + " " + m.lastEntry() + " " + outcome(m::firstKey) + " " + outcome(m::lastKey),
                    m -> m.pollFirstEntry(),
                    m -> m.pollLastEntry(),
                    m -> m.containsKey(k) + " " + m.containsValue(v),
                    m -> m.merge(k, 1, Integer::sum),
                    m -> m.computeIfAbsent(k, x -> v),
                    m -> m.size() + " " + m.isEmpty() + " " + m.hashCode() + " " + m.keySet() + m.values(),
                    m -> m.navigableKeySet().descendingSet().headSet(k, true),
                    m -> m.descendingKeySet().pollFirst() + " "
                            + m.navigableKeySet().remove(k),
                    m -> m.comparator() == null ? "natural" : m.comparator().compare(1, 2),
                    TreeMapsTest::removeSome,
                    m -> {
                        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                            e.setValue(e.getValue() + 1);
                        }
                        return m.entrySet().contains(Map.entry(k, v)) + " "
                                + m.entrySet().remove(Map.entry(k, v));
                    },
                    m -> {
                        if (clear) {
                            m.clear();
                        }
                        return m;
                    });
            int op = random.nextInt(ops.size());
            String expected = outcome(() -> ops.get(op).apply(view(jdk, which, a, b)));
            String actual = outcome(() -> ops.get(op).apply(view(ours, which, a, b)));
            assertEquals(expected, actual, "step " + step + " op " + op + " view " + which);
            assertEquals(jdk.toString(), ours.toString(), "step " + step);
            assertEquals(outcome(() -> view(jdk, which, a, b).toString()), outcome(() -> view(ours, which, a, b)
                    .toString()));
        }
        assertEquals(jdk, ours);
        assertEquals(ours, jdk);
        assertEquals(jdk.hashCode(), ours.hashCode());
        Object copy = HashMapsTest.cloneOf(ours);
        ours.clear();
        assertEquals(jdk.toString(), copy.toString());
        assertEquals(jdk.comparator() == null, ((NavigableMap<?, ?>) copy).comparator() == null);
    }

    private static Object removeSome(NavigableMap<Integer, Integer> m) {
        Iterator<Integer> it = m.keySet().iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next() % 3 == 0) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }

    @Test
    void rangeViewsRejectKeysOutsideThemLikeTheJdk() {
        NavigableMap<Integer, Integer> jdk = new TreeMap<>();
        NavigableMap<Integer, Integer> ours = ours("TreeMap");
        List<Function<NavigableMap<Integer, Integer>, Object>> ops = List.of(
                m -> m.subMap(5, 3),
                m -> m.headMap(10).put(10, 1),
                m -> m.headMap(10).put(9, 1),
                m -> m.tailMap(5, false).tailMap(5, true),
                m -> m.tailMap(5, false).tailMap(5, false),
                m -> m.subMap(1, true, 9, false).headMap(9, true),
                m -> m.descendingMap().subMap(2, 8),
                m -> m.descendingMap().subMap(8, 2).put(5, 5),
                m -> m.put(null, 1),
                m -> m.get(null),
                m -> m.headMap(3).firstKey(),
                m -> m.firstKey(),
                m -> m.descendingMap().firstKey());
        for (Function<NavigableMap<Integer, Integer>, Object> op : ops) {
            assertEquals(outcome(() -> op.apply(jdk)), outcome(() -> op.apply(ours)));
            assertEquals(jdk.toString(), ours.toString());
        }
    }

    @Test
    void treeSetFollowsTheJdk() {
        SplittableRandom random = new SplittableRandom(5);
        NavigableSet<String> jdk = new TreeSet<>();
        NavigableSet<String> ours = ours("TreeSet");
        for (int step = 0; step < 3000; step++) {
            String e = "e" + random.nextInt(300);
            String f = "e" + random.nextInt(300);
            String lo = e.compareTo(f) < 0 ? e : f;
            String hi = e.compareTo(f) < 0 ? f : e;
            List<Function<NavigableSet<String>, Object>> ops = List.of(
                    s -> s.add(e),
                    s -> s.add(e),
                    s -> s.remove(e),
                    s -> s.contains(e),
                    s -> s.floor(e) + s.ceiling(e) + s.lower(e) + s.higher(e),
                    s -> s.pollFirst() + s.pollLast(),
                    s -> s.subSet(lo, hi),
                    s -> s.headSet(e).size(),
                    s -> s.tailSet(e, false),
                    s -> s.descendingSet().subSet(hi, true, lo, true),
                    s -> s.subSet(lo, true, hi, true).add(hi),
                    s -> s.subSet(lo, hi).add(hi),
                    s -> {
                        Iterator<String> it = s.descendingIterator();
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < 3 && it.hasNext(); i++) {
                            sb.append(it.next());
                        }
                        if (it.hasNext()) {
                            it.next();
                            it.remove();
                        }
                        return sb;
                    },
                    s -> outcome(s::first) + outcome(s::last) + s.isEmpty());
            int op = random.nextInt(ops.size());
            assertEquals(
                    outcome(() -> ops.get(op).apply(jdk)),
                    outcome(() -> ops.get(op).apply(ours)),
                    "step " + step);
            assertEquals(jdk.toString(), ours.toString());
        }
        assertEquals(jdk, ours);
        assertEquals(ours, jdk);
        assertEquals(jdk.hashCode(), ours.hashCode());
        NavigableSet<String> view = ours.descendingSet().headSet("e5", true);
        @SuppressWarnings("unchecked")
        NavigableSet<String> copy = (NavigableSet<String>) HashMapsTest.cloneOf(view);
        assertEquals(jdk.descendingSet().headSet("e5", true).toString(), copy.toString());
        assertEquals(true, copy.add("zzz"));
    }

    @Test
    void iteratorsAreFailFastLikeTheJdk() {
        NavigableMap<Integer, Integer> jdk = new TreeMap<>();
        NavigableMap<Integer, Integer> ours = ours("TreeMap");
        for (int i = 0; i < 10; i++) {
            jdk.put(i, i);
            ours.put(i, i);
        }
        List<Function<NavigableMap<Integer, Integer>, Object>> ops = List.of(
                m -> {
                    for (Integer k : m.keySet()) {
                        if (k == 3) {
                            m.remove(7);
                        }
                    }
                    return m;
                },
                m -> {
                    for (Integer k : m.descendingMap().keySet()) {
                        if (k == 8) {
                            m.put(100, 1);
                        }
                    }
                    return m;
                },
                m -> {
                    Iterator<Integer> it = m.values().iterator();
                    it.remove();
                    return m;
                },
                m -> {
                    Iterator<Integer> it = m.headMap(2).keySet().iterator();
                    it.next();
                    it.next();
                    return it.next();
                });
        for (Function<NavigableMap<Integer, Integer>, Object> op : ops) {
            assertEquals(outcome(() -> op.apply(jdk)), outcome(() -> op.apply(ours)));
        }
    }
}
