package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the words of an embedded text with a HashMap, then reports them sorted with a TreeMap. */
public final class WordCounter {
    private WordCounter() {}

    private static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness, it was the
            spring of hope, it was the winter of despair, we had everything before us, we had
            nothing before us, we were all going direct to Heaven, we were all going direct the
            other way.
            """;

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= TEXT.length(); i++) {
            char c = i < TEXT.length() ? TEXT.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
        }
        System.out.println("distinct words: " + counts.size());
        System.out.println("hash order: " + counts);
        TreeMap<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println("sorted: " + sorted);
        System.out.println("first " + sorted.firstKey() + ", last " + sorted.lastKey());
        TreeMap<Integer, List<String>> byCount = new TreeMap<>();
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            byCount.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<Integer, List<String>> e : byCount.descendingMap().entrySet()) {
            System.out.println(e.getKey() + " x " + e.getValue());
        }
        System.out.println("the=" + counts.get("the") + " it=" + counts.getOrDefault("it", 0) + " dickens="
                + counts.getOrDefault("dickens", 0) + " has spring: " + counts.containsKey("spring"));
    }
}
