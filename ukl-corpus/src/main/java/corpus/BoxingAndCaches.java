package corpus;

/** Boxing (JLS §5.1.7): the caches, equals/hashCode/compareTo of the wrappers, unboxing. */
public final class BoxingAndCaches {
    private BoxingAndCaches() {}

    static boolean same(Object a, Object b) {
        return a == b;
    }

    public static void main(String[] args) {
        Integer a = 127;
        Integer b = 127;
        Integer c = 128;
        Integer d = 128;
        System.out.println(same(a, b) + " " + same(c, d) + " " + c.equals(d) + " "
                + same(Integer.valueOf(-128), Integer.valueOf(-128)) + " "
                + same(Integer.valueOf(-129), Integer.valueOf(-129)));
        Long la = 127L;
        Long lb = 127L;
        System.out.println(same(la, lb) + " " + same(Long.valueOf(128), Long.valueOf(128)) + " " + la.equals(127) + " "
                + la.equals(127L));
        System.out.println(same(Short.valueOf((short) 5), Short.valueOf((short) 5)) + " "
                + same(Byte.valueOf((byte) -1), Byte.valueOf((byte) -1)));
        System.out.println(same(Character.valueOf('a'), Character.valueOf('a')) + " "
                + same(Character.valueOf('\u00e9'), Character.valueOf('\u00e9')));
        System.out.println(same(Boolean.valueOf(true), Boolean.TRUE) + " " + same(Boolean.valueOf("TRUE"), Boolean.TRUE)
                + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(false));
        Object[] boxes = {1, 2L, (short) 3, (byte) 4, 'x', true, 1.5f, 2.5, -0.0, Double.NaN, Float.NaN};
        for (Object o : boxes) {
            System.out.println(o.getClass().getName() + " " + o + " " + o.hashCode() + " " + o.equals(o));
        }
        System.out.println(Integer.valueOf(3).compareTo(7) + " "
                + Long.valueOf(9).compareTo(2L) + " " + Character.valueOf('b').compareTo('a')
                + " " + Boolean.TRUE.compareTo(false) + " "
                + Double.valueOf(0.0).compareTo(-0.0) + " "
                + Double.valueOf(Double.NaN).equals(Double.NaN)
                + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + Float.compare(Float.NaN, 1f));
        int sum = 0;
        Integer boxed = 0;
        for (int i = 0; i < 10; i++) {
            boxed += i;
            sum += boxed;
        }
        System.out.println(sum + " " + boxed);
        Number n = 3.75;
        System.out.println(
                n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.byteValue() + " " + n.shortValue());
        Integer nothing = null;
        try {
            int x = nothing;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null throws NullPointerException");
        }
        System.out.println(Integer.hashCode(-5) + " " + Long.hashCode(-5L) + " " + Double.hashCode(1.0) + " "
                + Float.hashCode(1.0f) + " " + Boolean.hashCode(true) + " " + Character.hashCode('A') + " "
                + Short.hashCode((short) -2) + " " + Byte.hashCode((byte) 7));
    }
}
