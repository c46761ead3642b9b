package corpus;

/** Virtual, super and interface calls: overriding, abstract classes, default methods, diamonds, type tests. */
public final class VirtualAndInterfaceDispatch {
    private VirtualAndInterfaceDispatch() {}

    interface Shape {
        double UNIT = 1.0;

        long area();

        default String describe() {
            return name() + " with area " + area();
        }

        String name();

        static Shape square(int side) {
            return new Rect(side, side);
        }
    }

    interface Named {
        default String label() {
            return "named";
        }
    }

    interface Loud extends Named {
        @Override
        default String label() {
            return "LOUD " + Named.super.label();
        }
    }

    interface Quiet extends Named {}

    abstract static class Base implements Shape {
        private final String kind;

        Base(String kind) {
            this.kind = kind;
        }

        @Override
        public String name() {
            return kind;
        }

        @Override
        public String toString() {
            return "Base(" + describe() + ")";
        }
    }

    static class Rect extends Base implements Loud, Quiet {
        final int w;
        final int h;

        Rect(int w, int h) {
            super("rect");
            this.w = w;
            this.h = h;
        }

        @Override
        public long area() {
            return (long) w * h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rect r && r.w == w && r.h == h;
        }

        @Override
        public int hashCode() {
            return w * 31 + h;
        }
    }

    static final class Circle extends Base implements Comparable<Circle> {
        final int r;

        Circle(int r) {
            super("circle");
            this.r = r;
        }

        @Override
        public long area() {
            return 3L * r * r;
        }

        @Override
        public String describe() {
            return "round " + super.describe();
        }

        @Override
        public int compareTo(Circle o) {
            return Integer.compare(r, o.r);
        }

        private int secret() {
            return r * 1000;
        }

        int peek(Circle other) {
            return other.secret();
        }
    }

    static class Counter {
        int calls;

        int next() {
            return ++calls;
        }
    }

    static class DoubleCounter extends Counter {
        @Override
        int next() {
            super.next();
            return super.next();
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Circle(2), Shape.square(4)};
        for (Shape s : shapes) {
            System.out.println(s.describe() + " | " + s + " | " + s.getClass().getName());
        }
        Named n = new Rect(1, 1);
        System.out.println(n.label());
        Object o = new Rect(5, 6);
        System.out.println(o.equals(new Rect(5, 6)) + " " + o.equals(new Rect(6, 5)) + " " + o.hashCode());
        Comparable<Circle> c = new Circle(3);
        System.out.println(c.compareTo(new Circle(5)) + " " + c.compareTo(new Circle(1)) + " "
                + new Circle(2).peek(new Circle(7)));
        Counter k = args.length == 0 ? new DoubleCounter() : new Counter();
        k.next();
        System.out.println(k.next() + " " + k.calls);
        Object[] things = {"s", 1, new Rect(1, 2), new Circle(1), new int[0], new String[0], null, new Object[0][]};
        for (Object t : things) {
            System.out.println((t instanceof Shape) + " " + (t instanceof Named) + " " + (t instanceof Comparable)
                    + " " + (t instanceof Object[]) + " " + (t instanceof String[]) + " " + (t instanceof Cloneable)
                    + " " + (t instanceof Base) + " "
                    + (t == null ? "null" : t.getClass().getName()));
        }
        Object[] objects = new String[] {"x"};
        String[] back = (String[]) objects;
        System.out.println(
                back[0] + " " + Shape.UNIT + " " + CharSequence.class.getName() + " " + int[][].class.getName());
        System.out.println(
                Shape.class.isInterface() + " " + Rect.class.getSuperclass().getName()
                        + " " + Base.class.isAssignableFrom(Circle.class) + " " + Shape.class.isInstance(new Circle(1))
                        + " " + int[].class.getComponentType().getName() + " " + int.class.isPrimitive() + " "
                        + String[].class.isArray());
    }
}
