package corpus;

/**
 * Garbage collection: a long-lived table of small cells, allocated in one go so that they fill
 * whole blocks of one size class, survives some 20 collections of a 32 MiB heap while every round
 * hangs freshly allocated payloads off old cells, drops others, and locks old cells (the monitor's
 * lock word shares the header word with the collector's mark). Each collection must still find
 * every young payload through its old cell, whatever the previous collections left in the mark bit.
 */
public final class GcOldPointsToYoung {
    private GcOldPointsToYoung() {}

    private static final class Payload {
        final int value;
        Payload next;

        Payload(int value, Payload next) {
            this.value = value;
            this.next = next;
        }
    }

    private static final class Cell {
        Payload payload;
        int id;
    }

    private static final class Tree {
        Tree left;
        Tree right;
    }

    private static Tree tree(int depth) {
        Tree t = new Tree();
        if (depth > 0) {
            t.left = tree(depth - 1);
            t.right = tree(depth - 1);
        }
        return t;
    }

    private static int count(Tree t) {
        return t == null ? 0 : 1 + count(t.left) + count(t.right);
    }

    public static void main(String[] args) {
        Cell[] cells = new Cell[120_000];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new Cell();
            cells[i].id = i;
        }
        long seed = 42;
        long checksum = 0;
        for (int round = 0; round < 160; round++) {
            for (int k = 0; k < 2000; k++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                Cell c = cells[(int) ((seed >>> 33) % cells.length)];
                synchronized (c) {
                    c.payload = (seed & 3) == 0 ? null : new Payload(round * 7 + k, c.payload);
                    if (c.payload != null && c.payload.next != null && c.payload.next.next != null) {
                        c.payload.next = c.payload.next.next.next; // old payloads become garbage
                    }
                }
            }
            int nodes = 0;
            for (int t = 0; t < 12; t++) {
                nodes += count(tree(12)); // 8,191 nodes of garbage each
            }
            long sum = nodes;
            for (Cell c : cells) {
                for (Payload p = c.payload; p != null; p = p.next) {
                    sum += p.value ^ c.id;
                }
            }
            checksum = checksum * 31 + sum;
            if (round % 20 == 0) {
                System.out.println("round " + round + ": " + sum);
            }
        }
        System.out.println("checksum " + checksum);
    }
}
