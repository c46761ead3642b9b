package ukl.kernel;

import ukl.kernel.sys.Sys;

/**
 * The image's entry point: the C runtime calls {@link #start()} once the CPU is in long mode.
 *
 * <p>It does what the {@code java} launcher does for a single-threaded program: run {@code main}
 * with the arguments, exit with status 0 when it returns, and on an uncaught throwable print
 * {@code Exception in thread "main" } and the stack trace on standard error and exit with 1.
 */
public final class Start {
    private Start() {}

    public static void start() {
        String[] args = Kernel.boot();
        try {
            AppMain.main(args);
        } catch (Throwable t) {
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            System.err.flush();
            Sys.exit(1);
        }
        System.out.flush();
        Sys.exit(0);
    }
}
