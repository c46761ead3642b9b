package corpus;

/**
 * Whole stack traces of exceptions thrown by leaf methods: a method that allocates nothing, catches
 * nothing and calls only methods that cannot throw gets its shadow frame only while one of its own
 * runtime checks throws (or a class initialiser it triggers runs), and nothing on its way back. A
 * method that allocates, throws or calls what can throw only on paths that end in a throw (argument
 * checks, {@code Objects.requireNonNull}) links its frame on the edge into such a path. Each trace
 * must still name every frame with its line, as the JVM's does, and a trace taken after one of
 * those throws must show no frame left behind.
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

    /** Allocates and throws only on its throw path: the frame is linked on the edge into it. */
    static Object notNull(Object o) {
        if (o == null) throw new NullPointerException("o");
        return o;
    }

    /** Three edges into one throw path (two jumps and a fall-through), whose message is built over two lines. */
    static int checked(int off, int len, int n) {
        if (off < 0 || len < 0 || off + len > n) {
            throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", n " + n);
        }
        return off + len;
    }

    /** A switch's default enters the throw path. */
    static int kind(int k) {
        switch (k) {
            case 0:
                return 10;
            case 1:
                return 11;
            default:
                throw new IllegalArgumentException("kind " + k);
        }
    }

    /** The exception is made by a method the throw path calls: its trace shows both frames. */
    static int below(int i) {
        if (i > 1) throw failure(i);
        return i;
    }

    static RuntimeException failure(int i) {
        return new IllegalStateException("i " + i);
    }

    /** A runtime check on the throw path throws first, with the frame linked by the edge. */
    static Object named(Object o, String[] names, int i) {
        if (o == null) throw new NullPointerException(names[i]);
        return o;
    }

    /** Framed: it calls a method that can throw; the throw path's frame sits above it. */
    static int twice(int off) {
        int r = checked(off, 1, 4);
        return r * 2;
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
        System.out.println(notNull("x") + " " + checked(1, 2, 4) + " " + kind(1) + " " + below(1) + " " + twice(2));
        try {
            notNull(args.length == 0 ? null : "y");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
            print(e);
        }
        for (int off : new int[] {-1, 3}) {
            try {
                System.out.println(checked(off, args.length + 2, 4));
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
                print(e);
            }
        }
        try {
            System.out.println(kind(args.length + 5));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            print(e);
        }
        try {
            System.out.println(below(args.length + 2));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            print(e);
        }
        try {
            System.out.println(named(null, new String[1], args.length + 1));
        } catch (ArrayIndexOutOfBoundsException e) {
            print(e);
        }
        try {
            System.out.println(twice(args.length + 4));
        } catch (IndexOutOfBoundsException e) {
            print(e);
        }
        // Nothing of the throws above is left on the stack.
        print(new Throwable("after"));
    }
}
