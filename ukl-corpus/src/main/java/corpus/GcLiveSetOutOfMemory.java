package corpus;

/**
 * Garbage collection: a live set that really exceeds the heap (a growing chain of 1 KiB blocks,
 * all reachable) ends in OutOfMemoryError, which the program catches; once the chain is gone,
 * allocation works again. The chain lives in a method that the error unwinds, so no stale
 * reference to it stays behind in main. Runs with a heap of at most 64 MiB.
 */
public final class GcLiveSetOutOfMemory {
    private GcLiveSetOutOfMemory() {}

    private static final class Link {
        final long[] payload = new long[128];
        final Link next;

        Link(Link next) {
            this.next = next;
        }
    }

    private static long links;

    private static void fill() {
        Link chain = null;
        while (links <= 1L << 24) {
            chain = new Link(chain);
            chain.payload[0] = links++;
        }
    }

    public static void main(String[] args) {
        try {
            fill();
            System.out.println("the heap never filled");
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage()
                    + (links > 1000 ? " after many links" : ""));
        }
        Link again = null;
        for (int i = 0; i < 10000; i++) {
            again = new Link(i % 100 == 0 ? null : again);
        }
        System.out.println("allocating again: " + again.payload.length);
    }
}
