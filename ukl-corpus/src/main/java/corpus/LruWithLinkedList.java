package corpus;

import java.util.Iterator;
import java.util.LinkedList;

/** A small LRU cache kept as a LinkedList, most recent first; a hit moves the entry to the front. */
public final class LruWithLinkedList {
    private LruWithLinkedList() {}

    record Entry(String key, int value) {}

    static final class Lru {
        private final int capacity;
        private final LinkedList<Entry> entries = new LinkedList<>();
        private int hits;
        private int misses;

        Lru(int capacity) {
            this.capacity = capacity;
        }

        Integer get(String key) {
            Iterator<Entry> it = entries.iterator();
            while (it.hasNext()) {
                Entry e = it.next();
                if (e.key().equals(key)) {
                    it.remove();
                    entries.addFirst(e);
                    hits++;
                    return e.value();
                }
            }
            misses++;
            return null;
        }

        void put(String key, int value) {
            entries.removeIf(e -> e.key().equals(key));
            entries.addFirst(new Entry(key, value));
            if (entries.size() > capacity) {
                Entry evicted = entries.removeLast();
                System.out.println("  evict " + evicted.key());
            }
        }

        String keys() {
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) {
                sb.append(e.key()).append(' ');
            }
            return sb.toString().trim();
        }
    }

    static int slowSquare(String key) {
        return key.length() * key.length() + key.charAt(0);
    }

    public static void main(String[] args) {
        Lru cache = new Lru(3);
        String[] requests = {"a", "bb", "a", "ccc", "dddd", "bb", "a", "ccc", "eeeee", "a", "a", "dddd"};
        for (String r : requests) {
            Integer cached = cache.get(r);
            if (cached == null) {
                int v = slowSquare(r);
                cache.put(r, v);
                System.out.println("miss " + r + " -> " + v + "  [" + cache.keys() + "]");
            } else {
                System.out.println("hit  " + r + " -> " + cached + "  [" + cache.keys() + "]");
            }
        }
        cache.put("a", -1);
        System.out.println("updated a: [" + cache.keys() + "] first " + cache.entries.getFirst());
        System.out.println("hits " + cache.hits + ", misses " + cache.misses);
    }
}
