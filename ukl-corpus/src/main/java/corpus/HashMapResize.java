package corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Many keys through HashMap resizes: iteration order, which follows the table layout, must be the JDK's. */
public final class HashMapResize {
    private HashMapResize() {}

    public static void main(String[] args) {
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            squares.put(i * 7919 % 10007, i);
            if (Integer.bitCount(squares.size()) == 1) {
                System.out.println("size " + squares.size() + ": " + checksum(squares));
            }
        }
        Map<String, Integer> words = new HashMap<>(4);
        for (int i = 0; i < 300; i++) {
            words.put("w" + Integer.toString(i * 31, 36), i);
        }
        StringBuilder first = new StringBuilder();
        int n = 0;
        for (String k : words.keySet()) {
            if (n++ < 25) {
                first.append(k).append(' ');
            }
        }
        System.out.println(first);
        Iterator<Map.Entry<String, Integer>> it = words.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() % 3 != 0) {
                it.remove();
            }
        }
        System.out.println(words.size() + " " + checksum(words));
        Map<Integer, String> negatives = new HashMap<>();
        for (int i = -40; i < 40; i += 3) {
            negatives.put(i * 100_003, "v" + i);
        }
        System.out.println(negatives);
        Set<Long> longs = new HashSet<>();
        for (long x = 1; x < 1L << 62; x *= 3) {
            longs.add(x);
        }
        System.out.println(longs);
        Set<String> collide = new HashSet<>();
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"}) {
            collide.add(s);
        }
        System.out.println(collide + " " + "Aa".hashCode() + " " + "BB".hashCode());
        Map<Double, Boolean> doubles = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            doubles.put(i / 4.0, i % 2 == 0);
        }
        doubles.put(-0.0, true);
        doubles.put(Double.NaN, false);
        System.out.println(doubles);
    }

    /** An order-sensitive digest of the iteration order. */
    private static <K, V> long checksum(Map<K, V> m) {
        long h = 17;
        for (Map.Entry<K, V> e : m.entrySet()) {
            h = h * 31 + e.getKey().hashCode() * 7L + e.getValue().hashCode();
        }
        return h;
    }
}
