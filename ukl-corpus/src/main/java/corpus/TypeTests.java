package corpus;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code instanceof}, casts and catch clauses against every kind of type the translator tests
 * differently: a class with one concrete class below it (itself, or only a subclass of an abstract
 * one), a class with subclasses at several depths, an interface one class implements, an interface
 * several classes implement directly, through a superclass or through another interface, the types
 * arrays belong to ({@code Object}, {@code Cloneable}, {@code Serializable}) and array types; each
 * against instances of every class here, arrays and null.
 */
public final class TypeTests {
    private TypeTests() {}

    interface Shape {}

    interface Named {}

    interface Solo {}

    interface Polygon extends Shape {}

    abstract static class Base implements Named {}

    static class Middle extends Base implements Polygon {}

    static final class Leaf extends Middle {}

    static class Other extends Base {}

    static final class OnlyChild extends Lonely implements Solo {}

    abstract static class Lonely {}

    static final class Circle implements Shape, Serializable {}

    static final class Plain {}

    static class AppFailure extends Exception {
        AppFailure(String m) {
            super(m);
        }
    }

    static final class DeepFailure extends AppFailure {
        DeepFailure(String m) {
            super(m);
        }
    }

    public static void main(String[] args) {
        List<Object> values = new ArrayList<>(List.of(
                new Middle(),
                new Leaf(),
                new Other(),
                new OnlyChild(),
                new Circle(),
                new Plain(),
                "text",
                Integer.valueOf(7)));
        values.add(new int[] {1});
        values.add(new String[] {"a"});
        values.add(new Leaf[0]);
        values.add(new Object[0]);
        values.add(new int[0][]);
        values.add(null);
        for (Object v : values) {
            System.out.println(name(v) + ": " + kinds(v));
        }
        for (Object v : values) {
            System.out.println(name(v) + " cast: " + casts(v));
        }
        for (int i = 0; i < 4; i++) {
            System.out.println("caught: " + caught(i));
        }
    }

    private static String name(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    private static String kinds(Object v) {
        StringBuilder s = new StringBuilder();
        s.append(v instanceof Base ? 'B' : '-');
        s.append(v instanceof Middle ? 'M' : '-');
        s.append(v instanceof Leaf ? 'L' : '-');
        s.append(v instanceof Other ? 'O' : '-');
        s.append(v instanceof Lonely ? 'l' : '-');
        s.append(v instanceof Plain ? 'p' : '-');
        s.append(v instanceof Shape ? 'S' : '-');
        s.append(v instanceof Polygon ? 'P' : '-');
        s.append(v instanceof Named ? 'N' : '-');
        s.append(v instanceof Solo ? 's' : '-');
        s.append(v instanceof CharSequence ? 'C' : '-');
        s.append(v instanceof Number ? 'n' : '-');
        s.append(v instanceof Object ? 'o' : '-');
        s.append(v instanceof Cloneable ? 'c' : '-');
        s.append(v instanceof Serializable ? 'z' : '-');
        s.append(v instanceof Object[] ? '[' : '-');
        s.append(v instanceof Base[] ? 'b' : '-');
        s.append(v instanceof int[] ? 'i' : '-');
        s.append(v instanceof int[][] ? 'I' : '-');
        return s.toString();
    }

    private static String casts(Object v) {
        StringBuilder s = new StringBuilder();
        try {
            Middle m = (Middle) v;
            s.append(m == null ? "middle null" : "middle");
        } catch (ClassCastException e) {
            s.append("not middle");
        }
        try {
            Solo o = (Solo) v;
            s.append(o == null ? ", solo null" : ", solo");
        } catch (ClassCastException e) {
            s.append(", not solo");
        }
        try {
            Shape o = (Shape) v;
            s.append(o == null ? ", shape null" : ", shape");
        } catch (ClassCastException e) {
            s.append(", not shape");
        }
        try {
            Cloneable o = (Cloneable) v;
            s.append(o == null ? ", cloneable null" : ", cloneable");
        } catch (ClassCastException e) {
            s.append(", not cloneable");
        }
        return s.toString();
    }

    private static String caught(int i) {
        try {
            switch (i) {
                case 0 -> throw new DeepFailure("deep");
                case 1 -> throw new AppFailure("app");
                case 2 -> throw new IOException("io");
                default -> throw new IllegalStateException("state");
            }
        } catch (DeepFailure e) {
            return "deep " + e.getMessage();
        } catch (AppFailure e) {
            return "app " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            return "other " + e.getMessage();
        }
    }
}
