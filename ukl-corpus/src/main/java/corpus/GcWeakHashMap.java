package corpus;

import java.util.Iterator;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * java.util.WeakHashMap: entries whose keys only the map holds disappear after a collection
 * (their references reach the map's queue, which it expunges); the others stay, in the JDK's
 * iteration order. Keys are strings built at run time (not literals, which never die) in a method that
 * returns, so no stale copy stays in main's frame.
 */
public final class GcWeakHashMap {
    private GcWeakHashMap() {}

    private static String[] fill(WeakHashMap<String, Integer> map, int n) {
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new StringBuilder("key").append(i).toString();
            map.put(keys[i], i * i);
        }
        return keys;
    }

    private static void dropOdd(String[] keys) {
        for (int i = 1; i < keys.length; i += 2) {
            keys[i] = null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WeakHashMap<String, Integer> map = new WeakHashMap<>();
        map.put(null, -1); // stored under a private object, whose identity hash places it: not printed in a map
        System.out.println("null key: get " + map.get(null) + ", containsKey " + map.containsKey(null) + ", remove "
                + map.remove(null) + ", then " + map.containsKey(null));
        String[] keys = fill(map, 20);
        System.out.println(map.size() + " " + map);
        System.out.println("get key7 " + map.get("key7") + ", containsValue 49 " + map.containsValue(49));
        dropOdd(keys);
        int size = 0;
        // HotSpot enqueues cleared references on a thread of its own, some time after the collection
        for (int i = 0; i < 500 && size != 10; i++) {
            System.gc();
            size = map.size();
            if (size != 10) {
                Thread.sleep(10);
            }
        }
        System.out.println("after dropping the odd keys: " + size + " " + map);
        System.out.println("get key7 " + map.get("key7") + ", key8 " + map.get("key8") + ", containsKey key9 "
                + map.containsKey("key9"));
        for (Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() % 3 == 0) {
                it.remove();
            } else {
                e.setValue(e.getValue() + 1);
            }
        }
        System.out.println("after removing multiples of 3: " + map.keySet() + " " + map.values());
        System.out.println(
                "remove null " + map.remove(null) + ", remove key4 " + map.remove("key4") + ", size " + map.size());
        WeakHashMap<Integer, String> copy = new WeakHashMap<>(Map.of(1, "one", 2, "two"));
        System.out.println("copy " + copy + " equals " + copy.equals(Map.of(2, "two", 1, "one")));
        map.clear();
        System.out.println("cleared " + map + " " + map.isEmpty() + " " + keys.length);
    }
}
