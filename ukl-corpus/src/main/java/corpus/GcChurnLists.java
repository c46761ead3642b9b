package corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Garbage collection: about 1.7 GB of short-lived lists (ArrayList of boxed integers, linked nodes),
 * 50 times a 32 MiB heap, while a long-lived list and a linked chain must survive every collection intact.
 */
public final class GcChurnLists {
    private GcChurnLists() {}

    private static final class Node {
        final int value;
        final Node next;
        final long weight;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.weight = value * 3L;
        }
    }

    private static final List<Integer> KEPT = new ArrayList<>();

    public static void main(String[] args) {
        Node chain = null;
        for (int i = 0; i < 1000; i++) {
            chain = new Node(i, chain);
        }
        long checksum = 0;
        for (int round = 0; round < 2400; round++) {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < 20000; i++) {
                list.add(i + 1000);
            }
            Node local = null;
            for (int i = 0; i < 5000; i++) {
                local = new Node(i ^ round, local);
            }
            long sum = 0;
            for (int v : list) {
                sum += v;
            }
            for (Node n = local; n != null; n = n.next) {
                sum += n.weight;
            }
            checksum = checksum * 31 + sum;
            if (round % 200 == 0) {
                KEPT.add(round);
                System.out.println("round " + round + ": " + sum);
            }
        }
        long chainSum = 0;
        int length = 0;
        for (Node n = chain; n != null; n = n.next) {
            chainSum += n.value + n.weight;
            length++;
        }
        System.out.println("checksum " + checksum);
        System.out.println("kept " + KEPT);
        System.out.println("chain " + length + " " + chainSum);
    }
}
