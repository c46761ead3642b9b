package corpus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/** java.util.Arrays (sort, search, fill, copy, equality, printing) and java.util.Objects. */
public final class ArraysAndObjects {
    private ArraysAndObjects() {}

    static final class Person {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public String toString() {
            return name + "(" + age + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Person p && p.age == age && p.name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age);
        }
    }

    /** A fixed-seed xorshift generator: deterministic input without java.util.Random. */
    static long seed = 88172645463325252L;

    static int next(int bound) {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return (int) Math.floorMod(seed, (long) bound);
    }

    public static void main(String[] args) {
        int[] ints = new int[40];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = next(1000) - 500;
        }
        int[] sorted = ints.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        System.out.println(Arrays.binarySearch(sorted, sorted[17]) + " " + Arrays.binarySearch(sorted, 10_000) + " "
                + Arrays.binarySearch(sorted, -10_000));
        int[] big = new int[5000];
        for (int i = 0; i < big.length; i++) {
            big[i] = next(100);
        }
        Arrays.sort(big);
        boolean ordered = true;
        long total = 0;
        for (int i = 0; i < big.length; i++) {
            ordered &= i == 0 || big[i - 1] <= big[i];
            total += (long) big[i] * i;
        }
        System.out.println(ordered + " " + total);
        long[] longs = {5L, Long.MIN_VALUE, 0L, Long.MAX_VALUE, -3L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        double[] doubles = {
            3.5, -0.0, Double.NaN, 0.0, -1e300, Double.NEGATIVE_INFINITY, 2.0, Double.POSITIVE_INFINITY, -0.0
        };
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles));
        float[] floats = {1f, Float.NaN, -0f, 0f, -2f};
        Arrays.sort(floats);
        System.out.println(Arrays.toString(floats));
        char[] chars = "the quick brown fox".toCharArray();
        Arrays.sort(chars);
        System.out.println(new String(chars).trim() + " " + Arrays.toString(new byte[] {3, -1, 2}) + " "
                + Arrays.toString(new short[] {7}) + " " + Arrays.toString(new boolean[] {true, false}) + " "
                + Arrays.toString((int[]) null) + " " + Arrays.toString(new long[0]));
        byte[] bytes = {5, -128, 127, 0, -1};
        Arrays.sort(bytes);
        short[] shorts = {300, -300, 0};
        Arrays.sort(shorts);
        System.out.println(Arrays.toString(bytes) + " " + Arrays.toString(shorts));
        Person[] people = {
            new Person("Ann", 30),
            new Person("Bob", 25),
            new Person("Cid", 30),
            new Person("Dee", 25),
            new Person("Eve", 41),
            new Person("Fay", 30)
        };
        Person[] byAge = people.clone();
        Arrays.sort(byAge, Comparator.comparingInt(p -> p.age));
        System.out.println("stable by age: " + Arrays.toString(byAge));
        Arrays.sort(byAge, Comparator.comparing((Person p) -> p.name).reversed());
        System.out.println("name desc: " + Arrays.toString(byAge));
        Arrays.sort(
                byAge, Comparator.comparingInt((Person p) -> p.age).reversed().thenComparing(p -> p.name));
        System.out.println("age desc, name: " + Arrays.toString(byAge));
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone();
        Arrays.sort(w3, Comparator.reverseOrder());
        String[] w4 = words.clone();
        Arrays.sort(w4, 1, 4);
        System.out.println(Arrays.toString(w1) + " " + Arrays.toString(w2) + " " + Arrays.toString(w3) + " "
                + Arrays.toString(w4));
        Integer[] boxed = new Integer[100];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = next(50);
        }
        Arrays.sort(boxed, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
        System.out.println(boxed[0] + " " + boxed[50] + " " + boxed[99] + " " + Arrays.binarySearch(boxed, 49));
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(Arrays.copyOf(filled, 8)) + " "
                + Arrays.toString(Arrays.copyOf(filled, 2)) + " " + Arrays.toString(Arrays.copyOfRange(filled, 4, 9)));
        Object[] nested = {1, "two", new int[] {3, 4}, new String[] {"five"}, null, new double[][] {{6.5}}};
        System.out.println(Arrays.deepToString(nested) + " " + Arrays.toString(new Object[] {"x", null}));
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " "
                + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN})
                + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " "
                + Arrays.hashCode(new int[] {1, 2, 3})
                + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new Object[] {"a", null, 3})
                + " " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}})
                + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, "x"}));
        Person ann = new Person("Ann", 30);
        System.out.println(Objects.equals(ann, people[0]) + " " + Objects.equals(null, null) + " "
                + Objects.hashCode(null) + " "
                + (Objects.hash("Ann", 30) == ann.hashCode()) + " " + Objects.hash() + " " + Objects.hash((Object) null)
                + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null) + " " + Objects.nonNull(ann)
                + " " + Objects.requireNonNullElse(null, "else") + " "
                + Objects.compare("a", "b", Comparator.naturalOrder()));
        String[] failures = {
            "requireNonNull", "checkIndex", "checkFromToIndex", "checkFromIndexSize", "copyOfRange", "fill", "asObject"
        };
        for (String f : failures) {
            try {
                switch (f) {
                    case "requireNonNull" -> Objects.requireNonNull(null, "value must not be null");
                    case "checkIndex" -> Objects.checkIndex(4, 4);
                    case "checkFromToIndex" -> Objects.checkFromToIndex(3, 2, 10);
                    case "checkFromIndexSize" -> Objects.checkFromIndexSize(8, 5, 10);
                    case "copyOfRange" -> Arrays.copyOfRange(filled, 5, 2);
                    case "fill" -> Arrays.fill(filled, 2, 9, 0);
                    default -> Arrays.sort(new Object[] {1, "x"});
                }
            } catch (RuntimeException e) {
                System.out.println(
                        f + ": " + e.getClass().getName() + ": " + (f.equals("asObject") ? "" : e.getMessage()));
            }
        }
    }
}
