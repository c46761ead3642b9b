package corpus;

/** An exception nobody catches: the stack trace on standard error and exit status 1, as the JVM. */
public final class UncaughtException {
    private UncaughtException() {}

    static void inner(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("nobody catches this");
        }
        inner(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println("before");
        inner(2);
        System.out.println("not reached");
    }
}
