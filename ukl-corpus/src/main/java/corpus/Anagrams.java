package corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups words into anagram classes keyed by their sorted letters. */
public final class Anagrams {
    private Anagrams() {}

    public static void main(String[] args) {
        String words = "listen silent enlist inlets google elgoog tinsel banana evil vile live veil rat tar art star "
                + "rats arts tsar post stop tops spot pots opts alert alter later ratel taler";
        Map<String, List<String>> groups = new HashMap<>();
        for (String w : words.split(" ")) {
            char[] letters = w.toCharArray();
            Arrays.sort(letters);
            groups.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(w);
        }
        System.out.println(groups.size() + " classes");
        System.out.println(groups);
        Map<Integer, List<String>> bySize = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            if (e.getValue().size() > 1) {
                bySize.computeIfAbsent(e.getValue().size(), k -> new ArrayList<>())
                        .add(e.getKey());
            }
        }
        System.out.println(bySize);
        Map<Character, Integer> letterCounts = new TreeMap<>();
        for (char c : words.toCharArray()) {
            if (c != ' ') {
                letterCounts.merge(c, 1, Integer::sum);
            }
        }
        System.out.println(letterCounts);
        Map<Character, Integer> hashed = new HashMap<>(letterCounts);
        System.out.println(hashed + " " + hashed.equals(letterCounts));
    }
}
