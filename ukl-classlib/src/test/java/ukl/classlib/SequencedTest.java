package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ukl.classlib.HashMapsTest.outcome;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.SequencedCollection;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The JDK 21 sequenced collections against the JDK's, driven by the same random operations: each
 * operation goes to the collection or to one of its reversed views (reversed twice, a reversed
 * sub-list, a reversed key set), and the contents in both orders must stay the JDK's, as must every
 * result and exception.
 */
class SequencedTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/ArrayList",
            "java/util/AbstractList",
            "java/util/ListIndexIterator",
            "java/util/AbstractCollection",
            "java/util/AbstractSequentialList",
            "java/util/LinkedList",
            "java/util/ReversedLinkedList",
            "java/util/ReverseOrderListView",
            "java/util/ReverseOrderDequeView",
            "java/util/ReverseOrderSortedSetView",
            "java/util/ArrayDeque",
            "java/util/ImmutableList",
            "java/util/HashMap",
            "java/util/LinkedHashMap",
            "java/util/ReversedLinkedHashMap",
            "java/util/AbstractMap",
            "java/util/AbstractSet",
            "java/util/HashSet",
            "java/util/LinkedHashSet",
            "java/util/SequencedViews",
            "java/util/UnmodifiableSequenced",
            "java/util/UnmodifiableSet",
            "java/util/UnmodifiableMap",
            "java/util/AbstractImmutableMap",
            "java/util/Collections",
            "java/util/Comparators",
            "java/util/Arrays",
            "java/util/Sorting",
            "java/util/ArrayView",
            "java/util/DeepArrays");

    @SuppressWarnings("unchecked")
    private static <T> T make(String simpleName, Class<?>[] types, Object... args) {
        try {
            var c = SHADOW.loadClass("shadow." + simpleName).getDeclaredConstructor(types);
            c.setAccessible(true);
            return (T) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T call(String simpleName, String method, Class<?>[] types, Object... args) {
        try {
            Method m = SHADOW.loadClass("shadow." + simpleName).getDeclaredMethod(method, types);
            m.setAccessible(true);
            return (T) m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our List.reversed(): the default method is the JDK's on the JVM, so ours is called directly. */
    private static List<Integer> ourReversed(List<Integer> list) {
        String n = list.getClass().getName();
        if (n.equals("shadow.ArrayList") || n.startsWith("shadow.AbstractList")) {
            return call("ReverseOrderListView", "of", new Class<?>[] {List.class, boolean.class}, list, true);
        }
        return list.reversed();
    }

    /** A view of the list chosen by a number, the same for both lists. */
    private static List<Integer> view(List<Integer> l, boolean ours, int which, int a, int b) {
        Function<List<Integer>, List<Integer>> rev = ours ? SequencedTest::ourReversed : List::reversed;
        int size = l.size();
        int lo = size == 0 ? 0 : Math.min(a, b) % (size + 1);
        int hi = size == 0 ? 0 : Math.max(lo, Math.max(a, b) % (size + 1));
        return switch (which) {
            case 0 -> l;
            case 1, 2 -> rev.apply(l);
            case 3 -> rev.apply(l).reversed();
            case 4 -> rev.apply(l).subList(lo, hi);
            default -> rev.apply(rev.apply(l).subList(lo, hi));
        };
    }

    private static void runLists(List<Integer> jdk, List<Integer> ours, long seed, boolean immutable) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 3000; step++) {
            int v = random.nextInt(30);
            int i = random.nextInt(Math.max(1, jdk.size() + 2)) - 1;
            int which = random.nextInt(6);
            int a = random.nextInt(40);
            int b = random.nextInt(40);
            List<Function<List<Integer>, Object>> ops = List.of(
                    l -> l.add(v),
                    l -> {
                        l.add(i, v);
                        return l.size();
                    },
                    l -> {
                        l.addFirst(v);
                        return l.getFirst();
                    },
                    l -> {
                        l.addLast(v);
                        return l.getLast();
                    },
                    l -> l.getFirst() + " " + l.getLast(),
                    List::removeFirst,
                    List::removeLast,
                    l -> l.remove(i),
                    l -> l.remove((Object) v),
                    l -> l.set(i, v),
                    l -> l.get(i),
                    l -> l.indexOf(v) + " " + l.lastIndexOf(v) + " " + l.contains(v),
                    l -> l.addAll(Math.max(0, Math.min(i, l.size())), List.of(v, v + 1, v + 2)),
                    l -> l.addAll(List.of(v, 40 + v)),
                    l -> {
                        l.sort(v % 2 == 0 ? null : Comparator.reverseOrder());
                        return l.toString();
                    },
                    l -> l.removeIf(x -> x % 7 == v % 7),
                    l -> {
                        l.replaceAll(x -> x + 1);
                        return l.hashCode();
                    },
                    l -> List.of(l.toArray()) + " " + List.of(l.toArray(new Integer[0])),
                    l -> l.retainAll(List.of(v, v + 1, v + 3, v + 5, 7, 8, 9)),
                    SequencedTest::walk,
                    l -> l.equals(new ArrayList<>(l)) + " " + l.hashCode() + " " + l.reversed(),
                    l -> {
                        if (v == 0) {
                            l.clear();
                        }
                        return l.isEmpty();
                    });
            int op = random.nextInt(ops.size());
            String where = "step " + step + " op " + op + " view " + which;
            String expected = outcome(() -> ops.get(op).apply(view(jdk, false, which, a, b)));
            String actual = outcome(() -> ops.get(op).apply(view(ours, true, which, a, b)));
            assertEquals(expected, actual, where);
            assertEquals(jdk.toString(), ours.toString(), where);
            assertEquals(jdk.reversed().toString(), ourReversed(ours).toString(), where);
            if (immutable) {
                continue;
            }
            if (jdk.size() > 40) {
                jdk.subList(0, 20).clear();
                ours.subList(0, 20).clear();
            }
        }
    }

    /** A list iterator walking forwards and back, removing, setting and adding on the way. */
    private static Object walk(List<Integer> l) {
        StringBuilder sb = new StringBuilder();
        ListIterator<Integer> it = l.listIterator(l.size() / 2);
        while (it.hasNext()) {
            int x = it.next();
            sb.append(x).append(it.nextIndex()).append(' ');
            if (x % 5 == 0) {
                it.remove();
            } else if (x % 5 == 1) {
                it.set(x + 10);
            } else if (x % 5 == 2) {
                it.add(x * 2);
            }
        }
        while (it.hasPrevious()) {
            sb.append(it.previous()).append(it.previousIndex()).append(' ');
        }
        Iterator<Integer> each = l.iterator();
        if (each.hasNext()) {
            each.next();
            each.remove();
        }
        return sb;
    }

    @Test
    void arrayListReversedFollowsTheJdk() {
        runLists(new ArrayList<>(), make("ArrayList", new Class<?>[0]), 1, false);
    }

    @Test
    void linkedListReversedFollowsTheJdk() {
        runLists(new LinkedList<>(), make("LinkedList", new Class<?>[0]), 2, false);
        LinkedList<Integer> jdk = new LinkedList<>(List.of(1, 2, 3));
        Deque<Integer> ours = make("LinkedList", new Class<?>[] {Collection.class}, List.of(1, 2, 3));
        assertEquals(dequeOps(jdk.reversed()), dequeOps(ours.reversed()));
        assertEquals(jdk.toString(), ours.toString());
        assertEquals("shadow.ReversedLinkedList", ours.reversed().getClass().getName());
        assertEquals(jdk.reversed().clone().toString(), cloneOf(ours.reversed()).toString());
    }

    private static Object cloneOf(Object ourLinkedList) {
        try {
            return SHADOW.loadClass("shadow.LinkedList").getMethod("clone").invoke(ourLinkedList);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void immutableAndUnmodifiableListsRefuseThroughTheirReversedViews() {
        List<Integer> source = List.of(4, 8, 15, 16, 23, 42);
        List<Integer> ours =
                call("ImmutableList", "copyOf", new Class<?>[] {Object[].class}, (Object) source.toArray());
        runLists(source, ours, 3, true);
        List<Integer> mutable = new ArrayList<>(source);
        List<Integer> wrapped = call("Collections", "unmodifiableList", new Class<?>[] {List.class}, mutable);
        runLists(Collections.unmodifiableList(new ArrayList<>(source)), wrapped, 4, true);
    }

    private static String dequeOps(Deque<Integer> d) {
        StringBuilder sb = new StringBuilder();
        d.addFirst(10);
        d.offerLast(20);
        d.push(30);
        sb.append(d)
                .append(d.peekFirst())
                .append(d.peekLast())
                .append(d.pollLast())
                .append(d.pop());
        sb.append(d.removeFirstOccurrence(2)).append(d);
        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext(); ) {
            sb.append(it.next());
        }
        sb.append(d.reversed()).append(d.reversed().reversed() == d);
        sb.append(outcome(() -> {
            while (true) {
                d.removeLast();
            }
        }));
        sb.append(d.pollFirst()).append(d.peek()).append(outcome(d::element)).append(outcome(d::getLast));
        return sb.toString();
    }

    @Test
    void dequeReversedFollowsTheJdk() {
        SplittableRandom random = new SplittableRandom(5);
        Deque<Integer> jdk = new ArrayDeque<>();
        Deque<Integer> ours = make("ArrayDeque", new Class<?>[0]);
        Deque<Integer> ourView = call("ReverseOrderDequeView", "of", new Class<?>[] {Deque.class}, ours);
        for (int step = 0; step < 3000; step++) {
            int v = random.nextInt(20);
            boolean reversed = random.nextBoolean();
            List<Function<Deque<Integer>, Object>> ops = List.of(
                    d -> d.add(v),
                    d -> d.offerFirst(v),
                    d -> d.offerLast(v),
                    d -> {
                        d.addFirst(v);
                        return d.peekFirst();
                    },
                    d -> {
                        d.push(v);
                        return d.peekLast();
                    },
                    Deque::poll,
                    Deque::pollLast,
                    Deque::removeFirst,
                    Deque::removeLast,
                    Deque::pop,
                    Deque::element,
                    d -> d.getFirst() + " " + d.getLast(),
                    d -> d.removeFirstOccurrence(v) + " " + d.removeLastOccurrence(v + 1),
                    d -> d.remove((Object) v),
                    d -> d.addAll(List.of(v, v + 1)),
                    d -> List.of(d.toArray()) + " " + d.contains(v) + " " + d.size(),
                    d -> {
                        StringBuilder sb = new StringBuilder();
                        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext(); ) {
                            sb.append(it.next()).append(',');
                        }
                        return sb;
                    },
                    d -> d.removeIf(x -> x % 3 == v % 3));
            int op = random.nextInt(ops.size());
            assertEquals(
                    outcome(() -> ops.get(op).apply(reversed ? jdk.reversed() : jdk)),
                    outcome(() -> ops.get(op).apply(reversed ? ourView : ours)),
                    "step " + step + " op " + op);
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.reversed().toString(), ourView.toString());
        }
        assertEquals(ours, ourView.reversed());
    }

    @Test
    void linkedHashMapSequencedViewsFollowTheJdk() {
        runMap(new LinkedHashMap<>(), make("LinkedHashMap", new Class<?>[0]), 6);
        Class<?>[] types = {int.class, float.class, boolean.class};
        runMap(new LinkedHashMap<>(16, 0.75f, true), make("LinkedHashMap", types, 16, 0.75f, true), 7);
    }

    private static SequencedMap<Integer, Integer> mapView(SequencedMap<Integer, Integer> m, int which) {
        return switch (which) {
            case 0, 1 -> m;
            case 2, 3 -> m.reversed();
            default -> m.reversed().reversed();
        };
    }

    private static void runMap(SequencedMap<Integer, Integer> jdk, SequencedMap<Integer, Integer> ours, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 3000; step++) {
            int k = random.nextInt(25);
            int v = random.nextInt(10);
            int which = random.nextInt(5);
            List<Function<SequencedMap<Integer, Integer>, Object>> ops = List.of(
                    m -> m.put(k, v),
                    m -> m.putFirst(k, v),
                    m -> m.putLast(k, v),
                    m -> m.get(k),
                    m -> m.remove(k),
                    m -> m.firstEntry() + " " + m.lastEntry(),
                    SequencedMap::pollFirstEntry,
                    SequencedMap::pollLastEntry,
                    m -> m.sequencedKeySet().reversed().toString(),
                    m -> m.sequencedValues().reversed().toString()
                            + m.sequencedValues().getFirst(),
                    m -> m.sequencedEntrySet().reversed() + " "
                            + m.sequencedEntrySet().getLast(),
                    m -> m.sequencedKeySet().removeFirst(),
                    m -> m.sequencedKeySet().reversed().removeFirst(),
                    m -> m.sequencedValues().removeLast(),
                    m -> m.sequencedEntrySet().reversed().removeLast(),
                    m -> m.keySet().remove(k),
                    m -> outcome(() -> {
                        m.sequencedKeySet().addFirst(k);
                        return null;
                    }),
                    m -> {
                        StringBuilder sb = new StringBuilder();
                        m.forEach((x, y) -> sb.append(x).append('=').append(y).append(' '));
                        return sb;
                    },
                    m -> {
                        Iterator<Map.Entry<Integer, Integer>> it =
                                m.sequencedEntrySet().reversed().iterator();
                        int n = 0;
                        while (it.hasNext()) {
                            Map.Entry<Integer, Integer> e = it.next();
                            if (e.getKey() % 4 == v % 4) {
                                it.remove();
                                n++;
                            } else if (e.getKey() % 4 == 1) {
                                e.setValue(e.getValue() + 1);
                            }
                        }
                        return n;
                    },
                    m -> {
                        m.replaceAll((x, y) -> y + x % 2);
                        return m.hashCode() + " " + m.equals(new java.util.HashMap<>(m));
                    },
                    m -> m.computeIfAbsent(k, x -> v) + " " + m.merge(k, 1, Integer::sum),
                    m -> m.reversed().toString() + m.reversed().reversed(),
                    m -> {
                        if (v == 0) {
                            m.clear();
                        }
                        return m.isEmpty();
                    });
            int op = random.nextInt(ops.size());
            String where = "step " + step + " op " + op + " view " + which;
            assertEquals(
                    outcome(() -> ops.get(op).apply(mapView(jdk, which))),
                    outcome(() -> ops.get(op).apply(mapView(ours, which))),
                    where);
            assertEquals(jdk.toString(), ours.toString(), where);
            assertEquals(jdk.reversed().toString(), ours.reversed().toString(), where);
            assertEquals(
                    jdk.sequencedKeySet().reversed().toString(),
                    ours.sequencedKeySet().reversed().toString());
        }
    }

    @Test
    void linkedHashSetReversedFollowsTheJdk() {
        SplittableRandom random = new SplittableRandom(8);
        SequencedSet<Integer> jdk = new LinkedHashSet<>();
        SequencedSet<Integer> ours = make("LinkedHashSet", new Class<?>[0]);
        for (int step = 0; step < 3000; step++) {
            int v = random.nextInt(25);
            boolean reversed = random.nextBoolean();
            List<Function<SequencedSet<Integer>, Object>> ops = List.of(
                    s -> s.add(v),
                    s -> {
                        s.addFirst(v);
                        return s.getFirst();
                    },
                    s -> {
                        s.addLast(v);
                        return s.getLast();
                    },
                    SequencedSet::removeFirst,
                    SequencedSet::removeLast,
                    s -> s.remove(v),
                    s -> s.contains(v) + " " + s.size() + " " + List.of(s.toArray()),
                    s -> s.reversed().toString() + s.reversed().reversed(),
                    s -> s.removeIf(x -> x % 5 == v % 5),
                    s -> {
                        Iterator<Integer> it = s.iterator();
                        return it.hasNext() ? it.next() + (v % 2 == 0 ? remove(it) : "") : "none";
                    },
                    s -> {
                        if (v == 0) {
                            s.clear();
                        }
                        return s.isEmpty();
                    });
            int op = random.nextInt(ops.size());
            assertEquals(
                    outcome(() -> ops.get(op).apply(reversed ? jdk.reversed() : jdk)),
                    outcome(() -> ops.get(op).apply(reversed ? ours.reversed() : ours)),
                    "step " + step + " op " + op);
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.reversed().toString(), ours.reversed().toString());
            assertEquals(jdk.reversed().hashCode(), ours.reversed().hashCode());
        }
    }

    private static String remove(Iterator<Integer> it) {
        it.remove();
        return " removed";
    }

    @Test
    void factoriesRefuseNegativeSizesAsTheJdk() {
        for (String[] f : new String[][] {
            {"HashMap", "newHashMap"},
            {"LinkedHashMap", "newLinkedHashMap"},
            {"HashSet", "newHashSet"},
            {"LinkedHashSet", "newLinkedHashSet"}
        }) {
            String expected = outcome(() -> {
                try {
                    return Class.forName("java.util." + f[0])
                            .getMethod(f[1], int.class)
                            .invoke(null, -1);
                } catch (InvocationTargetException e) {
                    throw (RuntimeException) e.getCause();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(expected, outcome(() -> call(f[0], f[1], new Class<?>[] {int.class}, -1)));
        }
    }

    /** A sorted set that is not navigable, so that reversed() takes the sorted-set default. */
    static final class PlainSortedSet extends AbstractSet<Integer> implements SortedSet<Integer> {
        final TreeSet<Integer> set = new TreeSet<>();

        @Override
        public Iterator<Integer> iterator() {
            return set.iterator();
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public boolean add(Integer e) {
            return set.add(e);
        }

        @Override
        public Comparator<? super Integer> comparator() {
            return null;
        }

        @Override
        public SortedSet<Integer> subSet(Integer from, Integer to) {
            return set.subSet(from, to);
        }

        @Override
        public SortedSet<Integer> headSet(Integer to) {
            return set.headSet(to);
        }

        @Override
        public SortedSet<Integer> tailSet(Integer from) {
            return set.tailSet(from);
        }

        @Override
        public Integer first() {
            return set.first();
        }

        @Override
        public Integer last() {
            return set.last();
        }
    }

    @Test
    void sortedSetsAndMapsReverseAsTheJdk() {
        PlainSortedSet jdkBase = new PlainSortedSet();
        PlainSortedSet ourBase = new PlainSortedSet();
        SortedSet<Integer> jdk = jdkBase.reversed();
        SortedSet<Integer> ours = call("ReverseOrderSortedSetView", "of", new Class<?>[] {SortedSet.class}, ourBase);
        SplittableRandom random = new SplittableRandom(9);
        for (int step = 0; step < 500; step++) {
            int v = random.nextInt(30);
            List<Function<SortedSet<Integer>, Object>> ops = List.of(
                    s -> s.add(v),
                    s -> s.remove(v),
                    s -> s.first() + " " + s.last() + " " + s.getFirst() + " " + s.getLast(),
                    SortedSet::removeFirst,
                    SortedSet::removeLast,
                    s -> outcome(() -> {
                        s.addFirst(v);
                        return null;
                    }),
                    s -> s.comparator().compare(v, 15),
                    s -> s.contains(v) + " " + s.size(),
                    s -> s.removeIf(x -> x % 4 == v % 4));
            int op = random.nextInt(ops.size());
            assertEquals(
                    outcome(() -> ops.get(op).apply(jdk)),
                    outcome(() -> ops.get(op).apply(ours)),
                    "step " + step);
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdkBase.toString(), ourBase.toString());
        }
        TreeMap<Integer, String> tree = new TreeMap<>(Map.of(1, "a", 2, "b", 3, "c"));
        assertEquals("{3=c, 2=b, 1=a}", tree.reversed().toString());
        assertEquals("java.lang.UnsupportedOperationException: null", outcome(() -> tree.putFirst(0, "z")));
    }

    /** A sequenced map that takes every default of SequencedMap (its views, ends and polls). */
    static final class DefaultsMap extends AbstractMap<Integer, Integer> implements SequencedMap<Integer, Integer> {
        final TreeMap<Integer, Integer> map;
        final boolean descending;

        DefaultsMap(TreeMap<Integer, Integer> map, boolean descending) {
            this.map = map;
            this.descending = descending;
        }

        @Override
        public Set<Map.Entry<Integer, Integer>> entrySet() {
            return descending ? map.descendingMap().entrySet() : map.entrySet();
        }

        @Override
        public Integer put(Integer k, Integer v) {
            return map.put(k, v);
        }

        @Override
        public SequencedMap<Integer, Integer> reversed() {
            return new DefaultsMap(map, !descending);
        }
    }

    @Test
    void sequencedMapDefaultsFollowTheJdk() {
        DefaultsMap jdk = new DefaultsMap(new TreeMap<>(), false);
        DefaultsMap ours = new DefaultsMap(new TreeMap<>(), false);
        for (int i = 0; i < 12; i++) {
            jdk.put(i * 7 % 12, i);
            ours.put(i * 7 % 12, i);
        }
        SequencedSet<Integer> jdkKeys = jdk.sequencedKeySet();
        SequencedSet<Integer> ourKeys = make("SequencedViews$Keys", new Class<?>[] {SequencedMap.class}, ours);
        SequencedCollection<Integer> jdkValues = jdk.sequencedValues();
        SequencedCollection<Integer> ourValues =
                make("SequencedViews$Values", new Class<?>[] {SequencedMap.class}, ours);
        SequencedSet<Map.Entry<Integer, Integer>> jdkEntries = jdk.sequencedEntrySet();
        SequencedSet<Map.Entry<Integer, Integer>> ourEntries =
                make("SequencedViews$Entries", new Class<?>[] {SequencedMap.class}, ours);
        for (int round = 0; round < 3; round++) {
            assertEquals(jdkKeys.toString(), ourKeys.toString());
            assertEquals(jdkKeys.getFirst() + " " + jdkKeys.getLast(), ourKeys.getFirst() + " " + ourKeys.getLast());
            assertEquals(jdkKeys.removeFirst(), ourKeys.removeFirst());
            assertEquals(jdkValues.removeLast(), ourValues.removeLast());
            assertEquals(jdkEntries.getLast().toString(), ourEntries.getLast().toString());
            assertEquals(
                    jdkEntries.removeFirst().toString(),
                    ourEntries.removeFirst().toString());
            assertEquals(jdkKeys.hashCode(), ourKeys.hashCode());
            assertEquals(jdkKeys, ourKeys);
            assertEquals(
                    outcome(() -> {
                        jdkKeys.addLast(1);
                        return null;
                    }),
                    outcome(() -> {
                        ourKeys.addLast(1);
                        return null;
                    }));
            assertEquals(jdk.toString(), ours.toString());
        }
        SequencedMap<Integer, Integer> jdkRo = Collections.unmodifiableSequencedMap(jdk);
        SequencedMap<Integer, Integer> ourRo =
                call("Collections", "unmodifiableSequencedMap", new Class<?>[] {SequencedMap.class}, ours);
        for (Function<SequencedMap<Integer, Integer>, Object> op :
                List.<Function<SequencedMap<Integer, Integer>, Object>>of(
                        m -> m.firstEntry() + " " + m.lastEntry(),
                        SequencedMap::pollFirstEntry,
                        m -> m.putLast(1, 1),
                        m -> m.reversed().toString(),
                        m -> m.reversed().pollLastEntry(),
                        m -> m.sequencedKeySet().removeFirst(),
                        m -> m.entrySet().iterator().next().setValue(3))) {
            assertEquals(outcome(() -> op.apply(jdkRo)), outcome(() -> op.apply(ourRo)));
        }
        LinkedHashSet<Integer> source = new LinkedHashSet<>(List.of(3, 1, 2));
        SequencedSet<Integer> jdkSet = Collections.unmodifiableSequencedSet(source);
        SequencedSet<Integer> ourSet =
                call("Collections", "unmodifiableSequencedSet", new Class<?>[] {SequencedSet.class}, source);
        SequencedCollection<Integer> jdkColl = Collections.unmodifiableSequencedCollection(new ArrayDeque<>(source));
        SequencedCollection<Integer> ourColl = call(
                "Collections",
                "unmodifiableSequencedCollection",
                new Class<?>[] {SequencedCollection.class},
                new ArrayDeque<>(source));
        for (Function<SequencedCollection<Integer>, Object> op :
                List.<Function<SequencedCollection<Integer>, Object>>of(
                        c -> c.getFirst() + " " + c.getLast() + " " + c.reversed(),
                        SequencedCollection::removeFirst,
                        c -> c.reversed().removeLast(),
                        c -> c.add(4),
                        c -> {
                            Iterator<Integer> it = c.iterator();
                            it.next();
                            it.remove();
                            return null;
                        },
                        c -> c.reversed().reversed().toString())) {
            assertEquals(outcome(() -> op.apply(jdkSet)), outcome(() -> op.apply(ourSet)));
            assertEquals(outcome(() -> op.apply(jdkColl)), outcome(() -> op.apply(ourColl)));
        }
    }
}
