package corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/** An LRU cache from LinkedHashMap's access order and removeEldestEntry, plus insertion-order behaviour. */
public final class LinkedHashMapLru {
    private LinkedHashMapLru() {}

    /** Keeps the most recently used entries, evicting the least recently used. */
    static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        int evictions;

        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                evictions++;
                System.out.println("  evict " + eldest.getKey() + "=" + eldest.getValue());
            }
            return evict;
        }
    }

    /** At most two entries once in use; a copy constructor takes all (no eviction while constructing). */
    static final class Bounded extends LinkedHashMap<String, Integer> {
        Bounded(Map<String, Integer> m) {
            super(m);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 2;
        }
    }

    public static void main(String[] args) {
        LruCache<String, Integer> cache = new LruCache<>(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        System.out.println(cache);
        cache.get("a");
        System.out.println("after get a: " + cache);
        cache.put("d", 4);
        System.out.println(cache);
        cache.put("c", 30);
        cache.getOrDefault("b", -1);
        cache.put("e", 5);
        System.out.println(cache + " evictions=" + cache.evictions);
        int hits = 0;
        int misses = 0;
        LruCache<Integer, Integer> squares = new LruCache<>(4);
        int[] requests = {1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1};
        for (int r : requests) {
            Integer v = squares.get(r);
            if (v == null) {
                misses++;
                squares.put(r, r * r);
            } else {
                hits++;
            }
        }
        System.out.println(squares + " hits=" + hits + " misses=" + misses);
        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<>();
        for (String s : "one two three four five".split(" ")) {
            insertion.put(s, s.length());
        }
        insertion.put("one", 11);
        insertion.remove("three");
        insertion.put("three", 3);
        insertion.get("two");
        System.out.println(insertion + " " + insertion.keySet() + " " + insertion.values());
        Bounded bounded = new Bounded(insertion);
        System.out.println(bounded + " " + bounded.size());
        bounded.put("six", 6);
        bounded.putAll(Map.of("seven", 7));
        System.out.println(bounded + " " + bounded.size());
        try {
            for (Integer k : squares.keySet()) {
                squares.get(k);
            }
        } catch (RuntimeException e) {
            System.out.println(
                    "get in access order is structural: " + e.getClass().getName());
        }
    }
}
