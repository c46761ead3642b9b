package corpus;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** java.util sets: HashSet, LinkedHashSet, TreeSet, Set.of; set algebra, equality and unmodifiable views. */
public final class SetsBasics {
    private SetsBasics() {}

    public static void main(String[] args) {
        Set<String> hash = new HashSet<>();
        Set<String> linked = new LinkedHashSet<>();
        Set<String> tree = new TreeSet<>();
        for (String s : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            System.out.print(hash.add(s) ? "+" : "=");
            linked.add(s);
            tree.add(s);
        }
        System.out.println();
        System.out.println(hash + " " + hash.size());
        System.out.println(linked);
        System.out.println(tree);
        System.out.println(hash.equals(linked) + " " + linked.equals(tree) + " " + hash.hashCode() + " "
                + tree.hashCode() + " " + hash.contains("fox") + " " + hash.contains("cat"));
        Set<Integer> a = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6));
        Set<Integer> b = new HashSet<>(List.of(4, 5, 6, 7, 8));
        Set<Integer> union = new TreeSet<>(a);
        union.addAll(b);
        Set<Integer> intersection = new TreeSet<>(a);
        intersection.retainAll(b);
        Set<Integer> difference = new TreeSet<>(a);
        difference.removeAll(b);
        System.out.println(union + " " + intersection + " " + difference + " " + a.containsAll(intersection) + " "
                + b.containsAll(a));
        Set<Integer> evens = new HashSet<>();
        for (int i = 0; i < 100; i += 2) {
            evens.add(i);
        }
        evens.removeIf(x -> x % 3 == 0);
        Iterator<Integer> it = evens.iterator();
        while (it.hasNext()) {
            if (it.next() > 50) {
                it.remove();
            }
        }
        System.out.println(evens + " " + evens.size());
        Set<String> fixed = Set.of("x", "y", "z");
        System.out.println(fixed.size() + " " + fixed.contains("y") + " "
                + fixed.equals(new HashSet<>(List.of("z", "y", "x"))) + " " + new TreeSet<>(fixed));
        try {
            Set.of("dup", "dup");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Set<String> readOnly = Collections.unmodifiableSet(linked);
        try {
            readOnly.add("new");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: " + readOnly.size() + " " + readOnly);
        }
        System.out.println(Collections.emptySet() + " " + Collections.singleton("solo") + " "
                + Collections.emptySet().size() + " "
                + Set.copyOf(List.of(3, 3, 3)).size());
        Object[] asArray = tree.toArray();
        String[] typed = tree.toArray(new String[tree.size()]);
        System.out.println(asArray.length + " " + typed.length + " " + typed[0]);
        hash.clear();
        System.out.println(hash + " " + hash.isEmpty());
    }
}
