package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Map default methods: computeIfAbsent, computeIfPresent, compute, merge, putIfAbsent, replace, forEach. */
public final class MapComputeMerge {
    private MapComputeMerge() {}

    public static void main(String[] args) {
        for (Map<String, Integer> m : List.<Map<String, Integer>>of(new HashMap<>(), new TreeMap<>())) {
            String[] fruit = "apple pear apple fig pear apple kiwi".split(" ");
            for (String f : fruit) {
                m.merge(f, 1, Integer::sum);
            }
            System.out.println(m);
            System.out.println(m.putIfAbsent("fig", 10) + " " + m.putIfAbsent("plum", 10) + " " + m);
            System.out.println(
                    m.computeIfPresent("kiwi", (k, v) -> v + 100) + " " + m.computeIfPresent("lime", (k, v) -> 1));
            System.out.println(m.computeIfPresent("fig", (k, v) -> null) + " " + m.containsKey("fig"));
            System.out.println(m.compute("pear", (k, v) -> v == null ? 0 : v * 10) + " "
                    + m.compute("date", (k, v) -> v == null ? 0 : v * 10) + " " + m.compute("plum", (k, v) -> null));
            System.out.println(m.merge("apple", 5, (a, b) -> null) + " " + m.containsKey("apple") + " " + m);
            System.out.println(m.replace("date", 7) + " " + m.replace("none", 7) + " " + m.replace("pear", 20, 21) + " "
                    + m.replace("pear", 1, 2) + " " + m.remove("pear", 99) + " " + m.remove("pear", 21));
            m.replaceAll((k, v) -> v + k.length());
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k).append(':').append(v).append(' '));
            System.out.println(sb.toString().trim() + " | " + m.getOrDefault("zzz", -1));
        }
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String w : "a bb cc ddd e ffff ggg".split(" ")) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        System.out.println(byLength);
        Map<String, Integer> counter = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            counter.merge("k" + (i * 7 % 13), i, Math::max);
        }
        System.out.println(counter);
        try {
            counter.merge("k1", null, Math::max);
        } catch (NullPointerException e) {
            System.out.println("merge rejects a null value");
        }
        Map<String, Integer> cache = new HashMap<>();
        System.out.println(fib(cache, 40) + " " + cache.size());
    }

    private static int fib(Map<String, Integer> cache, int n) {
        if (n < 2) {
            return n;
        }
        Integer known = cache.get("f" + n);
        if (known != null) {
            return known;
        }
        int value = fib(cache, n - 1) + fib(cache, n - 2);
        cache.put("f" + n, value);
        return value;
    }
}
