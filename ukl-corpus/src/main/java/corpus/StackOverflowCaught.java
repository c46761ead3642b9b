package corpus;

/** Unbounded recursion throws StackOverflowError (JVMS §2.5.2); the program catches it and carries on. */
public final class StackOverflowCaught {
    private StackOverflowCaught() {}

    static final int[] LAST = new int[1];

    static int recurse(int n) {
        LAST[0] = n;
        return recurse(n + 1) + 1;
    }

    /** Pure recursion: no allocation, no check that could throw anything but StackOverflowError. */
    static int pure(int n) {
        return pure(n + 1) + 1;
    }

    /**
     * Mutual recursion through methods that throw by themselves (an allocation, an array access)
     * before their calls: the call graph must still show the cycle, whose methods check the stack.
     */
    static int ping(int n) {
        int[] box = new int[] {n};
        return pong(box) + 1;
    }

    static int pong(int[] box) {
        return ping(box[0] + 1) + 1;
    }

    public static void main(String[] args) {
        try {
            System.out.println(ping(0));
        } catch (StackOverflowError e) {
            System.out.println("mutual: " + e.getClass().getName());
        }
        try {
            System.out.println(pure(0));
        } catch (StackOverflowError e) {
            System.out.println("pure: " + e.getClass().getName());
        }
        for (int round = 0; round < 2; round++) {
            try {
                System.out.println(recurse(0));
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": " + e.getClass().getName() + " after "
                        + (LAST[0] > 1000 ? "many" : "few") + " calls");
            }
        }
    }
}
