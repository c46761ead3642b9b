package java.lang;

public final class Byte extends Number implements Comparable<Byte> {
    public static final byte MIN_VALUE = (byte) -0x80;
    public static final byte MAX_VALUE = 0x7f;
    public static final int SIZE = 8;
    public static final int BYTES = 8 / 8;
    public static final Class<Byte> TYPE = Primitives.BYTE;

    private final byte value;

    public Byte(byte value) {
        this.value = value;
    }

    /** JLS §5.1.7: boxing caches -128..127. */
    public static Byte valueOf(byte v) {
        return v >= -128 && v <= 127 ? Cache.CACHE[v + 128] : new Byte(v);
    }

    public static Byte valueOf(String s) {
        return valueOf(parseByte(s, 10));
    }

    public static Byte valueOf(String s, int radix) {
        return valueOf(parseByte(s, radix));
    }

    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    public static byte parseByte(String s, int radix) {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
    }

    public static Byte decode(String nm) {
        int i = Integer.decode(nm).intValue();
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((byte) i);
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

    public static String toString(byte v) {
        return Integer.toString(v);
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(byte v) {
        return v;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Byte o && o.value == value;
    }

    @Override
    public int compareTo(Byte other) {
        return value - other.value;
    }

    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(byte x) {
        return x & (0x7f * 2 + 1);
    }

    public static long toUnsignedLong(byte x) {
        return toUnsignedInt(x);
    }

    private static final class Cache {
        static final Byte[] CACHE = new Byte[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Byte((byte) (i - 128));
            }
        }
    }
}
