package corpus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Static initialisers that only store constants, which the translator runs at build time: enum
 * constants (fields of every primitive type, a String, another constant, an array of constants in a
 * static field), tables of every primitive type, empty arrays, a singleton, class literals. Next to
 * them, initialisers it must leave to run time (an enum constant with a body, a constructor that
 * computes, a static map filled in a loop, an array of Strings, a singleton with a mutable field). And what a program can do with what they made: compare, switch,
 * lock, hash, key maps and sets, and write into the tables.
 */
public final class ConstantInitializers {
    private ConstantInitializers() {}

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

    /** Tables of constants and empty arrays. */
    static final class Tables {
        static final int[] PRIMES = {2, 3, 5, 7, 11};
        static final byte[] BYTES = {-1, 127, (byte) 200};
        static final boolean[] FLAGS = {true, false, true};
        static final char[] CHARS = {'a', '\u00e9', '\uffff'};
        static final short[] SHORTS = {-32768, 1};
        static final long[] LONGS = {Long.MIN_VALUE, 1L << 33};
        static final float[] FLOATS = {0.1f, -0f, Float.NEGATIVE_INFINITY};
        static final double[] DOUBLES = {0.5, Double.NaN, -Double.MAX_VALUE};
        static final Object[] EMPTY = {};
        static final String[][] NO_ROWS = new String[0][];
        static final int[] ZEROS = new int[3];
        static String greeting = "hi";
        static int counter = 40;
    }

    /** A singleton with final fields, and class literals. */
    static final class Registry {
        static final Registry INSTANCE = new Registry("main", 3, String.class);
        static final Class<?> KIND = int[][].class;

        final String name;
        final int size;
        final Class<?> type;
        final long stamp = 1234567890123L;

        private Registry(String name, int size, Class<?> type) {
            this.name = name;
            this.size = size;
            this.type = type;
        }
    }

    /** A singleton whose field can change: initialised at run time. */
    static final class Cache {
        static final Cache INSTANCE = new Cache();
        Object last;
    }

    /** An array of Strings could later hold one from the heap: initialised at run time. */
    static final class Words {
        static final String[] WORDS = {"alpha", "beta"};
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
        Tables.PRIMES[0] = 13;
        Tables.counter += 2;
        System.out.println(java.util.Arrays.toString(Tables.PRIMES) + " " + java.util.Arrays.toString(Tables.BYTES)
                + " "
                + java.util.Arrays.toString(Tables.FLAGS) + " " + new String(Tables.CHARS).length() + " "
                + (int) Tables.CHARS[2] + " " + java.util.Arrays.toString(Tables.SHORTS) + " "
                + java.util.Arrays.toString(Tables.LONGS) + " " + java.util.Arrays.toString(Tables.FLOATS) + " "
                + java.util.Arrays.toString(Tables.DOUBLES) + " " + Tables.EMPTY.length + " "
                + Tables.NO_ROWS.length + " " + Tables.NO_ROWS.getClass().getSimpleName() + " "
                + java.util.Arrays.toString(Tables.ZEROS) + " " + Tables.greeting + " " + Tables.counter);
        int[] copy = Tables.PRIMES.clone();
        copy[1] = 0;
        System.out.println(Tables.PRIMES[1] + " " + copy[1] + " " + (Tables.greeting == "hi") + " "
                + (Tables.EMPTY.getClass() == Object[].class));
        Registry r = Registry.INSTANCE;
        synchronized (r) {
            System.out.println(r.name + " " + r.size + " " + r.type.getName() + " " + r.stamp + " "
                    + Registry.KIND.getSimpleName() + " " + (r.type == String.class) + " " + Thread.holdsLock(r)
                    + " " + (r.getClass() == Registry.class));
        }
        Cache.INSTANCE.last = new StringBuilder("fresh").append(r.size).toString();
        System.out.println(Boolean.TYPE.getName() + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " "
                + (Boolean.valueOf("TRUE") == Boolean.TRUE) + " " + Boolean.FALSE + " " + (Long.TYPE == long.class)
                + " "
                + Character.TYPE + " " + Integer.TYPE.isPrimitive() + " " + Integer.toString(-255, 16) + " "
                + Integer.toString(35, 36) + " " + Long.toHexString(-1L) + " " + double.class.getName() + " "
                + boolean[].class.getComponentType() + " " + (Short.TYPE == short.class));
        Words.WORDS[1] = new StringBuilder("gam").append("ma").toString();
        System.gc();
        System.out.println(String.join(",", Words.WORDS) + " " + Cache.INSTANCE.last);
        try {
            Unit.valueOf("GIGA");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
