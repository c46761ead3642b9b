package corpus;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Library-style generic code: a growable typed buffer over reflect.Array (as commons-lang's
 * ArrayUtils does), toArray(T[]) and Arrays.copyOf of typed arrays, the primitive class objects,
 * and pipelines composed from java.util.function's combinators. Written as pre-lambda library
 * code (anonymous classes), so that the translator's host harness, which does not run the
 * linker's lowering of invokedynamic, runs it too.
 */
public final class TypedArraysAndFunctions {
    private TypedArraysAndFunctions() {}

    static final class Item {
        final String name;
        final int price;

        Item(String name, int price) {
            this.name = name;
            this.price = price;
        }

        String name() {
            return name;
        }

        int price() {
            return price;
        }

        @Override
        public String toString() {
            return "Item[name=" + name + ", price=" + price + "]";
        }
    }

    static final Function<String, String> TRIM = new Function<String, String>() {
        @Override
        public String apply(String s) {
            return s.trim();
        }
    };
    static final Function<String, Integer> LENGTH = new Function<String, Integer>() {
        @Override
        public Integer apply(String s) {
            return s.length();
        }
    };
    static final Function<Item, String> NAME = new Function<Item, String>() {
        @Override
        public String apply(Item i) {
            return i.name();
        }
    };
    static final Function<String, String> UPPER = new Function<String, String>() {
        @Override
        public String apply(String s) {
            return s.toUpperCase();
        }
    };
    static final Predicate<Item> CHEAP = new Predicate<Item>() {
        @Override
        public boolean test(Item i) {
            return i.price() < 10;
        }
    };
    static final Predicate<Item> NAMED_P = new Predicate<Item>() {
        @Override
        public boolean test(Item i) {
            return i.name().startsWith("p");
        }
    };
    static final Comparator<Item> BY_PRICE = new Comparator<Item>() {
        @Override
        public int compare(Item a, Item b) {
            return Integer.compare(a.price(), b.price());
        }
    };
    static final IntUnaryOperator TWICE = new IntUnaryOperator() {
        @Override
        public int applyAsInt(int x) {
            return x * 2;
        }
    };
    static final IntUnaryOperator PLUS_ONE = new IntUnaryOperator() {
        @Override
        public int applyAsInt(int x) {
            return x + 1;
        }
    };

    /** Appends to an array of any component type, growing it by one, as ArrayUtils.add does. */
    @SuppressWarnings("unchecked")
    static <T> T[] add(T[] array, T element, Class<T> type) {
        T[] grown = (T[]) Array.newInstance(
                array == null ? type : array.getClass().getComponentType(),
                array == null ? 1 : Array.getLength(array) + 1);
        if (array != null) {
            System.arraycopy(array, 0, grown, 0, array.length);
        }
        grown[grown.length - 1] = element;
        return grown;
    }

    public static void main(String[] args) {
        String[] names = null;
        for (String s : new String[] {"pear", "fig", "apple", "kiwi"}) {
            names = add(names, s, String.class);
        }
        System.out.println(names.getClass().getName() + " " + Arrays.toString(names));
        List<String> list = new ArrayList<>(List.of(names));
        String[] copy = list.toArray(new String[0]);
        String[] exact = list.toArray(new String[4]);
        String[] roomy = list.toArray(new String[6]);
        System.out.println(copy.getClass().getSimpleName() + " " + copy.length + " " + (exact.length) + " "
                + Arrays.toString(roomy));
        Item[] items = {new Item("pen", 3), new Item("ink", 12), new Item("pad", 5)};
        Item[] more = Arrays.copyOf(items, 5);
        Object[] asObjects = Arrays.copyOf(items, 2, Object[].class);
        System.out.println(more.getClass().getSimpleName() + " " + more.length + " " + more[4] + " "
                + asObjects.getClass().getSimpleName() + " " + Arrays.toString(asObjects));
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        Array.setInt(grid[1], 2, 7);
        System.out.println(Arrays.deepToString(grid) + " " + Array.get(grid[1], 2) + " " + Array.getLength(grid));
        long[] longs = new long[2];
        Array.set(longs, 0, 5);
        Array.setInt(longs, 1, 9);
        System.out.println(Arrays.toString(longs) + " " + Array.getDouble(longs, 1));
        try {
            Array.set(new int[1], 0, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            Array.getLength("nope");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        for (Class<?> c :
                new Class<?>[] {int.class, void.class, Void.TYPE, boolean.class, double[].class, String.class}) {
            System.out.println(c.getName() + " " + c.isPrimitive() + " " + c.isArray());
        }

        Function<String, Integer> length = TRIM.andThen(LENGTH);
        Function<Item, String> label = NAME.andThen(UPPER);
        Predicate<Item> cheap = CHEAP;
        Predicate<Item> named = NAMED_P;
        System.out.println(length.apply("  hello ") + " " + label.apply(items[1]) + " "
                + Function.<String>identity().compose(TRIM).apply(" x "));
        for (Item i : items) {
            System.out.println(i.name() + " " + cheap.and(named).test(i) + " "
                    + cheap.or(named).test(i) + " "
                    + cheap.negate().test(i) + " " + Predicate.not(named).test(i) + " "
                    + Predicate.isEqual(items[0]).test(i));
        }
        BinaryOperator<Item> cheaper = BinaryOperator.minBy(BY_PRICE);
        BinaryOperator<Item> dearer = BinaryOperator.maxBy(BY_PRICE);
        Item lo = items[0];
        Item hi = items[0];
        for (Item i : items) {
            lo = cheaper.apply(lo, i);
            hi = dearer.apply(hi, i);
        }
        System.out.println(lo + " " + hi);
        IntUnaryOperator twice = TWICE;
        IntUnaryOperator plusOne = PLUS_ONE;
        UnaryOperator<String> same = UnaryOperator.identity();
        System.out.println(twice.andThen(plusOne).applyAsInt(5) + " "
                + twice.compose(plusOne).applyAsInt(5) + " "
                + IntUnaryOperator.identity().applyAsInt(42) + " " + same.apply("same"));
        Integer[] squares = new Integer[5];
        Arrays.setAll(squares, new java.util.function.IntFunction<Integer>() {
            @Override
            public Integer apply(int i) {
                return i * i;
            }
        });
        System.out.println(Arrays.toString(squares));
    }
}
