package java.lang;

/** The single-processor runtime of an image. */
public final class Runtime {
    private static final Runtime RUNTIME = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return RUNTIME;
    }

    public void exit(int status) {
        System.exit(status);
    }

    public void halt(int status) {
        ukl.libc.Libc.exit(status);
    }

    public int availableProcessors() {
        return 1;
    }

    public void gc() {
    }
}
