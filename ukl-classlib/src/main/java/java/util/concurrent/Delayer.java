package java.util.concurrent;

/**
 * The one scheduler behind CompletableFuture's timeouts and delayed executors, as the JDK 25
 * common pool's delay scheduler: a single daemon thread named
 * "ForkJoinPool.commonPool-delayScheduler", started on first use (so programs without timeouts
 * have no such thread), cancelled tasks removed from its queue at once. Its worker parks until
 * the earliest task is due: in an image, on the kernel's timers.
 */
final class Delayer {
    private static ScheduledThreadPoolExecutor scheduler;

    private Delayer() {}

    static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
        return scheduler().schedule(command, delay, unit);
    }

    private static synchronized ScheduledThreadPoolExecutor scheduler() {
        if (scheduler == null) {
            ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, new DaemonFactory());
            s.setRemoveOnCancelPolicy(true);
            scheduler = s;
        }
        return scheduler;
    }

    private static final class DaemonFactory implements ThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ForkJoinPool.commonPool-delayScheduler");
            t.setDaemon(true);
            return t;
        }
    }
}
