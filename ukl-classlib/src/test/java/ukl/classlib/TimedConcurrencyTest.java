package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Phaser, Exchanger, DelayQueue, ScheduledThreadPoolExecutor and CompletableFuture's timeouts
 * against the JDK's: random single-thread operation sequences whose every result, exception and
 * toString must be the JDK's (identity hash codes and class names aside), and the blocking paths
 * driven by real JDK threads (the shadowed classes park through the JDK's LockSupport).
 */
class TimedConcurrencyTest {
    static final Shadow SHADOW = new Shadow(
            "java/util/concurrent/Phaser",
            "java/util/concurrent/Exchanger",
            "java/util/concurrent/DelayQueue",
            "java/util/concurrent/LockedQueue",
            "java/util/concurrent/ScheduledThreadPoolExecutor",
            "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/AbstractExecutorService",
            "java/util/concurrent/FutureTask",
            "java/util/concurrent/Executors",
            "java/util/concurrent/CompletableFuture",
            "java/util/concurrent/Delayer",
            "java/util/concurrent/RejectedExecutionHandler",
            "java/util/concurrent/ForkJoinPool",
            "java/util/concurrent/LinkedBlockingQueue",
            "java/util/concurrent/SynchronousQueue",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer",
            "java/util/concurrent/locks/AbstractOwnableSynchronizer",
            "java/util/concurrent/locks/ReentrantLock");

    private static Object ours(String simpleName, Object... args) throws Throwable {
        return Shadow.construct(SHADOW.loadClass("shadow." + simpleName), args);
    }

    /** What a call returned or threw, with identity hash codes and our package name taken out. */
    private static String outcome(Supplier<Object> call) {
        String s;
        try {
            s = String.valueOf(call.get());
        } catch (RuntimeException e) {
            Throwable t = e instanceof Wrapped ? e.getCause() : e;
            s = t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return s.replaceAll("(java\\.util\\.concurrent|shadow)\\.", "").replaceAll("@[0-9a-f]+", "@H");
    }

    private static final class Wrapped extends RuntimeException {
        Wrapped(Throwable cause) {
            super(cause);
        }
    }

    private static Object call(Object target, String name, Object... args) {
        try {
            return Shadow.invoke(target, name, args);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new Wrapped(t);
        }
    }

    @Test
    void phaserFollowsTheJdk() throws Throwable {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int parties = random.nextInt(4);
            Object jdk = new java.util.concurrent.Phaser(parties);
            Object ours = ours("Phaser", parties);
            for (int step = 0; step < 300; step++) {
                int op = random.nextInt(100);
                int k = random.nextInt(5);
                String name;
                Object[] args;
                if (op < 25) {
                    name = "arrive";
                    args = new Object[0];
                } else if (op < 35) {
                    name = "arriveAndDeregister";
                    args = new Object[0];
                } else if (op < 50) {
                    name = "register";
                    args = new Object[0];
                } else if (op < 58) {
                    name = "bulkRegister";
                    args = new Object[] {k - 1};
                } else if (op < 66) {
                    name = "awaitAdvance";
                    args = new Object[] {k - 2 + ((java.util.concurrent.Phaser) jdk).getPhase() + 10};
                } else if (op < 74) {
                    // only when it cannot block: this thread is the last unarrived party, or none is registered
                    if (((java.util.concurrent.Phaser) jdk).getUnarrivedParties() > 1) {
                        continue;
                    }
                    name = "arriveAndAwaitAdvance";
                    args = new Object[0];
                } else if (op < 75) {
                    name = "forceTermination";
                    args = new Object[0];
                } else if (op < 80) {
                    name = "getArrivedParties";
                    args = new Object[0];
                } else if (op < 85) {
                    name = "getUnarrivedParties";
                    args = new Object[0];
                } else if (op < 90) {
                    name = "isTerminated";
                    args = new Object[0];
                } else {
                    name = "toString";
                    args = new Object[0];
                }
                if (name.equals("arriveAndAwaitAdvance")
                        && ((java.util.concurrent.Phaser) jdk).getRegisteredParties() == 0
                        && !((java.util.concurrent.Phaser) jdk).isTerminated()) {
                    continue; // would wait for ever on an empty phaser
                }
                Object[] a = args;
                String expected = outcome(() -> call(jdk, name, a));
                String actual = outcome(() -> call(ours, name, a));
                assertEquals(expected, actual, "seed " + seed + " step " + step + " " + name);
            }
        }
    }

    /**
     * Trees of phasers (a root, two children, a grandchild under the first child), the same random
     * operations on random members of the JDK's tree and ours: arrivals that complete a child
     * reach its parent, a child's first registration and last deregistration register and
     * deregister it with its parent, phase and termination are the root's. Operations that would
     * wait on this single thread are left out.
     */
    @Test
    void tieredPhasersFollowTheJdk() throws Throwable {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            java.util.concurrent.Phaser[] jdk = new java.util.concurrent.Phaser[4];
            tree = jdk;
            Object[] ours = new Object[4];
            int[] parentOf = {-1, 0, 0, 1};
            for (int i = 0; i < 4; i++) {
                int parties = random.nextInt(3);
                if (i == 0) {
                    jdk[i] = new java.util.concurrent.Phaser(parties);
                    ours[i] = ours("Phaser", parties);
                } else {
                    jdk[i] = new java.util.concurrent.Phaser(jdk[parentOf[i]], parties);
                    ours[i] = ours("Phaser", ours[parentOf[i]], parties);
                }
            }
            for (int step = 0; step < 400; step++) {
                mirrorReads(ours); // a step left out may have read
                int n = random.nextInt(4);
                int op = random.nextInt(100);
                int k = random.nextInt(4);
                java.util.concurrent.Phaser j = jdk[n];
                String name;
                Object[] args = new Object[0];
                if (op < 33 && !arrivalCascades(j)) {
                    continue;
                }
                if (op < 25) {
                    name = "arrive";
                } else if (op < 33) {
                    name = "arriveAndDeregister";
                } else if (op < 48) {
                    name = "register";
                    if (!canRegister(j)) {
                        continue;
                    }
                } else if (op < 53) {
                    name = "bulkRegister";
                    args = new Object[] {k};
                    if (k > 0 && !canRegister(j)) {
                        continue;
                    }
                } else if (op < 60) {
                    name = "awaitAdvance";
                    args = new Object[] {k - 2 + j.getPhase() + 10};
                } else if (op < 68) {
                    name = "arriveAndAwaitAdvance";
                    if (!advancesAlone(j)) {
                        continue;
                    }
                } else if (op < 69) {
                    name = "forceTermination";
                } else if (op < 74) {
                    name = "getArrivedParties";
                } else if (op < 79) {
                    name = "getUnarrivedParties";
                } else if (op < 84) {
                    name = "getRegisteredParties";
                } else if (op < 89) {
                    name = "getPhase";
                } else if (op < 92) {
                    name = "isTerminated";
                } else {
                    name = "toString";
                }
                mirrorReads(ours);
                Object[] a = args;
                String expected = outcome(() -> call(j, name, a));
                String actual = outcome(() -> call(ours[n], name, a));
                assertEquals(expected, actual, "seed " + seed + " step " + step + " phaser " + n + " " + name);
            }
            for (int i = 1; i < 4; i++) {
                assertEquals(true, call(ours[i], "getParent") == ours[parentOf[i]], "parent of " + i);
                assertEquals(true, call(ours[i], "getRoot") == ours[0], "root of " + i);
            }
        }
    }

    /** The JDK tree of {@link #tieredPhasersFollowTheJdk} under test, and which of its phasers the predicates read. */
    private static java.util.concurrent.Phaser[] tree;

    private static final boolean[] jdkRead = new boolean[4];

    private static void read(java.util.concurrent.Phaser p) {
        jdkRead[java.util.Arrays.asList(tree).indexOf(p)] = true;
    }

    /**
     * The predicates read the JDK's counts, which brings a child up to the root's phase (its
     * reconcileState); ours then reads the same, so that the two trees stay in step.
     */
    private static void mirrorReads(Object[] ours) {
        for (int i = 0; i < ours.length; i++) {
            if (jdkRead[i]) {
                call(ours[i], "getUnarrivedParties");
                jdkRead[i] = false;
            }
        }
    }

    /** Whether registering with {@code p} returns at once: it does not wait for an advance that only another thread could bring. */
    private static boolean canRegister(java.util.concurrent.Phaser p) {
        read(p);
        if (p.isTerminated()) {
            return true;
        }
        if (p.getRegisteredParties() > 0) {
            return p.getParent() == null || p.getUnarrivedParties() > 0;
        }
        return p.getParent() == null || canRegister(p.getParent());
    }

    /**
     * Whether an arrival at {@code p} is refused by {@code p} itself or accepted all the way up. (An
     * arrival that completes a child but that its parent refuses leaves the JDK's child without
     * parties and not marked empty, and a later registration there waits for ever.)
     */
    private static boolean arrivalCascades(java.util.concurrent.Phaser p) {
        read(p);
        if (p.isTerminated()) {
            return true;
        }
        int unarrived = p.getUnarrivedParties();
        return unarrived != 1 || p.getParent() == null || accepts(p.getParent());
    }

    private static boolean accepts(java.util.concurrent.Phaser q) {
        read(q);
        int unarrived = q.getUnarrivedParties();
        return unarrived > 1 || (unarrived == 1 && (q.getParent() == null || accepts(q.getParent())));
    }

    /** Whether an arrival at {@code p} that waits for the advance completes the root's phase itself. */
    private static boolean advancesAlone(java.util.concurrent.Phaser p) {
        if (p.isTerminated()) {
            return true;
        }
        for (java.util.concurrent.Phaser q = p; q != null; q = q.getParent()) {
            read(q);
            if (q.getUnarrivedParties() != 1) {
                return false;
            }
        }
        return true;
    }

    @Test
    void phaserReleasesWaitersEachPhase() throws Throwable {
        Object phaser = ours("Phaser", 3);
        int[] seen = new int[3];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int id = w;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int p = 0; p < 50; p++) {
                    seen[id] += (Integer) call(phaser, "arriveAndAwaitAdvance");
                }
            }));
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        for (int w = 0; w < 3; w++) {
            assertEquals(50 * 51 / 2, seen[w], "worker " + w + " saw every next phase");
        }
        assertEquals(50, call(phaser, "getPhase"));
    }

    @Test
    void exchangerSwapsTimesOutAndIsInterrupted() throws Throwable {
        Object exchanger = ours("Exchanger");
        Object[] got = new Object[1];
        Thread partner = Thread.ofPlatform().start(() -> got[0] = call(exchanger, "exchange", "from partner"));
        assertEquals("from partner", call(exchanger, "exchange", "from test"));
        partner.join();
        assertEquals("from test", got[0]);
        assertEquals(
                "TimeoutException: null",
                outcome(() -> call(exchanger, "exchange", "alone", 2L, TimeUnit.MILLISECONDS)));
        Thread.currentThread().interrupt();
        assertEquals("InterruptedException: null", outcome(() -> call(exchanger, "exchange", "x")));
        assertEquals(false, Thread.interrupted());
        long sum = 0;
        Thread counter = Thread.ofPlatform().start(() -> {
            Object v = 0;
            for (int i = 0; i < 1000; i++) {
                v = call(exchanger, "exchange", i);
            }
        });
        for (int i = 0; i < 1000; i++) {
            sum += (Integer) call(exchanger, "exchange", -i);
        }
        counter.join();
        assertEquals(999L * 1000 / 2, sum);
    }

    /** A Delayed whose delay is fixed: already due when negative or zero, never due when positive. */
    private record Fixed(int id, long delay) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delay, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(delay, ((Fixed) o).delay);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void delayQueueFollowsTheJdk() throws Throwable {
        for (long seed = 1; seed <= 10; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            BlockingQueue<Fixed> jdk = new java.util.concurrent.DelayQueue<>();
            BlockingQueue<Fixed> ours = (BlockingQueue<Fixed>) ours("DelayQueue");
            for (int step = 0; step < 400; step++) {
                Fixed f = new Fixed(step, (random.nextInt(40) - 20) * 1_000_000_000L);
                List<java.util.function.Function<BlockingQueue<Fixed>, Object>> ops = List.of(
                        q -> q.offer(f),
                        q -> q.add(f),
                        q -> q.poll(),
                        q -> q.peek(),
                        q -> q.size() + " " + q.remainingCapacity(),
                        q -> q.remove(f),
                        q -> q.toString(),
                        q -> {
                            List<Fixed> to = new ArrayList<>();
                            return q.drainTo(to, 3) + " " + to;
                        },
                        q -> {
                            try {
                                return q.poll(0, TimeUnit.NANOSECONDS);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        q -> q.remove(),
                        q -> q.drainTo(q),
                        q -> q.contains(f));
                var op = ops.get(random.nextInt(ops.size()));
                assertEquals(
                        outcome(() -> op.apply(jdk)), outcome(() -> op.apply(ours)), "seed " + seed + " step " + step);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void delayQueueTakeWaitsForTheHead() throws Throwable {
        BlockingQueue<Delayed> ours = (BlockingQueue<Delayed>) ours("DelayQueue");
        long start = System.nanoTime();
        ours.add(new Due("late", start + 60_000_000L));
        ours.add(new Due("early", start + 20_000_000L));
        Object[] taken = new Object[2];
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                taken[1] = ours.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        taken[0] = ours.take();
        other.join(10_000);
        assertTrue(System.nanoTime() - start >= 60_000_000L, "took before the later delay ran out");
        assertEquals(
                List.of("early", "late"),
                List.of(taken).stream().map(String::valueOf).sorted().toList());
        assertEquals(null, ours.poll(5, TimeUnit.MILLISECONDS));
    }

    private record Due(String name, long at) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(at, ((Due) o).at);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void scheduledPoolRunsInDueOrderAndFollowsTheShutdownPolicies() throws Throwable {
        ScheduledExecutorService pool = (ScheduledExecutorService) ours("ScheduledThreadPoolExecutor", 1);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        pool.schedule(() -> ran.add("c"), 60, TimeUnit.MILLISECONDS);
        pool.schedule(() -> ran.add("a"), 20, TimeUnit.MILLISECONDS);
        ScheduledFuture<String> b = pool.schedule(() -> "b", 40, TimeUnit.MILLISECONDS);
        pool.execute(() -> ran.add("now"));
        assertEquals("b", b.get(10, TimeUnit.SECONDS));
        java.util.concurrent.atomic.AtomicInteger ticks = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledFuture<?> rate = pool.scheduleAtFixedRate(ticks::incrementAndGet, 0, 1, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> far = pool.schedule(() -> ran.add("far"), 1, TimeUnit.HOURS);
        assertTrue(far.getDelay(TimeUnit.MINUTES) >= 59);
        while (ticks.get() < 5 || !ran.contains("c")) { // "c" is due at 60 ms; a loaded host may tick 5 times sooner
            Thread.sleep(1);
        }
        pool.shutdown();
        // A run of the periodic task in flight at shutdown ends first; then the task is cancelled
        // instead of re-queued (the JDK's pool does the same).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!rate.isCancelled() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(rate.isCancelled(), "periodic tasks end at shutdown");
        int ticksAtCancel = ticks.get();
        Thread.sleep(20);
        assertEquals(ticksAtCancel, ticks.get(), "a cancelled periodic task runs no more");
        assertTrue(!far.isCancelled(), "delayed tasks still run after shutdown by default");
        List<Runnable> left = pool.shutdownNow();
        assertEquals(1, left.size());
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of("now", "a", "c"), ran);
        assertEquals(
                "RejectedExecutionException",
                outcome(() -> pool.schedule(() -> {}, 1, TimeUnit.SECONDS)).split(":")[0]);
        assertEquals("IllegalArgumentException: null", outcome(() -> ((ScheduledExecutorService)
                        unchecked(() -> ours("ScheduledThreadPoolExecutor", 1)))
                .scheduleWithFixedDelay(() -> {}, 0, 0, TimeUnit.SECONDS)));
    }

    private interface ThrowingSupplier {
        Object get() throws Throwable;
    }

    private static Object unchecked(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (Throwable t) {
            throw new Wrapped(t);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void completableFutureTimeoutsFire() throws Throwable {
        Future<String> f = (Future<String>) ours("CompletableFuture");
        assertTrue(call(f, "orTimeout", 5L, TimeUnit.MILLISECONDS) == f);
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
        Future<String> g = (Future<String>) ours("CompletableFuture");
        call(g, "completeOnTimeout", "late", 5L, TimeUnit.MILLISECONDS);
        assertEquals("late", g.get(10, TimeUnit.SECONDS));
        Future<String> h = (Future<String>) ours("CompletableFuture");
        call(h, "orTimeout", 50L, TimeUnit.MILLISECONDS);
        call(h, "complete", "first");
        Thread.sleep(80);
        assertEquals("first", h.get());
        Executor delayed = (Executor) Shadow.invoke(
                SHADOW.loadClass("shadow.CompletableFuture"), "delayedExecutor", 20L, TimeUnit.MILLISECONDS, (Executor)
                        Runnable::run);
        long start = System.nanoTime();
        CountDownLatch ran = new CountDownLatch(1);
        delayed.execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= 20_000_000L, "ran before its delay");
    }
}
