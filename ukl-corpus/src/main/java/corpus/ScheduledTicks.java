package corpus;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scheduled pool: one-shot tasks run in the order they are due whatever order they were
 * scheduled in, a fixed-rate task counts down a latch five times and is cancelled, a fixed-delay
 * task stops at its first exception, and the shutdown policies decide which queued tasks still
 * run. Everything printed is a count or an order fixed by the due times, never a time.
 */
public final class ScheduledTicks {
    private ScheduledTicks() {}

    public static void main(String[] args) throws Exception {
        dueOrder();
        fixedRateWithLatch();
        fixedDelayStopsOnException();
        shutdownPolicies();
    }

    private static void dueOrder() throws Exception {
        ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();
        List<String> ran = new CopyOnWriteArrayList<>();
        single.schedule(() -> ran.add("300ms"), 300, TimeUnit.MILLISECONDS);
        single.schedule(() -> ran.add("100ms"), 100, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> answer = single.schedule(() -> "callable after 200ms", 200, TimeUnit.MILLISECONDS);
        single.schedule(() -> ran.add("now"), 0, TimeUnit.MILLISECONDS);
        single.execute(() -> ran.add("execute"));
        System.out.println("answer: " + answer.get() + ", done " + answer.isDone());
        single.shutdown();
        System.out.println("terminated " + single.awaitTermination(5, TimeUnit.SECONDS) + ": " + ran);
        System.out.println("single is a pool? " + (single instanceof ScheduledThreadPoolExecutor));
    }

    private static void fixedRateWithLatch() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
        CountDownLatch five = new CountDownLatch(5);
        AtomicInteger ticks = new AtomicInteger();
        ScheduledFuture<?> rate = pool.scheduleAtFixedRate(
                () -> {
                    if (ticks.incrementAndGet() <= 5) {
                        five.countDown();
                    }
                },
                1,
                2,
                TimeUnit.MILLISECONDS);
        five.await();
        System.out.println("fixed rate: latch released, at least 5 ticks " + (ticks.get() >= 5));
        System.out.println("cancel " + rate.cancel(false) + ", cancelled " + rate.isCancelled() + ", done "
                + rate.isDone() + ", cancel again " + rate.cancel(false));
        try {
            rate.get();
        } catch (CancellationException e) {
            System.out.println("get after cancel: CancellationException");
        }
        int after = ticks.get();
        Thread.sleep(20);
        System.out.println("no tick after cancel " + (ticks.get() == after));
        ScheduledFuture<?> far = pool.schedule(() -> {}, 1, TimeUnit.HOURS);
        System.out.println("far delay positive " + (far.getDelay(TimeUnit.MINUTES) > 50) + ", queued "
                + pool.getQueue().size());
        pool.setRemoveOnCancelPolicy(true);
        far.cancel(false);
        System.out.println("removed on cancel: queued " + pool.getQueue().size());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
    }

    private static void fixedDelayStopsOnException() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        AtomicInteger runs = new AtomicInteger();
        ScheduledFuture<?> failing = pool.scheduleWithFixedDelay(
                () -> {
                    if (runs.incrementAndGet() == 3) {
                        throw new IllegalStateException("third run fails");
                    }
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("fixed delay ended: " + e.getCause() + " after " + runs.get() + " runs");
        }
        Thread.sleep(10);
        System.out.println(
                "runs still " + runs.get() + ", done " + failing.isDone() + ", cancelled " + failing.isCancelled());
        try {
            pool.scheduleAtFixedRate(() -> {}, 0, 0, TimeUnit.MILLISECONDS);
        } catch (IllegalArgumentException e) {
            System.out.println("period 0: IllegalArgumentException");
        }
        try {
            pool.schedule((Runnable) null, 1, TimeUnit.MILLISECONDS);
        } catch (NullPointerException e) {
            System.out.println("null task: NullPointerException");
        }
        pool.shutdownNow();
    }

    private static void shutdownPolicies() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        AtomicInteger delayedRuns = new AtomicInteger();
        ScheduledFuture<?> delayed = pool.schedule(delayedRuns::incrementAndGet, 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> periodic = pool.scheduleAtFixedRate(() -> {}, 1, 1, TimeUnit.HOURS);
        System.out.println("policies: continue periodic " + pool.getContinueExistingPeriodicTasksAfterShutdownPolicy()
                + ", execute delayed " + pool.getExecuteExistingDelayedTasksAfterShutdownPolicy());
        pool.shutdown();
        System.out.println("after shutdown: periodic cancelled " + periodic.isCancelled() + ", delayed cancelled "
                + delayed.isCancelled());
        try {
            pool.schedule(() -> {}, 1, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            System.out.println("schedule after shutdown: RejectedExecutionException");
        }
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + ", delayed ran "
                + delayedRuns.get() + " time(s)");

        ScheduledThreadPoolExecutor strict = new ScheduledThreadPoolExecutor(1);
        strict.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ScheduledFuture<?> dropped = strict.schedule(() -> {}, 1, TimeUnit.HOURS);
        strict.shutdown();
        System.out.println("strict: dropped cancelled " + dropped.isCancelled() + ", terminated "
                + strict.awaitTermination(5, TimeUnit.SECONDS));

        ScheduledThreadPoolExecutor now = new ScheduledThreadPoolExecutor(1);
        for (int i = 1; i <= 3; i++) {
            now.schedule(() -> {}, i, TimeUnit.HOURS);
        }
        System.out.println("shutdownNow returned " + now.shutdownNow().size() + " tasks, terminated "
                + now.awaitTermination(5, TimeUnit.SECONDS));
    }
}
