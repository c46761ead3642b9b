package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * java.util.concurrent against the JDK: ConcurrentHashMap by random operation sequences (every
 * result, exception and the iteration order after each step), TimeUnit's conversions, and the
 * locks, blocking queues and thread pool driven by real JDK threads (the shadowed classes park
 * through the JDK's LockSupport, so their blocking paths run for real).
 */
class ConcurrentTest {
    static final Shadow SHADOW = new Shadow(
            "java/util/concurrent/ConcurrentHashMap",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer",
            "java/util/concurrent/locks/AbstractOwnableSynchronizer",
            "java/util/concurrent/locks/ReentrantLock",
            "java/util/concurrent/LockedQueue",
            "java/util/concurrent/LinkedBlockingQueue",
            "java/util/concurrent/ArrayBlockingQueue",
            "java/util/concurrent/SynchronousQueue",
            "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/AbstractExecutorService",
            "java/util/concurrent/FutureTask",
            "java/util/concurrent/ExecutorCompletionService",
            "java/util/concurrent/CountDownLatch",
            "java/util/concurrent/Executors");

    @SuppressWarnings("unchecked")
    static <T> T ours(String simpleName, Class<?>[] types, Object... args) {
        try {
            var c = SHADOW.loadClass("shadow." + simpleName).getDeclaredConstructor(types);
            c.setAccessible(true);
            return (T) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final IntFunction<Object> STRING_KEYS = n -> n % 7 == 0 ? (n % 2 == 0 ? "Aa" : "BB") + n : "k" + n;
    private static final IntFunction<Object> INT_KEYS = n -> n * 31 - 500;
    private static final IntFunction<Object> COLLIDING = n -> n << 4;

    @Test
    void concurrentHashMapFollowsTheJdkIncludingIterationOrder() {
        run(new ConcurrentHashMap<>(), ours("ConcurrentHashMap", new Class<?>[0]), STRING_KEYS, 1, 600);
        run(new ConcurrentHashMap<>(), ours("ConcurrentHashMap", new Class<?>[0]), INT_KEYS, 2, 2000);
        run(new ConcurrentHashMap<>(), ours("ConcurrentHashMap", new Class<?>[0]), COLLIDING, 3, 40);
        for (int cap : new int[] {0, 1, 3, 16, 100}) {
            run(
                    new ConcurrentHashMap<>(cap),
                    ours("ConcurrentHashMap", new Class<?>[] {int.class}, cap),
                    STRING_KEYS,
                    10 + cap,
                    300);
        }
        run(
                new ConcurrentHashMap<>(20, 0.5f),
                ours("ConcurrentHashMap", new Class<?>[] {int.class, float.class}, 20, 0.5f),
                INT_KEYS,
                7,
                300);
    }

    private static void run(
            Map<Object, Object> jdk, Map<Object, Object> ours, IntFunction<Object> keys, long seed, int keyRange) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 4000; step++) {
            Object k = random.nextInt(40) == 0 ? null : keys.apply(random.nextInt(keyRange));
            Integer v = random.nextInt(20) == 0 ? null : random.nextInt(10);
            List<Function<Map<Object, Object>, Object>> ops = List.of(
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.get(k),
                    m -> m.remove(k),
                    m -> m.putIfAbsent(k, v),
                    m -> m.computeIfAbsent(k, x -> v),
                    m -> m.computeIfPresent(k, (x, o) -> v),
                    m -> m.compute(k, (x, o) -> o == null ? v : null),
                    m -> m.merge(k, 1, (a, b) -> (Integer) a + (Integer) b),
                    m -> m.getOrDefault(k, -1),
                    m -> m.remove(k, v),
                    m -> m.replace(k, v),
                    m -> m.replace(k, v, 3),
                    m -> m.containsKey(k),
                    m -> m.containsValue(v),
                    m -> m.keySet().remove(k),
                    m -> m.size() + " " + m.hashCode() + " " + m.equals(Map.copyOf(jdk)),
                    m -> m.values().toString() + m.entrySet(),
                    m -> {
                        m.entrySet().removeIf(e -> ((Integer) e.getValue()) == 7);
                        return m.size();
                    },
                    m -> {
                        m.putAll(Map.of(keys.apply(1), 1, keys.apply(2), 2, keys.apply(3), 3));
                        return m.size();
                    });
            Function<Map<Object, Object>, Object> op = random.nextInt(300) == 0
                    ? m -> {
                        m.clear();
                        return m.isEmpty();
                    }
                    : ops.get(random.nextInt(ops.size()));
            String expected = HashMapsTest.outcome(() -> op.apply(jdk));
            String actual = HashMapsTest.outcome(() -> op.apply(ours));
            assertEquals(expected, actual, "step " + step);
            assertEquals(jdk.toString(), ours.toString(), "order after step " + step);
        }
    }

    @Test
    void timeUnitConvertsAsTheJdk() throws Throwable {
        // apart: the other shadowed classes must take the JDK's TimeUnit in their signatures
        Class<?> ours = new Shadow("java/util/concurrent/TimeUnit").type("java/util/concurrent/TimeUnit");
        Object[] ourUnits = ours.getEnumConstants();
        long[] values = {
            0,
            1,
            -1,
            999,
            1000,
            1001,
            -1001,
            59_999,
            86_400_000_000_000L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MAX_VALUE / 1000,
            Long.MIN_VALUE / 60 + 1,
            9_223_372_036L,
            106_751L,
            106_752L,
            -106_752L
        };
        for (TimeUnit to : TimeUnit.values()) {
            Object ourTo = ourUnits[to.ordinal()];
            assertEquals(to.toString(), ourTo.toString());
            for (TimeUnit from : TimeUnit.values()) {
                for (long d : values) {
                    assertEquals(to.convert(d, from), Shadow.invoke(ourTo, "convert", d, ourUnits[from.ordinal()]));
                }
            }
            for (long d : values) {
                String expected = to.toNanos(d) + " " + to.toMicros(d) + " " + to.toMillis(d) + " " + to.toSeconds(d)
                        + " " + to.toMinutes(d) + " " + to.toHours(d) + " " + to.toDays(d);
                String actual = Shadow.invoke(ourTo, "toNanos", d) + " " + Shadow.invoke(ourTo, "toMicros", d) + " "
                        + Shadow.invoke(ourTo, "toMillis", d) + " " + Shadow.invoke(ourTo, "toSeconds", d) + " "
                        + Shadow.invoke(ourTo, "toMinutes", d) + " " + Shadow.invoke(ourTo, "toHours", d) + " "
                        + Shadow.invoke(ourTo, "toDays", d);
                assertEquals(expected, actual, to + " " + d);
            }
        }
    }

    /** Producers and consumers over our bounded queues, on JDK threads: every element arrives once. */
    @Test
    void blockingQueuesHandOverEveryElementOnce() throws Exception {
        for (BlockingQueue<Integer> q : List.<BlockingQueue<Integer>>of(
                ours("ArrayBlockingQueue", new Class<?>[] {int.class}, 4),
                ours("LinkedBlockingQueue", new Class<?>[] {int.class}, 3),
                ours("SynchronousQueue", new Class<?>[0]))) {
            int producers = 3;
            int each = 2000;
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int base = p * each;
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int i = 0; i < each; i++) {
                            q.put(base + i);
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long sum = 0;
            boolean[] seen = new boolean[producers * each];
            for (int i = 0; i < producers * each; i++) {
                Integer x = q.poll(10, TimeUnit.SECONDS);
                assertEquals(false, x == null || seen[x], q.getClass() + " element " + x);
                seen[x] = true;
                sum += x;
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals((long) producers * each * (producers * each - 1) / 2, sum);
            assertEquals(null, q.poll());
        }
    }

    /** A parallel word count over our fixed pool: invokeAll, futures, shutdown and termination. */
    @Test
    void fixedPoolCountsWordsInParallel() throws Throwable {
        Class<?> executors = SHADOW.type("java/util/concurrent/Executors");
        ExecutorService pool = (ExecutorService) Shadow.invoke(executors, "newFixedThreadPool", 4);
        Map<String, Integer> counts = ours("ConcurrentHashMap", new Class<?>[0]);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            int seed = t;
            tasks.add(() -> {
                SplittableRandom r = new SplittableRandom(seed);
                for (int i = 0; i < 500; i++) {
                    counts.merge("w" + r.nextInt(50), 1, Integer::sum);
                }
                return seed;
            });
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            total += f.get();
        }
        assertEquals(780, total);
        assertEquals(Integer.valueOf(7), pool.invokeAny(List.of(() -> 7)));
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(10, TimeUnit.SECONDS));
        Map<String, Integer> expected = new ConcurrentHashMap<>();
        for (int t = 0; t < 40; t++) {
            SplittableRandom r = new SplittableRandom(t);
            for (int i = 0; i < 500; i++) {
                expected.merge("w" + r.nextInt(50), 1, Integer::sum);
            }
        }
        assertEquals(expected.toString(), counts.toString());
    }
}
