package corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/** Collections.shuffle with a seeded Random: the JDK's permutation, for array and linked lists. */
public final class ShuffleWithSeed {
    private ShuffleWithSeed() {}

    public static void main(String[] args) {
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            deck.add(i);
        }
        Collections.shuffle(deck, new Random(42));
        System.out.println("array list " + deck);
        LinkedList<Integer> linked = new LinkedList<>();
        for (int i = 1; i <= 13; i++) {
            linked.add(i);
        }
        Collections.shuffle(linked, new Random(42));
        System.out.println("linked list " + linked + " same " + linked.equals(deck));

        Random random = new Random(7);
        List<String> names = new ArrayList<>(List.of("ann", "bob", "cid", "dee", "eve"));
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(names, random);
            System.out.println("round " + round + ": " + names);
        }
        List<Integer> small = new LinkedList<>(List.of(1, 2, 3));
        Collections.shuffle(small, new Random(1));
        System.out.println("small linked " + small);
        int[] counts = new int[4];
        Random draws = new Random(99);
        for (int i = 0; i < 400; i++) {
            List<Integer> four = new ArrayList<>(List.of(0, 1, 2, 3));
            Collections.shuffle(four, draws);
            counts[four.get(0)]++;
        }
        System.out.println("first-place counts " + counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3]);
    }
}
