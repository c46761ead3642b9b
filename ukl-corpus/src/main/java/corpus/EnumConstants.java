package corpus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Enum constants the translator builds at build time (fields of every primitive type, a String,
 * another constant, an array of constants in a static field) next to enums it must initialise at
 * run time (a constant with a body, a constructor that computes, a static map filled in a loop), and
 * what a program can do with a constant: compare, switch, lock, hash, and key maps and sets.
 */
public final class EnumConstants {
    private EnumConstants() {}

    enum Unit {
        BYTE('B', (byte) 1, (short) 8, 1, 1L, 1f, 1d, true, "byte", null),
        KILO('K', (byte) -2, (short) -3, 1024, 1L << 40, 0.5f, -0.0, false, "kilo", BYTE),
        MEGA(
                '\u00e9',
                Byte.MIN_VALUE,
                Short.MAX_VALUE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Float.NaN,
                Double.POSITIVE_INFINITY,
                true,
                "m\u00e9ga \u4e2d",
                KILO),
        NONE('\0', (byte) 0, (short) 0, 0, 0L, -0f, Double.MIN_VALUE, false, null, null);

        static final Unit DEFAULT = KILO;
        static final Unit[] SMALL = {BYTE, KILO};

        final char letter;
        final byte b;
        final short s;
        final int i;
        final long l;
        final float f;
        final double d;
        final boolean z;
        final String label;
        final Unit base;

        Unit(char letter, byte b, short s, int i, long l, float f, double d, boolean z, String label, Unit base) {
            this.letter = letter;
            this.b = b;
            this.s = s;
            this.i = i;
            this.l = l;
            this.f = f;
            this.d = d;
            this.z = z;
            this.label = label;
            this.base = base;
        }

        @Override
        public String toString() {
            return name() + "(" + letter + "," + b + "," + s + "," + i + "," + l + "," + f + "," + d + "," + z + ","
                    + label + "," + (base == null ? "-" : base.name()) + ")";
        }
    }

    /** A constant with a body is a subclass: initialised at run time. */
    enum Op {
        NEG {
            @Override
            int apply(int x) {
                return -x;
            }
        },
        SQUARE {
            @Override
            int apply(int x) {
                return x * x;
            }
        };

        abstract int apply(int x);
    }

    /** A constructor that computes: initialised at run time. */
    enum Square {
        TWO(2),
        THREE(3);

        final int square;

        Square(int n) {
            this.square = n * n;
        }
    }

    /** A static map filled by a loop: initialised at run time. */
    enum Code {
        OK("ok"),
        FAIL("fail");

        private static final Map<String, Code> BY_TEXT = new HashMap<>();

        static {
            for (Code c : values()) {
                BY_TEXT.put(c.text, c);
            }
        }

        final String text;

        Code(String text) {
            this.text = text;
        }

        static Code of(String text) {
            return BY_TEXT.get(text);
        }
    }

    static String size(Unit u) {
        return switch (u) {
            case BYTE -> "one";
            case KILO, MEGA -> "many";
            case NONE -> "none";
        };
    }

    public static void main(String[] args) throws InterruptedException {
        for (Unit u : Unit.values()) {
            System.out.println(u + " " + u.ordinal() + " " + size(u) + " " + u.compareTo(Unit.KILO) + " "
                    + (u.hashCode() == System.identityHashCode(u)) + " "
                    + u.getDeclaringClass().getSimpleName()
                    + " " + (Unit.valueOf(u.name()) == u));
        }
        System.out.println(Unit.DEFAULT.name() + " " + Unit.SMALL.length + " " + (Unit.SMALL[1] == Unit.KILO) + " "
                + (Unit.MEGA.base.base == Unit.BYTE) + " " + (Unit.values() != Unit.values()) + " "
                + (Unit.values()[2] == Unit.MEGA) + " " + (Unit.BYTE.label == "byte"));
        Unit.SMALL[0] = Unit.NONE;
        System.out.println(Unit.SMALL[0] + " " + Unit.values()[0]);
        Object lock = Unit.MEGA;
        synchronized (lock) {
            lock.wait(1);
            lock.notifyAll();
            System.out.println("locked " + Thread.holdsLock(Unit.MEGA) + " " + Thread.holdsLock(Unit.KILO));
        }
        EnumMap<Unit, Integer> counts = new EnumMap<>(Unit.class);
        for (int k = 0; k < 10; k++) {
            Unit u = Unit.values()[k % 3];
            counts.put(u, counts.containsKey(u) ? counts.get(u) + k : k);
        }
        System.out.println(counts + " " + EnumSet.complementOf(EnumSet.of(Unit.KILO)) + " "
                + EnumSet.allOf(Unit.class).size());
        Map<Unit, String> byHash = new HashMap<>();
        for (Unit u : Unit.values()) {
            byHash.put(u, u.name().toLowerCase());
        }
        System.out.println(byHash.get(Unit.MEGA) + " " + byHash.size());
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.apply(7) + " " + (op.getClass() == Op.class) + " "
                    + op.getDeclaringClass().getSimpleName());
        }
        System.out.println(Square.THREE.square + " " + Square.valueOf("TWO").square);
        System.out.println(Code.of("fail") + " " + Code.of("none") + " " + Code.OK.text);
        try {
            Unit.valueOf("GIGA");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
