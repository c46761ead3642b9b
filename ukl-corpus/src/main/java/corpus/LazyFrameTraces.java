package corpus;

/**
 * Whole stack traces of exceptions thrown by leaf methods: a method that allocates nothing, catches
 * nothing and calls only methods that cannot throw gets its shadow frame only while one of its own
 * runtime checks throws (or a class initialiser it triggers runs), and nothing on its way back. Each
 * trace must still name every frame with its line, as the JVM's does, and a trace taken after one
 * of those throws must show no frame left behind.
 */
public final class LazyFrameTraces {
    enum Slot {
        FIRST,
        SECOND
    }

    /** Its initialiser fails: the ExceptionInInitializerError's cause shows the leaf that triggered it. */
    static final class Broken {
        static final int[] TABLE = new int[2];
        static final int VALUE = TABLE[LazyFrameTraces.three()];
    }

    private final long[] counts = new long[2];

    static int three() {
        return 3;
    }

    /** A leaf: array accesses, a call of a getter that cannot throw (Enum.ordinal) and nothing else. */
    long count(Slot s) {
        return counts[s.ordinal()]++;
    }

    static int at(int[] a, int i) {
        return a[i];
    }

    static int quotient(int a, int b) {
        return a / b;
    }

    static String cast(Object o) {
        return (String) o;
    }

    static int length(int[] a) {
        return a.length;
    }

    static int broken() {
        return Broken.VALUE;
    }

    /** Not a leaf: it calls a method that can throw, so its frame is there while the callee runs. */
    static int sum(int[] a, int n) {
        int s = 0;
        for (int i = 0; i <= n; i++) {
            s += at(a, i);
        }
        return s;
    }

    /** The class and the frames: the JVM's messages for null and cast failures are its own. */
    static void print(Throwable t) {
        System.out.println(t.getClass().getName());
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("  " + e.getMethodName() + ":" + e.getLineNumber());
            if (e.getMethodName().equals("main")) {
                break; // below main the image has its launcher's frame, the JVM none
            }
        }
    }

    public static void main(String[] args) {
        LazyFrameTraces t = new LazyFrameTraces();
        System.out.println(t.count(Slot.FIRST) + t.count(Slot.SECOND) + t.count(Slot.SECOND));
        try {
            t.count(null);
        } catch (NullPointerException e) {
            print(e);
        }
        try {
            System.out.println(at(new int[2], args.length + 2));
        } catch (ArrayIndexOutOfBoundsException e) {
            print(e);
        }
        try {
            System.out.println(sum(new int[3], args.length + 3));
        } catch (ArrayIndexOutOfBoundsException e) {
            print(e);
        }
        try {
            System.out.println(quotient(7, args.length));
        } catch (ArithmeticException e) {
            print(e);
        }
        try {
            System.out.println(cast(Integer.valueOf(args.length)));
        } catch (ClassCastException e) {
            print(e);
        }
        try {
            System.out.println(length(args.length == 0 ? null : new int[1]));
        } catch (NullPointerException e) {
            print(e);
        }
        try {
            System.out.println(broken());
        } catch (ExceptionInInitializerError e) {
            print(e.getCause());
        }
        // Nothing of the throws above is left on the stack.
        print(new Throwable("after"));
    }
}
