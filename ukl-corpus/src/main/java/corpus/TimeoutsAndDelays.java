package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Time in java.util.concurrent: CompletableFuture's orTimeout firing and not firing,
 * completeOnTimeout, a delayed executor in front of a pool, and a DelayQueue handing out
 * elements in the order their delays run out. Only outcomes are printed, never times.
 */
public final class TimeoutsAndDelays {
    private TimeoutsAndDelays() {}

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> never = new CompletableFuture<>();
        CompletableFuture<String> timed = never.orTimeout(5, TimeUnit.MILLISECONDS);
        try {
            timed.join();
        } catch (CompletionException e) {
            System.out.println("orTimeout fired: " + e.getCause().getClass().getName() + ", same future "
                    + (timed == never) + ", exceptionally " + never.isCompletedExceptionally());
        }
        CompletableFuture<String> quick = new CompletableFuture<>();
        quick.orTimeout(10, TimeUnit.SECONDS);
        quick.complete("in time");
        System.out.println("completed before the timeout: " + quick.join());

        CompletableFuture<String> fallback =
                new CompletableFuture<String>().completeOnTimeout("fallback", 5, TimeUnit.MILLISECONDS);
        System.out.println(
                "completeOnTimeout: " + fallback.thenApply(String::toUpperCase).join());
        CompletableFuture<String> done = CompletableFuture.completedFuture("already");
        System.out.println("already done: "
                + done.completeOnTimeout("late", 1, TimeUnit.MILLISECONDS).join() + ", orTimeout returns it "
                + (done.orTimeout(1, TimeUnit.MILLISECONDS) == done));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        CompletableFuture<Integer> later = CompletableFuture.supplyAsync(
                () -> 6 * 7, CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS, pool));
        System.out.println("delayed supplyAsync: " + later.get(10, TimeUnit.SECONDS));
        List<String> order = new ArrayList<>();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> order.add("second"), CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS, pool));
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> order.add("first"), CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS, pool));
        CompletableFuture.allOf(first, second).join();
        System.out.println("delayed order: " + order);
        System.out.println("default delayed executor: "
                + CompletableFuture.supplyAsync(
                                () -> "on the common pool", CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS))
                        .join());
        pool.shutdown();

        DelayQueue<Job> jobs = new DelayQueue<>();
        long now = System.nanoTime();
        jobs.add(new Job("c", now + 400_000_000L));
        jobs.add(new Job("a", now + 200_000_000L));
        jobs.add(new Job("b", now + 300_000_000L));
        jobs.add(new Job("later", now + 3_600_000_000_000L));
        System.out.println("size " + jobs.size() + ", head " + jobs.peek() + ", nothing due yet: "
                + (jobs.poll() == null) + ", remaining capacity " + jobs.remainingCapacity());
        StringBuilder taken = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            taken.append(jobs.take()).append(' ');
        }
        System.out.println("taken: " + taken.toString().trim());
        System.out.println("poll with timeout: " + jobs.poll(5, TimeUnit.MILLISECONDS) + ", left " + jobs);
        List<Job> drained = new ArrayList<>();
        System.out.println("drainTo moves only expired: " + jobs.drainTo(drained) + " " + drained);
        try {
            jobs.drainTo(jobs);
        } catch (IllegalArgumentException e) {
            System.out.println("drainTo itself: IllegalArgumentException");
        }
    }

    /** A named job due at a System.nanoTime time. */
    private record Job(String name, long due) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(due, ((Job) other).due);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
