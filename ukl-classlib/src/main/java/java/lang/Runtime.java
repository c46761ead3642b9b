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

    /** Runs a full collection (the translator's intrinsic, contracts §4). */
    public native void gc();

    /** The collected heap's size in bytes. */
    public native long totalMemory();

    /** Bytes of the heap not in use by objects. */
    public native long freeMemory();

    /** The most the heap can hold: the same as {@link #totalMemory()}, since the heap never grows. */
    public native long maxMemory();
}
