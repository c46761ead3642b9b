package corpus;

/** Records (JLS §8.10): accessors, compact constructors, equals/hashCode/toString, nesting. */
public final class RecordsBasics {
    private RecordsBasics() {}

    record Point(int x, int y) {
        Point {
            if (x < 0) {
                throw new IllegalArgumentException("x must not be negative: " + x);
            }
        }

        Point scale(int k) {
            return new Point(x * k, y * k);
        }
    }

    record Named(String name, double weight, long id, boolean flag, char tag, Point where) {}

    record Empty() {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.equals(q) + " " + (p == q) + " "
                + (p.hashCode() == q.hashCode()) + " " + p.equals(new Point(4, 3)) + " " + p.scale(2));
        Named n = new Named("bolt", 0.25, 1L << 40, true, 'b', p);
        Named m = new Named("bolt", 0.25, 1L << 40, true, 'b', new Point(3, 4));
        System.out.println(n);
        System.out.println(n.equals(m) + " " + (n.hashCode() == m.hashCode()) + " "
                + n.equals(new Named(null, 0.25, 1L << 40, true, 'b', p)));
        Named nulls = new Named(null, -0.0, 0, false, '\0', null);
        System.out.println(nulls.equals(new Named(null, 0.0, 0, false, '\0', null)) + " " + nulls.where());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        System.out.println(p.hashCode() + " " + new Point(0, 0).hashCode() + " " + new Point(1, 0).hashCode());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Object o = n;
        if (o instanceof Named(String name, double w, long id, boolean f, char t, Point(int x, int y))) {
            System.out.println(name + " " + w + " " + id + " " + f + " " + t + " " + (x + y));
        }
    }
}
