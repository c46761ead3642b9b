package corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;

/** The list helpers of Collections: sort, reverse, swap, max/min, frequency, nCopies, wrappers, rotate, search. */
public final class CollectionsUtilities {
    private CollectionsUtilities() {}

    public static void main(String[] args) {
        List<String> fruit = new ArrayList<>();
        Collections.addAll(fruit, "pear", "fig", "banana", "kiwi", "apple", "fig");
        Collections.sort(fruit);
        System.out.println("sorted " + fruit);
        Collections.sort(fruit, Collections.reverseOrder());
        System.out.println("reversed order " + fruit);
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        fruit.sort(Collections.reverseOrder(byLength));
        System.out.println("longest first " + fruit);
        Collections.reverse(fruit);
        System.out.println("reverse " + fruit);
        Collections.swap(fruit, 0, fruit.size() - 1);
        System.out.println("swap ends " + fruit);
        System.out.println("max " + Collections.max(fruit) + ", min " + Collections.min(fruit) + ", longest "
                + Collections.max(fruit, byLength) + ", shortest " + Collections.min(fruit, byLength));
        System.out.println("frequency of fig " + Collections.frequency(fruit, "fig") + ", of plum "
                + Collections.frequency(fruit, "plum"));

        List<String> dashes = Collections.nCopies(3, "--");
        System.out.println("nCopies " + dashes + " " + String.join("", dashes));
        List<Integer> none = Collections.emptyList();
        List<String> one = Collections.singletonList("only");
        System.out.println("empty " + none + " " + none.size() + ", singleton " + one + " " + one.get(0));

        List<String> readOnly = Collections.unmodifiableList(fruit);
        try {
            readOnly.add("plum");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiableList refuses add");
        }
        fruit.add("plum");
        System.out.println("view sees " + readOnly.get(readOnly.size() - 1) + " size " + readOnly.size());
        Collection<String> view = Collections.unmodifiableCollection(new LinkedList<>(fruit));
        try {
            view.remove("plum");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiableCollection refuses remove: " + view);
        }
        List<Integer> numbers = new ArrayList<>(List.of(5, 3, 8, 1));
        Collections.fill(numbers, 7);
        System.out.println("fill " + numbers + " addAll changed " + Collections.addAll(numbers, 1, 2));
        System.out.println("max of " + numbers + " is " + Collections.max(numbers));
        List<Integer> ring = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6));
        Collections.rotate(ring, 2);
        System.out.print("rotate 2 " + ring);
        Collections.rotate(ring, -3);
        System.out.println(", then -3 " + ring);
        List<Integer> steps = List.of(1, 3, 3, 3, 7, 9);
        for (int key : new int[] {3, 4, 10, 0}) {
            System.out.print("search " + key + " -> " + Collections.binarySearch(steps, key) + "  ");
        }
        System.out.println(
                "reversed search 7 -> " + Collections.binarySearch(List.of(9, 7, 3, 1), 7, Collections.reverseOrder()));
    }
}
