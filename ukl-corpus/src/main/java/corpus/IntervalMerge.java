package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Merges overlapping intervals kept in a TreeMap from start to end, and answers point queries. */
public final class IntervalMerge {
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();

    private IntervalMerge() {}

    /** Adds [start, end), merging with every span it touches. */
    private void add(int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        Map.Entry<Integer, Integer> next = spans.ceilingEntry(start);
        while (next != null && next.getKey() <= end) {
            end = Math.max(end, next.getValue());
            spans.remove(next.getKey());
            next = spans.higherEntry(next.getKey());
        }
        spans.put(start, end);
    }

    private boolean covers(int point) {
        Map.Entry<Integer, Integer> e = spans.floorEntry(point);
        return e != null && point < e.getValue();
    }

    private int covered() {
        int total = 0;
        for (Map.Entry<Integer, Integer> e : spans.entrySet()) {
            total += e.getValue() - e.getKey();
        }
        return total;
    }

    public static void main(String[] args) {
        IntervalMerge set = new IntervalMerge();
        int[][] input = {{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}, {30, 31}, {11, 12}, {0, 1}, {9, 11}};
        for (int[] span : input) {
            set.add(span[0], span[1]);
            System.out.println("+[" + span[0] + "," + span[1] + ") -> " + set.spans);
        }
        List<Integer> inside = new ArrayList<>();
        for (int p = 0; p < 32; p++) {
            if (set.covers(p)) {
                inside.add(p);
            }
        }
        System.out.println(inside + " covered=" + set.covered() + " spans=" + set.spans.size());
        System.out.println(set.spans.headMap(12) + " " + set.spans.tailMap(12, true) + " "
                + set.spans.descendingMap().firstEntry());
        IntervalMerge big = new IntervalMerge();
        for (int i = 0; i < 2000; i++) {
            int s = (i * 7919) % 10000;
            big.add(s, s + 3);
        }
        System.out.println(
                big.spans.size() + " " + big.covered() + " " + big.spans.firstEntry() + " " + big.spans.lastEntry());
    }
}
