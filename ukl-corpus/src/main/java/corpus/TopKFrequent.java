package corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/** The k most frequent items of a stream, three ways: sort the entries, a bounded heap, an ordered set. */
public final class TopKFrequent {
    private TopKFrequent() {}

    public static void main(String[] args) {
        Map<Integer, Integer> freq = new HashMap<>();
        long x = 42;
        for (int i = 0; i < 5000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            int v = (int) ((x >>> 33) % 100);
            int item = v < 50 ? v % 7 : v;
            freq.merge(item, 1, Integer::sum);
        }
        System.out.println(freq.size() + " distinct");
        Comparator<Map.Entry<Integer, Integer>> byCount =
                Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(byCount);
        System.out.println("sorted: " + entries.subList(0, 10));
        PriorityQueue<Map.Entry<Integer, Integer>> heap = new PriorityQueue<>(byCount.reversed());
        for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
            heap.add(e);
            if (heap.size() > 10) {
                heap.poll();
            }
        }
        List<Map.Entry<Integer, Integer>> top = new ArrayList<>();
        while (!heap.isEmpty()) {
            top.add(0, heap.poll());
        }
        System.out.println("heap:   " + top);
        TreeSet<Map.Entry<Integer, Integer>> ordered = new TreeSet<>(byCount);
        ordered.addAll(freq.entrySet());
        List<Integer> keys = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : ordered) {
            if (keys.size() == 10) {
                break;
            }
            keys.add(e.getKey());
        }
        System.out.println("set:    " + keys + " least: " + ordered.last());
        System.out.println(entries.subList(0, 10).equals(top));
    }
}
