package ukl.kernel;

import ukl.kernel.sched.Scheduler;
import ukl.kernel.sys.Sys;

/**
 * The image's entry point: the C runtime calls {@link #start()} once the CPU is in long mode.
 *
 * <p>It does what the {@code java} launcher does: run {@code main} with the arguments; on an
 * uncaught throwable print {@code Exception in thread "main" } and the stack trace on standard
 * error; then wait until every non-daemon thread has ended (JLS §12.8) and exit with status 0, or
 * 1 when main threw. {@code System.exit} ends the program at once, whatever threads run.
 */
public final class Start {
    private Start() {}

    public static void start() {
        String[] args = Kernel.boot();
        int status = 0;
        try {
            AppMain.main(args);
        } catch (Throwable t) {
            // The JVM's dispatchUncaughtException: by default the group prints
            // "Exception in thread "main" " and the stack trace on standard error.
            Scheduler.handle(Thread.currentThread(), t);
            System.err.flush();
            status = 1;
        }
        Scheduler.awaitNonDaemonThreads();
        System.out.flush();
        System.err.flush();
        Sys.exit(status);
    }
}
