package corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;

/** java.util lists: ArrayList, List.of, Arrays.asList, Collections helpers, iteration and its failures. */
public final class ListsBasics {
    private ListsBasics() {}

    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        for (String s : "delta alpha echo bravo charlie alpha".split(" ")) {
            names.add(s);
        }
        System.out.println(names + " " + names.size() + " " + names.indexOf("alpha") + " " + names.lastIndexOf("alpha")
                + " " + names.contains("echo") + " " + names.get(2));
        names.add(0, "first");
        names.remove("alpha");
        names.remove(names.size() - 1);
        names.set(1, "DELTA");
        System.out.println(names);
        Collections.sort(names);
        System.out.println(names + " " + Collections.max(names) + " " + Collections.min(names));
        names.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(names);
        Collections.reverse(names);
        Collections.swap(names, 0, 1);
        System.out.println(names + " " + names.subList(1, 3) + " " + names.getFirst() + " " + names.getLast());
        List<Integer> numbers = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        numbers.removeIf(n -> n % 2 == 0);
        numbers.replaceAll(n -> n * 10);
        numbers.addAll(Arrays.asList(7, 7));
        numbers.addAll(1, List.of(0));
        int sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        StringBuilder each = new StringBuilder();
        numbers.forEach(n -> each.append(n).append(';'));
        System.out.println(
                numbers + " " + sum + " " + each + " " + Collections.frequency(numbers, 7) + " " + numbers.hashCode());
        List<Integer> copy = new ArrayList<>(numbers);
        System.out.println(copy.equals(numbers) + " " + (copy == numbers) + " " + copy.remove(Integer.valueOf(7)) + " "
                + copy.equals(numbers) + " " + List.of(1, 2).equals(Arrays.asList(1, 2)));
        Iterator<Integer> it = copy.iterator();
        while (it.hasNext()) {
            if (it.next() > 50) {
                it.remove();
            }
        }
        System.out.println(copy + " " + Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " "
                + Collections.singletonList('x'));
        Object[] asArray = copy.toArray();
        Integer[] typed = copy.toArray(new Integer[copy.size()]);
        System.out.println(asArray.length + " " + typed[0] + " " + Arrays.toString(typed));
        List<Object> self = new ArrayList<>();
        self.add(self);
        self.add(null);
        System.out.println(self);
        String[] failures = {
            "get", "immutable", "asList add", "concurrent", "iterator end", "List.of null", "unmodifiable"
        };
        for (String f : failures) {
            try {
                switch (f) {
                    case "get" -> numbers.get(99);
                    case "immutable" -> List.of(1).add(2);
                    case "asList add" -> Arrays.asList(1, 2).add(3);
                    case "concurrent" -> {
                        for (Integer n : numbers) {
                            numbers.add(n);
                        }
                    }
                    case "iterator end" -> List.of().iterator().next();
                    case "List.of null" -> List.of("a", null);
                    default -> Collections.unmodifiableList(numbers).set(0, 1);
                }
                System.out.println(f + ": no exception");
            } catch (IndexOutOfBoundsException | ConcurrentModificationException e) {
                System.out.println(f + ": " + e.getClass().getName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(f + ": " + e.getClass().getName());
            }
        }
    }
}
