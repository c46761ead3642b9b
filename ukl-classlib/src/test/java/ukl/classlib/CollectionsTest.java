package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ArrayList and Arrays against the JDK's, driven by the same random operations. */
class CollectionsTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/ArrayList",
            "java/util/AbstractList",
            "java/util/ListIndexIterator",
            "java/util/AbstractCollection",
            "java/util/Arrays",
            "java/util/Sorting",
            "java/util/ArrayView",
            "java/util/DeepArrays");

    @SuppressWarnings("unchecked")
    private static List<Integer> ourList() throws ReflectiveOperationException {
        return (List<Integer>)
                SHADOW.loadClass("shadow.ArrayList").getConstructor().newInstance();
    }

    @Test
    void arrayListFollowsTheJdkThroughRandomOperations() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        List<Integer> ours = ourList();
        List<Integer> jdk = new ArrayList<>();
        for (int step = 0; step < 4000; step++) {
            int op = random.nextInt(9);
            int v = random.nextInt(20);
            int at = jdk.isEmpty() ? 0 : random.nextInt(jdk.size());
            switch (op) {
                case 0, 1 -> assertEquals(jdk.add(v), ours.add(v));
                case 2 -> {
                    jdk.add(at, v);
                    ours.add(at, v);
                }
                case 3 -> {
                    if (!jdk.isEmpty()) {
                        assertEquals(jdk.remove(at), ours.remove(at));
                    }
                }
                case 4 -> assertEquals(jdk.remove((Object) v), ours.remove((Object) v));
                case 5 -> {
                    if (!jdk.isEmpty()) {
                        assertEquals(jdk.set(at, v), ours.set(at, v));
                    }
                }
                case 6 -> assertEquals(jdk.removeIf(x -> x == v), ours.removeIf(x -> x == v));
                case 7 -> {
                    jdk.sort(Comparator.reverseOrder());
                    ours.sort(Comparator.reverseOrder());
                }
                default -> {
                    if (random.nextInt(20) == 0) {
                        jdk.clear();
                        ours.clear();
                    }
                }
            }
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.hashCode(), ours.hashCode());
            assertEquals(
                    jdk.indexOf(v) + " " + jdk.lastIndexOf(v) + " " + jdk.contains(v),
                    ours.indexOf(v) + " " + ours.lastIndexOf(v) + " " + ours.contains(v));
        }
        assertEquals(jdk.subList(1, 3), ours.subList(1, 3));
        assertEquals(ours, jdk);
    }

    @Test
    void deepMethodsMatchTheJdk() throws Throwable {
        Object[] cyclic = {1, null};
        cyclic[1] = cyclic;
        Object[][] samples = {
            {1, "two", new int[] {3, 4}, new String[] {"five"}, null, new double[][] {{6.5, -0.0}}},
            {new long[] {1L}, new short[] {2}, new char[] {'c'}, new byte[] {4}, new boolean[] {true}, new float[] {5f}
            },
            {cyclic, new Object[0], new Object[] {new Object[] {null}}},
        };
        Method deepToString = SHADOW.method("java/util/Arrays", "deepToString", Object[].class);
        Method deepHashCode = SHADOW.method("java/util/Arrays", "deepHashCode", Object[].class);
        Method deepEquals = SHADOW.method("java/util/Arrays", "deepEquals", Object[].class, Object[].class);
        for (Object[] a : samples) {
            assertEquals(Arrays.deepToString(a), Shadow.call(deepToString, (Object) a));
            if (a != samples[2]) {
                assertEquals(Arrays.deepHashCode(a), Shadow.call(deepHashCode, (Object) a));
            }
            for (Object[] b : samples) {
                assertEquals(Arrays.deepEquals(a, b), Shadow.call(deepEquals, a, b));
            }
        }
        Object[] copy = {1, "two", new int[] {3, 4}, new String[] {"five"}, null, new double[][] {{6.5, -0.0}}};
        assertEquals(true, Shadow.call(deepEquals, samples[0], copy));
    }

    @Test
    void sortingMatchesTheJdkIncludingStability() throws Throwable {
        SplittableRandom random = new SplittableRandom(11);
        Method sortInts = SHADOW.method("java/util/Arrays", "sort", int[].class);
        Method sortDoubles = SHADOW.method("java/util/Arrays", "sort", double[].class);
        Method sortObjects = SHADOW.method("java/util/Arrays", "sort", Object[].class, Comparator.class);
        double[] specials = {Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1.0};
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            int[] a = random.ints(n, -50, 50).toArray();
            int[] b = a.clone();
            Arrays.sort(a);
            Shadow.call(sortInts, (Object) b);
            assertEquals(Arrays.toString(a), Arrays.toString(b));
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)] : random.nextInt(10) - 5;
            }
            double[] e = d.clone();
            Arrays.sort(d);
            Shadow.call(sortDoubles, (Object) e);
            assertEquals(Arrays.toString(d), Arrays.toString(e));
            Integer[][] pairs = new Integer[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new Integer[] {random.nextInt(8), i};
            }
            Integer[][] ours = pairs.clone();
            Comparator<Integer[]> byKey = Comparator.comparingInt(p -> p[0]);
            Arrays.sort(pairs, byKey);
            Shadow.call(sortObjects, ours, byKey);
            assertEquals(Arrays.deepToString(pairs), Arrays.deepToString(ours));
        }
    }
}
