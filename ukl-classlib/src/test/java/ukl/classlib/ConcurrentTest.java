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
            "java/util/concurrent/Executors",
            "java/util/concurrent/LinkedBlockingDeque",
            "java/util/concurrent/PriorityBlockingQueue",
            "java/util/concurrent/ConcurrentLinkedQueue",
            "java/util/concurrent/ConcurrentLinkedDeque",
            "java/util/concurrent/CopyOnWriteArrayList",
            "java/util/concurrent/ConcurrentSkipListMap",
            "java/util/concurrent/ConcurrentSkipListSet",
            "java/util/concurrent/KeySet");

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
        // sorted: keys sharing a bin iterate in the order threads inserted them
        assertEquals(new java.util.TreeMap<>(expected).toString(), new java.util.TreeMap<>(counts).toString());
    }

    @Test
    void skipListMapFollowsTheJdk() {
        java.util.concurrent.ConcurrentNavigableMap<Integer, Integer> jdk =
                new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.ConcurrentNavigableMap<Integer, Integer> ours =
                ours("ConcurrentSkipListMap", new Class<?>[0]);
        SplittableRandom random = new SplittableRandom(21);
        for (int step = 0; step < 3000; step++) {
            Integer k = random.nextInt(30) == 0 ? null : random.nextInt(60);
            Integer v = random.nextInt(30) == 0 ? null : random.nextInt(10);
            Integer hi = random.nextInt(70);
            List<Function<java.util.concurrent.ConcurrentNavigableMap<Integer, Integer>, Object>> ops = List.of(
                    m -> m.put(k, v),
                    m -> m.put(k, v),
                    m -> m.get(k),
                    m -> m.remove(k),
                    m -> m.putIfAbsent(k, v),
                    m -> m.replace(k, v),
                    m -> m.remove(k, v),
                    m -> m.merge(k, 1, Integer::sum),
                    m -> m.computeIfAbsent(k, x -> v),
                    m -> m.compute(k, (x, o) -> o == null ? v : null),
                    m -> m.ceilingEntry(k) + " " + m.floorKey(k) + " " + m.higherEntry(k) + " " + m.lowerKey(k),
                    m -> m.firstEntry() + " " + m.lastEntry() + " " + m.size(),
                    m -> m.pollFirstEntry() + " " + m.pollLastEntry(),
                    m -> m.headMap(k) + " " + m.tailMap(k, false).descendingMap(),
                    m -> m.subMap(k, hi) + " " + m.subMap(k, true, hi, true).firstKey(),
                    m -> m.descendingMap().headMap(k) + " " + m.descendingKeySet(),
                    m -> m.keySet().headSet(k) + " " + m.navigableKeySet().higher(k),
                    m -> m.tailMap(k).put(hi, 1),
                    m -> m.headMap(k).keySet().remove(hi),
                    m -> {
                        m.entrySet().removeIf(e -> e.getValue() == 3);
                        return m.values();
                    },
                    m -> m.firstKey() + " " + m.lastKey(),
                    m -> m.firstEntry().setValue(1));
            var op = ops.get(random.nextInt(ops.size()));
            assertEquals(
                    HashMapsTest.outcome(() -> op.apply(jdk)),
                    HashMapsTest.outcome(() -> op.apply(ours)),
                    "step " + step);
            assertEquals(jdk.toString(), ours.toString(), "after step " + step);
        }
    }

    @Test
    void copyOnWriteArrayListFollowsTheJdk() {
        List<Integer> jdk = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> ours = ours("CopyOnWriteArrayList", new Class<?>[0]);
        SplittableRandom random = new SplittableRandom(22);
        for (int step = 0; step < 3000; step++) {
            Integer v = random.nextInt(20) == 0 ? null : random.nextInt(12);
            int i = random.nextInt(-2, 14);
            int j = random.nextInt(-1, 14);
            List<Function<List<Integer>, Object>> ops = List.of(
                    l -> l.add(v),
                    l -> l.add(v),
                    l -> {
                        l.add(i, v);
                        return l.size();
                    },
                    l -> l.remove(i),
                    l -> l.remove(v),
                    l -> l.set(i, v),
                    l -> l.get(i),
                    l -> l.indexOf(v) + " " + l.lastIndexOf(v) + " " + l.contains(v),
                    l -> addIfAbsent(l, v),
                    l -> l.subList(i, j).toString(),
                    l -> l.addAll(Math.max(0, Math.min(i, l.size())), List.of(1, 2)),
                    l -> l.removeIf(x -> x != null && x % 5 == 0),
                    l -> l.hashCode() + " " + l.equals(new java.util.ArrayList<>(l)),
                    l -> l.removeFirst() + " " + l.getLast(),
                    l -> {
                        l.sort(java.util.Comparator.nullsFirst(java.util.Comparator.<Integer>naturalOrder()));
                        return l;
                    },
                    l -> {
                        java.util.Iterator<Integer> it = l.iterator();
                        l.add(99);
                        StringBuilder sb = new StringBuilder();
                        while (it.hasNext()) {
                            sb.append(it.next()).append(',');
                        }
                        l.remove(Integer.valueOf(99));
                        return sb;
                    });
            var op = ops.get(random.nextInt(ops.size()));
            assertEquals(
                    HashMapsTest.outcome(() -> op.apply(jdk)),
                    HashMapsTest.outcome(() -> op.apply(ours)),
                    "step " + step);
            assertEquals(jdk.toString(), ours.toString(), "after step " + step);
            if (ours.size() > 30) {
                jdk.clear();
                ours.clear();
            }
        }
    }

    /** addIfAbsent of either list (the JDK's or ours), by reflection. */
    private static Object addIfAbsent(List<Integer> l, Integer v) {
        try {
            return Shadow.invoke(l, "addIfAbsent", v);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Test
    void queuesFollowTheJdkWithoutBlocking() throws Exception {
        queueRun(
                new java.util.concurrent.ArrayBlockingQueue<>(5),
                ours("ArrayBlockingQueue", new Class<?>[] {int.class}, 5),
                31);
        queueRun(
                new java.util.concurrent.LinkedBlockingQueue<>(4),
                ours("LinkedBlockingQueue", new Class<?>[] {int.class}, 4),
                32);
        queueRun(
                new java.util.concurrent.LinkedBlockingDeque<>(6),
                ours("LinkedBlockingDeque", new Class<?>[] {int.class}, 6),
                33);
        queueRun(
                new java.util.concurrent.PriorityBlockingQueue<>(), ours("PriorityBlockingQueue", new Class<?>[0]), 34);
        queueRun(
                new java.util.concurrent.ConcurrentLinkedQueue<>(), ours("ConcurrentLinkedQueue", new Class<?>[0]), 35);
        queueRun(
                new java.util.concurrent.ConcurrentLinkedDeque<>(), ours("ConcurrentLinkedDeque", new Class<?>[0]), 36);
    }

    private static void queueRun(java.util.Queue<Integer> jdk, java.util.Queue<Integer> ours, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 2000; step++) {
            Integer v = random.nextInt(25) == 0 ? null : random.nextInt(10);
            List<Function<java.util.Queue<Integer>, Object>> ops = new java.util.ArrayList<>(List.of(
                    q -> q.offer(v),
                    q -> q.offer(v),
                    q -> q.add(v),
                    q -> q.poll(),
                    q -> q.peek(),
                    q -> q.remove(),
                    q -> q.element(),
                    q -> q.remove(v),
                    q -> q.contains(v) + " " + q.size() + " " + q.isEmpty(),
                    q -> {
                        java.util.Iterator<Integer> it = q.iterator();
                        return it.hasNext() ? it.next() : "none";
                    },
                    q -> java.util.Arrays.toString(q.toArray())));
            if (jdk instanceof java.util.concurrent.BlockingQueue<Integer>) {
                ops.add(q -> ((java.util.concurrent.BlockingQueue<Integer>) q).remainingCapacity());
                ops.add(q -> {
                    java.util.List<Integer> sink = new java.util.ArrayList<>();
                    return ((java.util.concurrent.BlockingQueue<Integer>) q).drainTo(sink, 2) + " " + sink;
                });
            }
            if (jdk instanceof java.util.Deque<Integer>) {
                ops.add(q -> ((java.util.Deque<Integer>) q).offerFirst(v));
                ops.add(q -> ((java.util.Deque<Integer>) q).pollLast());
                ops.add(q -> ((java.util.Deque<Integer>) q).peekLast());
                ops.add(q -> {
                    ((java.util.Deque<Integer>) q).push(v);
                    return q.size();
                });
                ops.add(q -> ((java.util.Deque<Integer>) q).removeLastOccurrence(v));
                ops.add(q -> {
                    java.util.Iterator<Integer> it = ((java.util.Deque<Integer>) q).descendingIterator();
                    return it.hasNext() ? it.next() : "none";
                });
            }
            var op = ops.get(random.nextInt(ops.size()));
            assertEquals(
                    HashMapsTest.outcome(() -> op.apply(jdk)),
                    HashMapsTest.outcome(() -> op.apply(ours)),
                    jdk.getClass().getSimpleName() + " step " + step);
            assertEquals(jdk.toString(), ours.toString(), jdk.getClass().getSimpleName() + " after step " + step);
        }
    }
}
