package corpus;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/** TreeSet with natural and custom orders: navigation, polls, range views and descending iteration. */
public final class TreeSetOrdering {
    private TreeSetOrdering() {}

    record Task(String name, int priority) {}

    public static void main(String[] args) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(i * 37 % 23);
        }
        System.out.println(numbers + " " + numbers.size() + " " + numbers.first() + " " + numbers.last());
        System.out.println(numbers.floor(12) + " " + numbers.ceiling(12) + " " + numbers.higher(12) + " "
                + numbers.lower(12) + " " + numbers.ceiling(100) + " " + numbers.lower(-1));
        System.out.println(numbers.headSet(5) + " " + numbers.tailSet(18) + " " + numbers.subSet(5, 12) + " "
                + numbers.subSet(5, false, 12, true) + " " + numbers.headSet(5, true));
        NavigableSet<Integer> desc = numbers.descendingSet();
        System.out.println(desc + " " + desc.first() + " " + desc.headSet(15) + " " + desc.ceiling(12));
        StringBuilder down = new StringBuilder();
        Iterator<Integer> it = numbers.descendingIterator();
        while (it.hasNext()) {
            int n = it.next();
            down.append(n).append(' ');
            if (n % 5 == 0) {
                it.remove();
            }
        }
        System.out.println(down + "| " + numbers);
        NavigableSet<Integer> middle = numbers.subSet(4, true, 16, true);
        middle.add(9);
        middle.remove(11);
        System.out.println(middle + " " + numbers + " " + middle.pollFirst() + " " + middle.pollLast() + " " + numbers);
        TreeSet<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Banana apple Cherry apple APPLE banana date".split(" ")) {
            words.add(w);
        }
        System.out.println(words + " " + words.contains("CHERRY"));
        TreeSet<String> byLength =
                new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        byLength.addAll(words);
        byLength.add("fig");
        System.out.println(byLength + " " + byLength.first() + " " + byLength.last());
        TreeSet<Task> queue =
                new TreeSet<>(Comparator.comparingInt(Task::priority).reversed().thenComparing(Task::name));
        queue.add(new Task("write", 2));
        queue.add(new Task("test", 3));
        queue.add(new Task("deploy", 1));
        queue.add(new Task("review", 3));
        queue.add(new Task("test", 3));
        while (!queue.isEmpty()) {
            Task t = queue.pollFirst();
            System.out.print(t.name() + "(" + t.priority() + ") ");
        }
        System.out.println(queue.pollFirst());
    }
}
