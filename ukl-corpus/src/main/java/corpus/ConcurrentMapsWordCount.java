package corpus;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Word counts in a ConcurrentHashMap (merge, compute, computeIfAbsent, iteration order as the
 * JDK's through resizes), its key-set views, and the sorted and copy-on-write collections, in one
 * thread.
 */
public final class ConcurrentMapsWordCount {
    private ConcurrentMapsWordCount() {}

    // classes, not lambdas: the translator's host harness does not lower invokedynamic
    static final BiFunction<Integer, Integer, Integer> SUM = new BiFunction<Integer, Integer, Integer>() {
        @Override
        public Integer apply(Integer a, Integer b) {
            return a + b;
        }
    };
    static final BinaryOperator<Integer> MAX = new BinaryOperator<Integer>() {
        @Override
        public Integer apply(Integer a, Integer b) {
            return Math.max(a, b);
        }
    };
    static final Function<String, Integer> LENGTH = new Function<String, Integer>() {
        @Override
        public Integer apply(String s) {
            return s.length();
        }
    };
    static final BiFunction<String, Integer, Integer> TIMES_100 = new BiFunction<String, Integer, Integer>() {
        @Override
        public Integer apply(String k, Integer v) {
            return v == null ? 1 : v * 100;
        }
    };
    static final BiFunction<String, Integer, Integer> DROP = new BiFunction<String, Integer, Integer>() {
        @Override
        public Integer apply(String k, Integer v) {
            return null;
        }
    };
    static final ToLongFunction<Integer> AS_LONG = new ToLongFunction<Integer>() {
        @Override
        public long applyAsLong(Integer v) {
            return v.longValue();
        }
    };
    static final LongBinaryOperator LONG_SUM = new LongBinaryOperator() {
        @Override
        public long applyAsLong(long a, long b) {
            return a + b;
        }
    };

    private static final String TEXT = "it was the best of times it was the worst of times it was the age of wisdom "
            + "it was the age of foolishness it was the epoch of belief it was the epoch of incredulity "
            + "it was the season of light it was the season of darkness it was the spring of hope "
            + "it was the winter of despair we had everything before us we had nothing before us";

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        for (String w : TEXT.split(" ")) {
            counts.merge(w, 1, SUM);
        }
        System.out.println(counts.size() + " words: " + counts);
        ConcurrentMap<String, Integer> lengths = new ConcurrentHashMap<>(4);
        for (String w : counts.keySet()) {
            lengths.computeIfAbsent(w, LENGTH);
        }
        System.out.println("lengths " + lengths);
        counts.compute("it", TIMES_100);
        counts.computeIfPresent("us", DROP);
        System.out.println(
                "it=" + counts.get("it") + " us=" + counts.get("us") + " missing=" + counts.getOrDefault("zzz", -1));
        System.out.println("putIfAbsent " + counts.putIfAbsent("was", 0) + " " + counts.putIfAbsent("new", 0));
        System.out.println("replace " + counts.replace("new", 0, 5) + " remove " + counts.remove("new", 4));
        long total = counts.reduceValuesToLong(1, AS_LONG, 0L, LONG_SUM);
        System.out.println("total " + total + " max " + counts.reduceValues(1, MAX));
        final StringBuilder often = new StringBuilder();
        counts.forEach(new BiConsumer<String, Integer>() {
            @Override
            public void accept(String w, Integer n) {
                if (n >= 4) {
                    often.append(w).append(' ');
                }
            }
        });
        System.out.println("often: " + often);
        counts.entrySet().removeIf(new Predicate<Map.Entry<String, Integer>>() {
            @Override
            public boolean test(Map.Entry<String, Integer> e) {
                return e.getValue() == 1;
            }
        });
        counts.keySet().remove("of");
        System.out.println("after removals " + counts + " " + counts.mappingCount());
        try {
            counts.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key refused");
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (String w : TEXT.split(" ")) {
            if (!seen.add(w)) {
                continue;
            }
        }
        System.out.println("key set " + seen.size() + " " + seen);
        Set<String> view = counts.keySet(0);
        view.add("added");
        System.out.println("with default " + counts.get("added") + " " + counts.containsKey("added"));
        ConcurrentHashMap<Integer, String> numbers = new ConcurrentHashMap<>();
        for (int i = 0; i < 100; i += 7) {
            numbers.put(i * 37 % 101, "n" + i);
        }
        System.out.println(numbers);
        System.out.println(numbers.keySet() + " " + numbers.values());
        System.out.println(numbers.equals(Map.copyOf(numbers)) + " "
                + (numbers.hashCode() == Map.copyOf(numbers).hashCode()));

        NavigableMap<String, Integer> sorted = new ConcurrentSkipListMap<>(counts);
        System.out.println("sorted " + sorted.firstKey() + ".." + sorted.lastKey() + " " + sorted.headMap("e"));
        System.out.println(sorted.ceilingEntry("s") + " " + sorted.floorKey("s") + " "
                + sorted.descendingMap().firstEntry());
        for (String k : sorted.keySet()) {
            if (k.length() < 3) {
                sorted.remove(k); // a concurrent map's iterator tolerates this
            }
        }
        System.out.println(sorted.keySet() + " " + sorted.pollFirstEntry() + " " + sorted.size());
        ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>();
        for (int i = 0; i < 20; i++) {
            set.add(i * 7 % 13);
        }
        System.out.println(set + " " + set.headSet(5) + " " + set.descendingSet() + " " + set.higher(12));

        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>(new String[] {"a", "b", "c"});
        for (String s : list) {
            list.add(s + s); // the iterator walks its snapshot
        }
        list.addIfAbsent("a");
        list.addIfAbsent("z");
        System.out.println(list + " " + list.indexOf("bb") + " " + list.subList(1, 4));
        try {
            list.get(42);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            list.add(42, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        CopyOnWriteArraySet<String> cow = new CopyOnWriteArraySet<>(list);
        cow.add("a");
        System.out.println(cow + " " + cow.size());
    }
}
