package corpus;

import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * The questions a class object answers without metadata beyond the image's tables: declared
 * interfaces in order, records, the primitive and void classes, and Class as a reflect.Type.
 */
public final class ClassQueries {
    private ClassQueries() {}

    interface Shape {
        double area();
    }

    interface Named {
        String name();
    }

    interface Labelled extends Named, Comparable<Labelled> {}

    record Circle(double r) implements Shape, Named {
        @Override
        public double area() {
            return 3 * r * r;
        }

        @Override
        public String name() {
            return "circle";
        }
    }

    static class Square implements Labelled, Shape {
        @Override
        public double area() {
            return 4;
        }

        @Override
        public String name() {
            return "square";
        }

        @Override
        public int compareTo(Labelled o) {
            return name().compareTo(o.name());
        }
    }

    static final class Tile extends Square {}

    private static String names(Class<?>[] classes) {
        StringBuilder s = new StringBuilder("[");
        for (Class<?> c : classes) {
            s.append(s.length() > 1 ? ", " : "").append(c.getSimpleName());
        }
        return s.append(']').toString();
    }

    private static void describe(Class<?> c) {
        System.out.println(c.getName() + ": interfaces=" + names(c.getInterfaces()) + " record=" + c.isRecord()
                + " interface=" + c.isInterface() + " primitive=" + c.isPrimitive());
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Square(), new Tile()};
        for (Shape s : shapes) {
            Named n = (Named) s;
            System.out.println(n.name() + " " + s.area());
            describe(s.getClass());
        }
        Labelled l = new Square();
        System.out.println(l.compareTo(new Tile()));
        describe(Labelled.class);
        describe(Named.class);
        describe(int[].class);
        describe(String[][].class);
        describe(Object.class);
        describe(Record.class);
        describe(int.class);
        describe(void.class);

        Class<?>[] primitives = {
            Boolean.TYPE,
            Byte.TYPE,
            Character.TYPE,
            Short.TYPE,
            Integer.TYPE,
            Long.TYPE,
            Float.TYPE,
            Double.TYPE,
            Void.TYPE
        };
        for (Class<?> p : primitives) {
            System.out.print(p + " ");
        }
        System.out.println();
        System.out.println(Void.TYPE == void.class);

        Type[] types = {String.class, int[].class, Circle.class, double.class};
        for (Type t : types) {
            System.out.println(t.getTypeName() + " " + (t instanceof Class<?> c ? c.getSimpleName() : "?"));
        }
        System.out.println(Arrays.asList(Circle.class.getInterfaces()).contains(Shape.class));

        Runnable anonymous = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous runs");
            }
        };
        anonymous.run();
        class Local implements Named {
            @Override
            public String name() {
                return "local";
            }
        }
        Named local = new Local();
        for (Class<?> c : new Class<?>[] {anonymous.getClass(), local.getClass(), Circle.class, ClassQueries.class}) {
            System.out.println("'" + c.getSimpleName() + "' anonymous=" + c.isAnonymousClass() + " local="
                    + c.isLocalClass() + " member=" + c.isMemberClass());
        }
        System.out.println(local.name() + " " + int[].class.isMemberClass() + " " + int.class.isAnonymousClass());
        System.out.println(Shape.class.isAssignableFrom(Tile.class) + " "
                + Tile.class.getSuperclass().getSimpleName());
    }
}
