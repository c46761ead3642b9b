package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The list utilities of Collections (shuffle, comparator forms, wrappers) against the JDK's. */
class CollectionsListUtilitiesTest {
    private static final Shadow SHADOW = new Shadow("java/util/Collections", "java/util/Comparators");

    private static List<Integer> range(int n, boolean linked) {
        List<Integer> list = linked ? new LinkedList<>() : new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    @Test
    void shuffleWithASeedGivesTheJdksPermutation() throws Throwable {
        Method shuffle = SHADOW.method("java/util/Collections", "shuffle", List.class, Random.class);
        for (boolean linked : new boolean[] {false, true}) {
            for (int n = 0; n < 40; n++) {
                List<Integer> jdk = range(n, linked);
                List<Integer> ours = range(n, linked);
                Collections.shuffle(jdk, new Random(n * 31L));
                Shadow.call(shuffle, ours, new Random(n * 31L));
                assertEquals(jdk, ours, "size " + n + (linked ? " linked" : " array"));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparatorFormsAndHelpersMatchTheJdk() throws Throwable {
        Method reverseOrder = SHADOW.method("java/util/Collections", "reverseOrder");
        Method reverseOf = SHADOW.method("java/util/Collections", "reverseOrder", Comparator.class);
        Method max = SHADOW.method("java/util/Collections", "max", Collection.class, Comparator.class);
        Method min = SHADOW.method("java/util/Collections", "min", Collection.class, Comparator.class);
        Method addAll = SHADOW.method("java/util/Collections", "addAll", Collection.class, Object[].class);
        Method fill = SHADOW.method("java/util/Collections", "fill", List.class, Object.class);
        List<String> words = List.of("pear", "fig", "banana", "kiwi", "apple");
        Comparator<String> byLength = Comparator.comparingInt(String::length);

        List<String> jdkSorted = new ArrayList<>(words);
        jdkSorted.sort(Collections.reverseOrder());
        List<String> ourSorted = new ArrayList<>(words);
        ourSorted.sort((Comparator<String>) Shadow.call(reverseOrder));
        assertEquals(jdkSorted, ourSorted);
        jdkSorted.sort(Collections.reverseOrder(byLength));
        ourSorted.sort((Comparator<String>) Shadow.call(reverseOf, byLength));
        assertEquals(jdkSorted, ourSorted);
        ourSorted.sort((Comparator<String>) Shadow.call(reverseOf, (Object) null));
        jdkSorted.sort(Collections.reverseOrder(null));
        assertEquals(jdkSorted, ourSorted);

        for (Comparator<String> c : java.util.Arrays.asList(byLength, byLength.reversed(), null)) {
            assertEquals(Collections.max(words, c), Shadow.call(max, words, c));
            assertEquals(Collections.min(words, c), Shadow.call(min, words, c));
        }
        assertEquals(QueuesTest.outcome(() -> Collections.max(List.<String>of(), byLength)), QueuesTest.outcome(() -> {
            try {
                return Shadow.call(max, List.of(), byLength);
            } catch (Throwable t) {
                throw (Exception) t;
            }
        }));

        List<String> jdkAdded = new ArrayList<>(List.of("x"));
        List<String> ourAdded = new ArrayList<>(List.of("x"));
        assertEquals(Collections.addAll(jdkAdded, "y", "z"), Shadow.call(addAll, ourAdded, new Object[] {"y", "z"}));
        assertEquals(jdkAdded, ourAdded);
        Collections.fill(jdkAdded, "w");
        Shadow.call(fill, ourAdded, "w");
        assertEquals(jdkAdded, ourAdded);
    }

    @Test
    void binarySearchAndRotateMatchTheJdk() throws Throwable {
        Method search = SHADOW.method("java/util/Collections", "binarySearch", List.class, Object.class);
        Method searchWith =
                SHADOW.method("java/util/Collections", "binarySearch", List.class, Object.class, Comparator.class);
        Method rotate = SHADOW.method("java/util/Collections", "rotate", List.class, int.class);
        SplittableRandom random = new SplittableRandom(19);
        for (int round = 0; round < 300; round++) {
            List<Integer> sorted = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                sorted.add(random.nextInt(15));
            }
            Collections.sort(sorted);
            List<Integer> descending = new ArrayList<>(sorted);
            descending.sort(Comparator.reverseOrder());
            int key = random.nextInt(-1, 16);
            assertEquals(Collections.binarySearch(sorted, key), Shadow.call(search, sorted, key));
            assertEquals(
                    Collections.binarySearch(descending, key, Comparator.reverseOrder()),
                    Shadow.call(searchWith, descending, key, Comparator.reverseOrder()));
            int distance = random.nextInt(-40, 40);
            List<Integer> jdk = new LinkedList<>(sorted);
            List<Integer> ours = new LinkedList<>(sorted);
            Collections.rotate(jdk, distance);
            Shadow.call(rotate, ours, distance);
            assertEquals(jdk, ours, "rotate " + sorted + " by " + distance);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void unmodifiableCollectionIsAReadOnlyView() throws Throwable {
        Method wrap = SHADOW.method("java/util/Collections", "unmodifiableCollection", Collection.class);
        List<Integer> backing = range(4, false);
        Collection<Integer> view = (Collection<Integer>) Shadow.call(wrap, backing);
        backing.add(9);
        assertEquals(Collections.unmodifiableCollection(backing).toString(), view.toString());
        assertEquals(5, view.size());
        assertEquals(true, view.contains(9));
        Iterator<Integer> it = view.iterator();
        it.next();
        assertEquals(
                QueuesTest.outcome(() -> {
                    Collections.unmodifiableCollection(backing).iterator().remove();
                    return null;
                }),
                QueuesTest.outcome(() -> {
                    it.remove();
                    return null;
                }));
        assertEquals(
                QueuesTest.outcome(
                        () -> Collections.unmodifiableCollection(backing).add(1)),
                QueuesTest.outcome(() -> view.add(1)));
        assertEquals(
                QueuesTest.outcome(
                        () -> Collections.unmodifiableCollection(backing).remove(1)),
                QueuesTest.outcome(() -> view.remove(1)));
    }
}
