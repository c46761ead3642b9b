package java.lang;

public final class Short extends Number implements Comparable<Short> {
    public static final short MIN_VALUE = (short) -0x8000;
    public static final short MAX_VALUE = 0x7fff;
    public static final int SIZE = 16;
    public static final int BYTES = 16 / 8;
    public static final Class<Short> TYPE = Primitives.SHORT;

    private final short value;

    public Short(short value) {
        this.value = value;
    }

    /** JLS §5.1.7: boxing caches -128..127. */
    public static Short valueOf(short v) {
        return v >= -128 && v <= 127 ? Cache.CACHE[v + 128] : new Short(v);
    }

    public static Short valueOf(String s) {
        return valueOf(parseShort(s, 10));
    }

    public static Short valueOf(String s, int radix) {
        return valueOf(parseShort(s, radix));
    }

    public static short parseShort(String s) {
        return parseShort(s, 10);
    }

    public static short parseShort(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) i;
    }

    public static Short decode(String nm) {
        int i = Integer.decode(nm).intValue();
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((short) i);
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    public static String toString(short v) {
        return Integer.toString(v);
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(short v) {
        return v;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Short o && o.value == value;
    }

    @Override
    public int compareTo(Short other) {
        return value - other.value;
    }

    public static int compare(short x, short y) {
        return x - y;
    }

    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(short x) {
        return x & (0x7fff * 2 + 1);
    }

    public static long toUnsignedLong(short x) {
        return toUnsignedInt(x);
    }

    public static short reverseBytes(short i) {
        return (short) ((i & 0xff00) >> 8 | i << 8);
    }

    private static final class Cache {
        static final Short[] CACHE = new Short[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Short((short) (i - 128));
            }
        }
    }
}
