package corpus;

/**
 * Garbage collection while loops walk arrays: every iteration allocates, so collections happen in
 * the middle of loops in which gcc may keep only pointers derived from an array's address (to the
 * current element, to one past the last, or a strength-reduced {@code base + i * size}) and no
 * pointer to its start. The lengths make arrays end exactly where the collector's cell or block
 * ends (a 24-byte array header plus the elements fill a 32-, 48-, 64-, ... byte cell or a 32 KiB
 * block), so a pointer one past the last element is the address of the next cell. Loops run
 * backwards and forwards, read one array while filling another, and shift elements; about
 * 750 MB are allocated, some 25 collections of a 32 MiB heap, and every array's contents are
 * checked after its loop. Arrays kept in a static field must stay intact through every collection.
 */
public final class GcArrayLoops {
    private GcArrayLoops() {}

    private static final class Cell {
        final int value;
        final Cell link;

        Cell(int value, Cell link) {
            this.value = value;
            this.link = link;
        }
    }

    /** 8-byte elements: 24 + 8n is a size class (32, 48, 64, ... 8192) or one or two whole blocks. */
    private static final int[] WIDE = {1, 3, 5, 7, 13, 29, 61, 125, 253, 509, 1021, 4093, 8189};
    /** 4-byte elements: 24 + 4n is 32, 64, 128, 512, 1024, 4096 bytes or a block. */
    private static final int[] NARROW = {2, 10, 26, 122, 250, 1018, 8186};

    private static final Object[] KEPT = new Object[16];

    public static void main(String[] args) {
        long checksum = 0;
        for (int round = 0; round < 240; round++) {
            for (int n : WIDE) {
                checksum = checksum * 31 + fillBackwards(n, round);
                checksum = checksum * 31 + fillForwardsLinked(n, round);
                checksum = checksum * 31 + mapIntoNewArray(n, round);
                checksum = checksum * 31 + longsFromBoxes(n, round);
                checksum = checksum * 31 + stringsBackwards(Math.min(n, 509), round);
            }
            for (int n : NARROW) {
                checksum = checksum * 31 + intRowsBackwards(n, round);
            }
            checksum = checksum * 31 + shiftInsert(61, round);
            if (round % 15 == 0) {
                Cell[] kept = new Cell[WIDE[round / 15 % WIDE.length]];
                for (int i = kept.length - 1; i >= 0; i--) {
                    kept[i] = new Cell(round + i, null);
                }
                KEPT[round / 15] = kept;
            }
            if (round % 80 == 79) {
                System.out.println("round " + round + " checksum " + checksum);
            }
        }
        for (Object o : KEPT) {
            Cell[] kept = (Cell[]) o;
            Cell last = kept[kept.length - 1];
            System.out.println("kept " + kept.length + " first " + kept[0].value + " last " + last.value);
        }
        System.out.println("checksum " + checksum);
    }

    /** The classic one-past-the-end loop: an index counting down, a fresh object per element. */
    private static long fillBackwards(int n, int round) {
        Cell[] a = new Cell[n];
        for (int i = n - 1; i >= 0; i--) {
            a[i] = new Cell(i ^ round, null);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i].value * (i + 1L);
        }
        return sum;
    }

    /** Each element links to the one before it, read from the array after the allocation. */
    private static long fillForwardsLinked(int n, int round) {
        Cell[] a = new Cell[n];
        a[0] = new Cell(round, null);
        for (int i = 1; i < n; i++) {
            a[i] = new Cell(i + round, a[i - 1]);
        }
        long sum = 0;
        for (Cell c = a[n - 1]; c != null; c = c.link) {
            sum = sum * 7 + c.value;
        }
        return sum;
    }

    /** Two arrays walked by one index: read from one, allocate, store into the other, backwards. */
    private static long mapIntoNewArray(int n, int round) {
        Cell[] from = new Cell[n];
        for (int i = 0; i < n; i++) {
            from[i] = new Cell(i * 3 + round, null);
        }
        Cell[] to = new Cell[n];
        for (int i = n - 1; i >= 0; i--) {
            to[i] = new Cell(from[i].value + 1, from[i]);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += to[i].value - to[i].link.value + to[i].link.value % 5;
        }
        return sum;
    }

    /** A primitive array filled backwards with values that take an allocation each (boxes beyond the cache). */
    private static long longsFromBoxes(int n, int round) {
        long[] a = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            Long box = Long.valueOf(1000L + i * 1_000_003L + round);
            a[i] = box.longValue() ^ box.hashCode();
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i] >>> (i & 7);
        }
        return sum;
    }

    private static long stringsBackwards(int n, int round) {
        String[] a = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            a[i] = Integer.toString(i * 7 + round);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i].length() * 11L + a[i].charAt(a[i].length() - 1);
        }
        return sum;
    }

    /** An array of rows filled backwards, each row a new int[] filled forwards. */
    private static long intRowsBackwards(int n, int round) {
        int rows = Math.max(1, 4096 / n);
        int[][] m = new int[rows][];
        for (int r = rows - 1; r >= 0; r--) {
            int[] row = new int[n];
            for (int c = 0; c < n; c++) {
                row[c] = r * c + round;
            }
            m[r] = row;
        }
        long sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += m[r][n - 1] + m[r][n / 2];
        }
        return sum;
    }

    /** Insertion at the front: shift every element up by one, then allocate the new first element. */
    private static long shiftInsert(int n, int round) {
        Cell[] a = new Cell[n];
        for (int k = 0; k < n; k++) {
            for (int i = k; i > 0; i--) {
                a[i] = a[i - 1];
            }
            a[0] = new Cell(k * round, a[1]);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum = sum * 3 + a[i].value + (a[i].link == null ? 0 : 1);
        }
        return sum;
    }
}
