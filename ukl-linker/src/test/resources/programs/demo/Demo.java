package demo;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Every invokedynamic form the linker lowers; run on the JVM before and after lowering. */
public class Demo {
    record Point(int x, int y) {}

    record Mixed(String s, long l, double d, float f, boolean b, char c, byte by, short sh, Object o, int[] arr) {}

    record Empty() {}

    sealed interface Shape permits Circle, Square, Kind {}

    record Circle(double r) implements Shape {}

    record Square(int side) implements Shape {}

    enum Kind implements Shape { DOT, LINE }

    enum Color { RED, GREEN, BLUE }

    interface Marker {}

    interface Taker<T> {
        String take(T t);
    }

    interface StringTaker extends Taker<String> {
        @Override
        String take(String s);
    }

    private final String name;

    Demo(String name) {
        this.name = name;
    }

    private static String secret(String s) {
        return "secret " + s;
    }

    private String hidden(int n) {
        return name + n;
    }

    static long twice(long v) {
        return v * 2;
    }

    Supplier<String> greeter() {
        return () -> "hello from " + name;
    }

    static String describe(Object o) {
        return switch (o) {
            case null -> "null";
            case Integer i when i > 10 -> "big " + i;
            case Integer i -> "int " + i;
            case String s -> "str " + s;
            case Point(int x, int y) -> "point " + x + "," + y;
            case int[] a -> "ints " + a.length;
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    static String shape(Shape s) {
        return switch (s) {
            case Kind.DOT -> "dot";
            case Circle c -> "circle " + c.r();
            case Square q when q.side() > 3 -> "big square";
            case Square q -> "square " + q.side();
            case Kind k -> "kind " + k;
        };
    }

    static String color(Color c) {
        return switch (c) {
            case RED -> "red";
            case Color x when x.ordinal() == 1 -> "second";
            case null -> "no color";
            default -> "some color";
        };
    }

    static int text(String s) {
        return switch (s) {
            case "one" -> 1;
            case "two" -> 2;
            case String t when t.length() > 4 -> 99;
            default -> 0;
        };
    }

    static String number(Integer n) {
        return switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case Integer i when i > 100 -> "huge";
            default -> "many";
        };
    }

    static String letter(Character c) {
        return switch (c) {
            case 'a' -> "A";
            case Character x when Character.isDigit(x) -> "digit";
            default -> "?";
        };
    }

    public static void main(String[] args) {
        Object nothing = null;
        char[] chars = {'x', 'y'};
        int k = 3;
        System.out.println("concat " + k + ' ' + 2L + ' ' + 1.5f + ' ' + 2.5 + ' ' + true + ' ' + nothing + ' '
                + (byte) 7 + ' ' + (short) 8 + " " + new Point(1, 2) + " \u0001tag\u0002 " + k + (chars.length > 0 ? "" : chars));
        System.out.println("" + k + k);

        System.out.println(new Point(1, 2) + " " + new Point(1, 2).equals(new Point(1, 2)) + " " + new Point(1, 2).hashCode());
        Mixed m = new Mixed("s", 1L << 40, Double.NaN, -0.0f, true, 'c', (byte) 1, (short) 2, null, new int[0]);
        Mixed same = new Mixed("s", 1L << 40, Double.NaN, -0.0f, true, 'c', (byte) 1, (short) 2, null, m.arr());
        Mixed zero = new Mixed("s", 1L << 40, Double.NaN, 0.0f, true, 'c', (byte) 1, (short) 2, null, m.arr());
        System.out.println(m.toString().replaceAll("@[0-9a-f]+", "@H") + " " + m.equals(same) + " " + m.equals(zero)
                + " " + m.equals("x") + " " + (m.hashCode() == same.hashCode()));
        System.out.println(new Empty() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));

        Supplier<String> constant = () -> "constant";
        IntSupplier captured = () -> k * 2;
        Function<String, Integer> parse = Integer::parseInt;
        Supplier<Integer> bound = "four"::length;
        ToIntFunction<String> unbound = String::length;
        ToIntFunction<List<String>> size = List::size;
        Function<String, StringBuilder> ctor = StringBuilder::new;
        BiFunction<Integer, Integer, Point> point = Point::new;
        IntFunction<int[]> array = int[]::new;
        Function<String, String> priv = Demo::secret;
        Demo d = new Demo("demo");
        IntFunction<String> privateInstance = d::hidden;
        ToLongFunction<String> widened = String::length;
        Function<Integer, Long> boxing = Demo::twice;
        Runnable serial = (Runnable & Serializable) () -> System.out.println("serializable ran");
        Runnable marked = (Runnable & Marker) () -> System.out.println("marked ran " + k);
        StringTaker bridged = s -> "took " + s;
        @SuppressWarnings("unchecked")
        Taker<Object> raw = (Taker<Object>) (Taker<?>) bridged;
        System.out.println(constant.get() + " " + captured.getAsInt() + " " + parse.apply("42") + " " + bound.get()
                + " " + unbound.applyAsInt("abc") + " " + size.applyAsInt(List.of("a", "b")) + " " + ctor.apply("sb")
                + " " + point.apply(3, 4) + " " + array.apply(5).length + " " + priv.apply("x") + " "
                + privateInstance.apply(7) + " " + widened.applyAsLong("12345") + " " + boxing.apply(21) + " "
                + d.greeter().get() + " " + raw.take("it") + " " + (marked instanceof Marker));
        Supplier<?>[] twice = new Supplier<?>[2];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = () -> "same";
        }
        System.out.println("non-capturing lambdas are shared: " + (twice[0] == twice[1]));
        serial.run();
        marked.run();
        try {
            raw.take(1);
        } catch (ClassCastException e) {
            System.out.println("bridge casts");
        }

        for (Object o : new Object[] {null, 5, 50, "s", new Point(5, 6), new int[3], 2.0}) {
            System.out.println(describe(o));
        }
        for (Shape s : new Shape[] {Kind.DOT, Kind.LINE, new Circle(1.5), new Square(9), new Square(2)}) {
            System.out.println(shape(s));
        }
        for (Color c : new Color[] {Color.RED, Color.GREEN, Color.BLUE, null}) {
            System.out.println(color(c));
        }
        System.out.println(text("one") + " " + text("two") + " " + text("three") + " " + text("x"));
        System.out.println(number(1) + " " + number(2) + " " + number(101) + " " + number(7));
        System.out.println(letter('a') + " " + letter('5') + " " + letter('z'));
        try {
            text(null);
        } catch (NullPointerException e) {
            System.out.println("null selector throws");
        }
    }
}
