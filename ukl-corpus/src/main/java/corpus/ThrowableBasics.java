package corpus;

/**
 * Throwable's API: messages, causes, suppressed exceptions, try-with-resources, and the exact
 * layout of printStackTrace (on traces set with setStackTrace, so the frames are the same on
 * every runtime). Only the innermost captured frame is printed from a real trace.
 */
public final class ThrowableBasics {
    private ThrowableBasics() {}

    static final class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    static final class Quiet extends RuntimeException {
        Quiet(String message) {
            super(message, null, false, false);
        }
    }

    static StackTraceElement[] frames(String... methods) {
        StackTraceElement[] trace = new StackTraceElement[methods.length];
        for (int i = 0; i < methods.length; i++) {
            trace[i] = new StackTraceElement("app.Main", methods[i], i == 1 ? null : "Main.java", i == 2 ? -1 : 10 + i);
        }
        return trace;
    }

    static void fail(int depth) {
        if (depth == 0) {
            throw new UnsupportedOperationException("deep");
        }
        fail(depth - 1);
    }

    public static void main(String[] args) {
        Exception plain = new Exception();
        Exception withMessage = new RuntimeException("boom");
        Throwable chained = new IllegalStateException("outer", new IllegalArgumentException("inner"));
        Throwable fromCause = new RuntimeException(new ArithmeticException("root"));
        System.out.println(plain + " | " + plain.getMessage() + " | " + plain.getCause());
        System.out.println(withMessage + " | " + withMessage.getLocalizedMessage());
        System.out.println(chained + " | " + chained.getCause() + " | "
                + chained.getCause().getCause());
        System.out.println(fromCause.getMessage() + " | " + new Error((Throwable) null).getMessage());
        Throwable late = new Exception("late");
        late.initCause(new Error("cause"));
        System.out.println(late.getCause());
        try {
            late.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            late.addSuppressed(late);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try (Resource a = new Resource("a", true);
                Resource b = new Resource("b", true)) {
            System.out.println("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " suppressed " + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  " + s);
            }
        }
        try {
            fail(3);
        } catch (UnsupportedOperationException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top.getClassName() + "." + top.getMethodName() + " " + top.getFileName());
        }
        Quiet quiet = new Quiet("quiet");
        quiet.addSuppressed(new Error("ignored"));
        System.out.println(quiet.getStackTrace().length + " " + quiet.getSuppressed().length);

        Exception root = new IllegalArgumentException("root cause");
        root.setStackTrace(frames("parse", "read", "load", "main"));
        Exception middle = new RuntimeException("middle", root);
        middle.setStackTrace(frames("wrap", "load", "main"));
        Exception top = new IllegalStateException("top", middle);
        top.setStackTrace(frames("run", "main"));
        Error suppressed = new AssertionError("suppressed one");
        suppressed.setStackTrace(frames("cleanup", "run", "main"));
        top.addSuppressed(suppressed);
        top.printStackTrace(System.out);
        StackTraceElement e = new StackTraceElement("java.lang.String", "charAt", "String.java", 1555);
        System.out.println(e + " " + new StackTraceElement("a.B", "c", null, -2) + " "
                + e.equals(new StackTraceElement("java.lang.String", "charAt", "String.java", 1555)));
        Throwable selfLoop = new Exception("loop");
        Throwable other = new Exception("other", selfLoop);
        selfLoop.initCause(other);
        selfLoop.setStackTrace(frames("a"));
        other.setStackTrace(frames("b"));
        selfLoop.printStackTrace(System.out);
        System.out.println(new AssertionError(42).getMessage() + " " + new AssertionError(new Error("x")).getCause());
    }
}
