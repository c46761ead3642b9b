package corpus;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/** TreeMap navigation: floor/ceiling/higher/lower, first/last, polls, head/tail/sub maps and descending views. */
public final class TreeMapNavigation {
    private TreeMapNavigation() {}

    public static void main(String[] args) {
        TreeMap<Integer, String> grades = new TreeMap<>();
        grades.put(90, "A");
        grades.put(80, "B");
        grades.put(70, "C");
        grades.put(60, "D");
        grades.put(0, "F");
        for (int score : new int[] {100, 95, 90, 85, 71, 60, 59, 3, 0}) {
            System.out.print(score + "->" + grades.floorEntry(score).getValue() + " ");
        }
        System.out.println();
        System.out.println(
                grades.firstKey() + " " + grades.lastKey() + " " + grades.firstEntry() + " " + grades.lastEntry());
        System.out.println(grades.floorKey(75) + " " + grades.ceilingKey(75) + " " + grades.higherKey(80) + " "
                + grades.lowerKey(80) + " " + grades.ceilingKey(91) + " " + grades.lowerKey(0) + " "
                + grades.floorKey(-5));
        System.out.println(grades.headMap(70) + " " + grades.headMap(70, true) + " " + grades.tailMap(70) + " "
                + grades.tailMap(70, false) + " " + grades.subMap(60, 90) + " " + grades.subMap(60, false, 90, true));
        NavigableMap<Integer, String> desc = grades.descendingMap();
        System.out.println(desc + " " + desc.firstKey() + " " + desc.ceilingKey(75) + " " + desc.headMap(70) + " "
                + desc.descendingMap() + " " + grades.descendingKeySet() + " " + grades.navigableKeySet());
        SortedMap<Integer, String> passing = grades.tailMap(60);
        passing.put(65, "D+");
        grades.put(85, "B+");
        System.out.println(passing + " " + passing.size() + " " + grades);
        try {
            passing.put(10, "E");
        } catch (IllegalArgumentException e) {
            System.out.println("view rejects 10: " + e.getMessage());
        }
        passing.remove(90);
        passing.keySet().remove(65);
        System.out.println(grades + " " + grades.pollFirstEntry() + " " + grades.pollLastEntry() + " " + grades);
        TreeMap<String, Integer> byLength =
                new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : "pear fig banana kiwi apple plum date cherry".split(" ")) {
            byLength.put(w, w.length());
        }
        System.out.println(byLength + " " + byLength.comparator().compare("aa", "b"));
        System.out.println(
                byLength.headMap("kiwi") + " " + byLength.ceilingKey("zzzz") + " " + byLength.floorKey("aaaaa"));
        TreeMap<Integer, Integer> events = new TreeMap<>();
        for (int t = 0; t < 50; t += 7) {
            events.put(t, t * t);
        }
        int time = 20;
        Map.Entry<Integer, Integer> before = events.lowerEntry(time);
        Map.Entry<Integer, Integer> after = events.higherEntry(time);
        System.out.println("around " + time + ": " + before + " " + after + " in [10,30): "
                + events.subMap(10, 30).keySet() + " count "
                + events.subMap(10, true, 30, true).size());
        while (!events.isEmpty()) {
            Map.Entry<Integer, Integer> e = events.pollFirstEntry();
            System.out.print(e.getKey() + ":" + e.getValue() + " ");
        }
        System.out.println(events.firstEntry() + " " + events.pollFirstEntry());
        try {
            events.firstKey();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("empty map has no first key");
        }
    }
}
