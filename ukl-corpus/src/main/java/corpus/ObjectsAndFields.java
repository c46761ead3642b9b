package corpus;

/** Instance and static fields of every type, compound assignments, literals' identity, clone, monitors, nestmates. */
public final class ObjectsAndFields {
    private ObjectsAndFields() {}

    static boolean sz = true;
    static byte sb = -5;
    static short ss = 300;
    static char sc = 'q';
    static int si = 1 << 30;
    static long sl = -1L << 40;
    static float sf = 0.5f;
    static double sd = -0.25;
    static Object so;

    static final class Holder implements Cloneable {
        boolean z;
        byte b;
        short s;
        char c;
        int i;
        long l;
        float f;
        double d;
        String str;
        long[] longs = new long[2];
        double[] doubles = new double[2];

        @Override
        public Holder clone() {
            try {
                return (Holder) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        private int hidden() {
            return i * 2;
        }
    }

    static final class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return clone();
        }
    }

    static String describe(Holder h) {
        return h.z + " " + h.b + " " + h.s + " " + (int) h.c + " " + h.i + " " + h.l + " "
                + Float.floatToRawIntBits(h.f) + " " + Double.doubleToRawLongBits(h.d) + " " + h.str + " "
                + h.longs[0] + " " + h.longs[1] + " " + Double.doubleToRawLongBits(h.doubles[1]);
    }

    public static void main(String[] args) throws Exception {
        Holder h = new Holder();
        System.out.println(describe(h));
        h.z = !h.z;
        h.b = (byte) 130;
        h.s = (short) -40000;
        h.c = '\uffff';
        h.i = Integer.MAX_VALUE;
        h.l = Long.MAX_VALUE;
        h.f = -1.0f / 3;
        h.d = Math.PI;
        h.str = "text";
        h.i++;
        h.l += 2;
        h.b += 200;
        h.c++;
        h.longs[1] += 7;
        h.longs[0]--;
        h.doubles[1] *= 3.5;
        h.doubles[1] += 1.0;
        System.out.println(describe(h));
        long a = h.l++;
        double dd = h.d--;
        long[] la = h.longs;
        long prev = la[0]++;
        System.out.println(a + " " + h.l + " " + Double.doubleToRawLongBits(dd) + " " + prev + " " + la[0]);
        sz = !sz;
        sb *= 50;
        ss >>= 2;
        sc += 2;
        si <<= 1;
        sl = sl++ + sl;
        sf /= 3;
        sd = -sd;
        so = "static";
        System.out.println(sz + " " + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + Float.floatToRawIntBits(sf)
                + " " + Double.doubleToRawLongBits(sd) + " " + so);
        Holder copy = h.clone();
        copy.i = 5;
        System.out.println((copy != h) + " " + copy.str + " " + h.i + " " + copy.i + " " + (copy.longs == h.longs) + " "
                + copy.hidden());
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("not cloneable: " + e.getClass().getName());
        }
        String lit = "interned";
        String built = new StringBuilder("inter").append("ned").toString();
        System.out.println((lit == "interned") + " " + (lit == built) + " " + lit.equals(built) + " "
                + (lit.hashCode() == built.hashCode()) + " " + lit.hashCode() + " " + "".hashCode() + " "
                + (Other.LITERAL == lit));
        Object o = new Object();
        System.out.println((o.hashCode() == o.hashCode()) + " " + (System.identityHashCode(o) == o.hashCode()) + " "
                + o.equals(o) + " " + System.identityHashCode(null));
        int total = 0;
        synchronized (h) {
            total += h.hidden();
        }
        Object lock = null;
        try {
            synchronized (lock) {
                total++;
            }
        } catch (NullPointerException e) {
            System.out.println("null monitor");
        }
        System.out.println(total);
        char ch = 'a';
        ch += 1;
        int code = ch + 1;
        System.out.println(ch + " " + code + " " + (char) code + " " + Character.toString(ch));
    }

    static final class Other {
        static final String LITERAL = "interned";
    }
}
