package corpus;

import java.util.ArrayList;
import java.util.List;

/** Sealed interfaces with records, and switch over them with type and record patterns and guards. */
public final class SealedShapes {
    private SealedShapes() {}

    sealed interface Shape permits Circle, Rect, Triangle, Group {}

    record Circle(double r) implements Shape {}

    record Rect(double w, double h) implements Shape {}

    record Triangle(double a, double b, double c) implements Shape {}

    record Group(String name, List<Shape> members) implements Shape {}

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> Math.PI * c.r() * c.r();
            case Rect(double w, double h) -> w * h;
            case Triangle(double a, double b, double c) -> {
                double p = (a + b + c) / 2;
                yield Math.sqrt(p * (p - a) * (p - b) * (p - c));
            }
            case Group g -> {
                double sum = 0;
                for (Shape m : g.members()) {
                    sum += area(m);
                }
                yield sum;
            }
        };
    }

    static String describe(Shape s) {
        return switch (s) {
            case Rect(double w, double h) when w == h -> "square " + w;
            case Rect r -> "rectangle " + r.w() + "x" + r.h();
            case Circle(double r) when r == 0 -> "point";
            case Circle c -> "circle r=" + c.r();
            case Triangle t -> "triangle " + t;
            case Group(String name, List<Shape> members) -> "group " + name + " of " + members.size();
        };
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>(
                List.of(new Circle(1.5), new Rect(2, 3), new Rect(4, 4), new Triangle(3, 4, 5), new Circle(0)));
        shapes.add(new Group("pair", List.of(new Rect(1, 1), new Circle(1))));
        double total = 0;
        for (Shape s : shapes) {
            double a = area(s);
            total += a;
            System.out.printf("%-28s area %8.3f%n", describe(s), a);
        }
        System.out.printf("total %.4f%n", total);
        System.out.println(shapes.get(1) + " equals " + new Rect(2, 3) + ": "
                + shapes.get(1).equals(new Rect(2, 3)));
        Object o = shapes.get(3);
        if (o instanceof Triangle(double a, double b, double c) && a * a + b * b == c * c) {
            System.out.println("right triangle with hypotenuse " + c);
        }
    }
}
