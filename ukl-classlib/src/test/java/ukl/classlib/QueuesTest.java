package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** ArrayDeque, LinkedList and PriorityQueue against the JDK's, driven by the same random operations. */
class QueuesTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/ArrayDeque",
            "java/util/LinkedList",
            "java/util/ReversedLinkedList",
            "java/util/ReverseOrderListView",
            "java/util/ReverseOrderDequeView",
            "java/util/PriorityQueue",
            "java/util/AbstractQueue",
            "java/util/AbstractSequentialList",
            "java/util/AbstractList",
            "java/util/ListIndexIterator",
            "java/util/AbstractCollection");

    /** A new instance of our class {@code name}; what its constructor throws is thrown as is. */
    @SuppressWarnings("unchecked")
    private static <T> T ours(String name, Class<?>[] types, Object... args) throws Exception {
        try {
            return (T) SHADOW.loadClass("shadow." + name).getConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static <T> T ours(String name) throws Exception {
        return ours(name, new Class<?>[0]);
    }

    /** What a call returned, or the exception's class and message: both sides must agree on either. */
    static String outcome(Callable<?> call) {
        try {
            return String.valueOf(call.call());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void dequeStep(SplittableRandom random, Deque<Integer> jdk, Deque<Integer> ours) {
        int v = random.nextInt(10);
        switch (random.nextInt(14)) {
            case 0 -> {
                jdk.addFirst(v);
                ours.addFirst(v);
            }
            case 1 -> {
                jdk.addLast(v);
                ours.addLast(v);
            }
            case 2 -> assertEquals(outcome(jdk::removeFirst), outcome(ours::removeFirst));
            case 3 -> assertEquals(outcome(jdk::removeLast), outcome(ours::removeLast));
            case 4 ->
                assertEquals(
                        outcome(jdk::pollFirst) + outcome(jdk::pollLast),
                        outcome(ours::pollFirst) + outcome(ours::pollLast));
            case 5 ->
                assertEquals(
                        outcome(jdk::getFirst) + outcome(jdk::getLast),
                        outcome(ours::getFirst) + outcome(ours::getLast));
            case 6 ->
                assertEquals(
                        outcome(jdk::peekFirst) + outcome(jdk::peekLast) + outcome(jdk::element),
                        outcome(ours::peekFirst) + outcome(ours::peekLast) + outcome(ours::element));
            case 7 -> assertEquals(jdk.removeFirstOccurrence(v), ours.removeFirstOccurrence(v));
            case 8 -> assertEquals(jdk.removeLastOccurrence(v), ours.removeLastOccurrence(v));
            case 9 -> {
                jdk.push(v);
                ours.push(v);
                assertEquals(outcome(jdk::pop), outcome(ours::pop));
                jdk.offer(v);
                ours.offer(v);
            }
            case 10 -> removeEvery(v, jdk.iterator(), ours.iterator());
            case 11 -> removeEvery(v, jdk.descendingIterator(), ours.descendingIterator());
            case 12 -> assertEquals(jdk.contains(v) + " " + jdk.size(), ours.contains(v) + " " + ours.size());
            default -> {
                if (random.nextInt(10) == 0) {
                    jdk.clear();
                    ours.clear();
                }
            }
        }
    }

    /** Walks both iterators in step, removing each element equal to v, and checks they saw the same. */
    private static void removeEvery(int v, Iterator<Integer> jdk, Iterator<Integer> ours) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        while (jdk.hasNext()) {
            Integer x = jdk.next();
            Integer y = ours.next();
            a.append(x).append(',');
            b.append(y).append(',');
            if (x == v) {
                jdk.remove();
                ours.remove();
            }
        }
        assertEquals(false, ours.hasNext());
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void arrayDequeAndLinkedListFollowTheJdkAsDeques() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        Deque<Integer> jdk = new ArrayDeque<>();
        Deque<Integer> ourDeque = ours("ArrayDeque");
        Deque<Integer> ourList = ours("LinkedList");
        for (int step = 0; step < 6000; step++) {
            long seed = random.nextLong();
            Deque<Integer> jdkCopy = new ArrayDeque<>(jdk);
            dequeStep(new SplittableRandom(seed), jdk, ourDeque);
            dequeStep(new SplittableRandom(seed), jdkCopy, ourList);
            assertEquals(jdk.toString(), ourDeque.toString());
            assertEquals(jdk.toString(), ourList.toString());
        }
        assertEquals(List.of(jdk.toArray()), List.of(ourDeque.toArray()));
        assertEquals("java.lang.NullPointerException: null", outcome(() -> ourDeque.add(null)));
    }

    @Test
    void linkedListFollowsTheJdkAsAList() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<Integer> jdk = new LinkedList<>();
        List<Integer> ours = ours("LinkedList");
        for (int step = 0; step < 4000; step++) {
            int v = random.nextInt(12);
            int at = random.nextInt(jdk.size() + 2) - 1;
            switch (random.nextInt(12)) {
                case 0, 1 -> assertEquals(jdk.add(v), ours.add(v));
                case 10 -> {
                    Comparator<Integer> c = v % 2 == 0 ? null : Comparator.<Integer>reverseOrder();
                    jdk.sort(c);
                    ours.sort(c);
                }
                case 11 -> {
                    jdk.replaceAll(x -> x * 5 % 13);
                    ours.replaceAll(x -> x * 5 % 13);
                }
                case 2 ->
                    assertEquals(
                            outcome(() -> {
                                jdk.add(at, v);
                                return jdk;
                            }),
                            outcome(() -> {
                                ours.add(at, v);
                                return ours;
                            }));
                case 3 -> assertEquals(outcome(() -> jdk.remove(at)), outcome(() -> ours.remove(at)));
                case 4 ->
                    assertEquals(
                            outcome(() -> jdk.get(at)) + outcome(() -> jdk.set(at, v)),
                            outcome(() -> ours.get(at)) + outcome(() -> ours.set(at, v)));
                case 5 -> assertEquals(jdk.remove((Object) v), ours.remove((Object) v));
                case 6 ->
                    assertEquals(
                            outcome(() -> jdk.addAll(at, List.of(v, v + 1))),
                            outcome(() -> ours.addAll(at, List.of(v, v + 1))));
                case 7 -> {
                    int from = Math.max(at, 0);
                    assertEquals(
                            outcome(() -> walk(jdk.listIterator(from), v)),
                            outcome(() -> walk(ours.listIterator(from), v)));
                }
                case 8 ->
                    assertEquals(
                            jdk.indexOf(v) + " " + jdk.lastIndexOf(v), ours.indexOf(v) + " " + ours.lastIndexOf(v));
                default -> {
                    if (random.nextInt(15) == 0) {
                        jdk.clear();
                        ours.clear();
                    }
                }
            }
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.hashCode(), ours.hashCode());
        }
        assertEquals(jdk, ours);
        assertEquals(ours, jdk);
    }

    /** A fixed dance of list-iterator moves keyed on v: forward, back, set, add and remove. */
    private static String walk(ListIterator<Integer> it, int v) {
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            int x = it.next();
            seen.append(it.previousIndex()).append('=').append(x).append(' ');
            if (x == v) {
                it.remove();
            } else if (x % 3 == 0) {
                it.set(x + 1);
            } else if (x % 4 == 0) {
                it.add(v);
            }
        }
        for (int i = 0; i < 3 && it.hasPrevious(); i++) {
            seen.append(it.previous()).append('@').append(it.nextIndex()).append(' ');
        }
        return seen.toString();
    }

    private static void priorityStep(SplittableRandom random, Queue<Integer> jdk, Queue<Integer> ours) {
        int v = random.nextInt(40);
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> assertEquals(jdk.offer(v), ours.offer(v));
            case 6 -> assertEquals(jdk.removeIf(x -> x % 7 == v % 7), ours.removeIf(x -> x % 7 == v % 7));
            case 7 -> {
                List<Integer> some = new ArrayList<>();
                for (int x = v; x < v + 25; x += 2) {
                    some.add(x);
                }
                if (random.nextBoolean()) {
                    assertEquals(jdk.removeAll(some), ours.removeAll(some));
                } else {
                    assertEquals(jdk.retainAll(some), ours.retainAll(some));
                }
            }
            case 3 -> assertEquals(jdk.poll() + " " + jdk.peek(), ours.poll() + " " + ours.peek());
            case 4 -> assertEquals(jdk.remove((Object) v), ours.remove((Object) v));
            case 5 -> {
                // removing while iterating exercises the JDK's forgetMeNot path
                Iterator<Integer> a = jdk.iterator();
                Iterator<Integer> b = ours.iterator();
                StringBuilder sa = new StringBuilder();
                StringBuilder sb = new StringBuilder();
                while (a.hasNext()) {
                    int x = a.next();
                    int y = b.next();
                    sa.append(x).append(' ');
                    sb.append(y).append(' ');
                    if (x % 5 == v % 5) {
                        a.remove();
                        b.remove();
                    }
                }
                assertEquals(false, b.hasNext());
                assertEquals(sa.toString(), sb.toString());
            }
            default -> {
                if (random.nextInt(12) == 0) {
                    jdk.clear();
                    ours.clear();
                }
            }
        }
    }

    @Test
    void priorityQueueKeepsTheJdksHeapOrder() throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        Comparator<Integer> byLastDigitThenValue =
                Comparator.<Integer>comparingInt(x -> x % 10).thenComparing(Comparator.reverseOrder());
        Queue<Integer> natural = new PriorityQueue<>();
        Queue<Integer> ourNatural = ours("PriorityQueue");
        Queue<Integer> custom = new PriorityQueue<>(byLastDigitThenValue);
        Queue<Integer> ourCustom = ours("PriorityQueue", new Class<?>[] {Comparator.class}, byLastDigitThenValue);
        for (int step = 0; step < 5000; step++) {
            long seed = random.nextLong();
            priorityStep(new SplittableRandom(seed), natural, ourNatural);
            priorityStep(new SplittableRandom(seed), custom, ourCustom);
            assertEquals(natural.toString(), ourNatural.toString());
            assertEquals(custom.toString(), ourCustom.toString());
        }
        List<Integer> shuffled = random.ints(200, 0, 50).boxed().toList();
        TreeSet<Integer> sorted = new TreeSet<>(Comparator.reverseOrder());
        sorted.addAll(shuffled);
        Queue<Integer> jdkFromSorted = new PriorityQueue<>((Collection<Integer>) sorted);
        Queue<Integer> ourFromSorted = ours("PriorityQueue", new Class<?>[] {Collection.class}, sorted);
        Queue<Integer> jdkFromQueue = new PriorityQueue<>((Collection<Integer>) custom);
        Queue<Integer> ourFromQueue = ours("PriorityQueue", new Class<?>[] {Collection.class}, ourCustom);
        for (int x : new int[] {25, 3, 49, 17}) {
            jdkFromSorted.add(x);
            ourFromSorted.add(x);
            jdkFromQueue.add(x);
            ourFromQueue.add(x);
        }
        assertEquals(jdkFromSorted.toString(), ourFromSorted.toString());
        assertEquals(jdkFromQueue.toString(), ourFromQueue.toString());
        Queue<Integer> heapified = ours("PriorityQueue", new Class<?>[] {Collection.class}, shuffled);
        assertEquals(new PriorityQueue<>(shuffled).toString(), heapified.toString());
        StringBuilder drained = new StringBuilder();
        while (!heapified.isEmpty()) {
            drained.append(heapified.remove()).append(' ');
        }
        StringBuilder expected = new StringBuilder();
        shuffled.stream().sorted().forEach(x -> expected.append(x).append(' '));
        assertEquals(expected.toString(), drained.toString());
        assertEquals(outcome(() -> new PriorityQueue<>().element()), outcome(heapified::element));
        assertEquals(
                outcome(() -> new PriorityQueue<>(0)),
                outcome(() -> ours("PriorityQueue", new Class<?>[] {int.class}, 0)));
    }
}
