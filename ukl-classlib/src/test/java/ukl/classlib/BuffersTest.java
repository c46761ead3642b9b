package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The buffers of every element type, plain and as views of byte buffers in both orders, against
 * the JDK's: random operations (relative, absolute and bulk access, the position/limit/mark
 * operations, slices and duplicates, comparison) on both, each outcome and state compared.
 */
class BuffersTest {
    /** An element type: its primitive, the name in ByteBuffer's getX/putX/asXBuffer, and its buffer class. */
    record Elem(Class<?> prim, String name, Class<?> buffer, Function<SplittableRandom, Object> value) {}

    static final Elem BYTE = new Elem(byte.class, "Byte", ByteBuffer.class, r -> (byte) (r.nextInt(7) - 3));
    static final Elem CHAR = new Elem(char.class, "Char", CharBuffer.class,
            r -> r.nextInt(4) == 0 ? (char) (0xd800 + r.nextInt(0x800)) : (char) ('a' + r.nextInt(6)));
    static final Elem SHORT = new Elem(short.class, "Short", ShortBuffer.class,
            r -> r.nextBoolean() ? (short) (r.nextInt(7) - 3) : (short) r.nextInt());
    static final Elem INT = new Elem(int.class, "Int", IntBuffer.class,
            r -> r.nextBoolean() ? r.nextInt(7) - 3 : r.nextInt());
    static final Elem LONG = new Elem(long.class, "Long", LongBuffer.class,
            r -> r.nextBoolean() ? (long) (r.nextInt(7) - 3) : r.nextLong());
    static final Elem FLOAT = new Elem(float.class, "Float", FloatBuffer.class, r -> {
        float[] special = {0f, -0f, Float.NaN, 1f, -1f, Float.POSITIVE_INFINITY};
        float f = Float.intBitsToFloat(r.nextInt());
        return r.nextBoolean() ? special[r.nextInt(special.length)] : Float.isNaN(f) ? Float.NaN : f;
    });
    static final Elem DOUBLE = new Elem(double.class, "Double", DoubleBuffer.class, r -> {
        double[] special = {0d, -0d, Double.NaN, 1d, -1d, Double.NEGATIVE_INFINITY};
        double d = Double.longBitsToDouble(r.nextLong());
        return r.nextBoolean() ? special[r.nextInt(special.length)] : Double.isNaN(d) ? Double.NaN : d;
    });
    static final List<Elem> ELEMS = List.of(BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE);

    private static Class<?>[] t(Class<?>... types) {
        return types;
    }

    private static Object array(Elem e, SplittableRandom r, int n) {
        Object a = Array.newInstance(e.prim, n);
        for (int i = 0; i < n; i++) {
            Array.set(a, i, e.value.apply(r));
        }
        return a;
    }

    /** A new buffer of {@code e}'s type: allocated, wrapped, direct, or a view of a byte buffer. */
    private static void create(Mirror m, Elem e, SplittableRandom r) {
        int cap = r.nextInt(20);
        switch (r.nextInt(e == BYTE || e == CHAR ? 5 : 4)) {
            case 0 -> m.callStatic(e.buffer, "allocate", t(int.class), r.nextInt(30) == 0 ? -1 : cap);
            case 1 -> m.callStatic(e.buffer, "wrap", t(e.prim.arrayType()), array(e, r, cap));
            case 2 -> m.callStatic(e.buffer, "wrap", t(e.prim.arrayType(), int.class, int.class), array(e, r, cap),
                    r.nextInt(cap + 2) - 1, r.nextInt(cap + 2) - 1);
            case 3 -> {
                Object bb = e == BYTE || r.nextBoolean() ? m.callStatic(ByteBuffer.class, "allocate", t(int.class), cap)
                        : m.callStatic(ByteBuffer.class, "allocateDirect", t(int.class), cap);
                Mirror.Pair p = new Mirror.Pair(bb, m.counterpart(bb));
                m.call(p, "order", t(ByteOrder.class), r.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                m.call(p, "position", t(int.class), r.nextInt(3));
                if (e != BYTE) {
                    m.call(p, "as" + e.name + "Buffer", t());
                }
            }
            default -> {
                if (e == BYTE) {
                    m.callStatic(ByteBuffer.class, "allocateDirect", t(int.class), cap);
                } else {
                    String s = "abcdefghijklmnopqrstuvwxyz".substring(0, cap);
                    if (r.nextBoolean()) {
                        m.callStatic(CharBuffer.class, "wrap", t(CharSequence.class), s);
                    } else {
                        m.callStatic(CharBuffer.class, "wrap", t(CharSequence.class, int.class, int.class), s,
                                r.nextInt(cap + 2) - 1, r.nextInt(cap + 2) - 1);
                    }
                }
            }
        }
    }

    /** One random operation on {@code p}, a buffer of element type {@code e}. */
    private static void step(Mirror m, Elem e, Mirror.Pair p, SplittableRandom r) {
        Buffer b = (Buffer) p.jdk();
        int cap = b.capacity();
        int i = r.nextInt(cap + 3) - 1;
        int n = r.nextInt(6);
        Class<?> arr = e.prim.arrayType();
        switch (r.nextInt(34)) {
            case 0 -> m.call(p, "get", t());
            case 1 -> m.call(p, "get", t(int.class), i);
            case 2, 3 -> m.call(p, "put", t(e.prim), e.value.apply(r));
            case 4 -> m.call(p, "put", t(int.class, e.prim), i, e.value.apply(r));
            case 5 -> m.call(p, "get", t(arr, int.class, int.class), array(e, r, 5), r.nextInt(7) - 1, n);
            case 6 -> m.call(p, "get", t(int.class, arr, int.class, int.class), i, array(e, r, 5), r.nextInt(7) - 1, n);
            case 7 -> m.call(p, "put", t(arr, int.class, int.class), array(e, r, 5), r.nextInt(7) - 1, n);
            case 8 -> m.call(p, "put", t(int.class, arr, int.class, int.class), i, array(e, r, 5), r.nextInt(7) - 1, n);
            case 9 -> m.call(p, r.nextBoolean() ? "get" : "put", t(arr), array(e, r, n));
            case 10 -> m.call(p, "position", t(int.class), i);
            case 11 -> m.call(p, "limit", t(int.class), i);
            case 12 -> m.call(p, "mark", t());
            case 13 -> m.call(p, "reset", t());
            case 14 -> m.call(p, List.of("clear", "flip", "rewind").get(r.nextInt(3)), t());
            case 15 -> m.call(p, "compact", t());
            case 16 -> m.call(p, List.of("slice", "duplicate", "asReadOnlyBuffer").get(r.nextInt(3)), t());
            case 17 -> m.call(p, "slice", t(int.class, int.class), i, n);
            case 18 -> m.call(p, List.of("remaining", "hasRemaining", "isReadOnly", "isDirect", "hasArray",
                    "arrayOffset", "order", "hashCode", "toString").get(r.nextInt(9)), t());
            case 19 -> m.call(p, "array", t());
            case 20, 21, 22 -> {
                Mirror.Pair other = m.any(r, e.buffer);
                String op = List.of("equals", "compareTo", "mismatch", "put").get(r.nextInt(4));
                m.call(p, op, t(op.equals("equals") ? Object.class : e.buffer), other.jdk());
            }
            case 23 -> {
                Mirror.Pair other = m.any(r, e.buffer);
                m.call(p, "put", t(int.class, e.buffer, int.class, int.class), i, other.jdk(), r.nextInt(5) - 1, n);
            }
            case 24, 25, 26, 27 -> typed(m, e, p, r, i);
            default -> {
                if (e == CHAR) {
                    chars(m, p, r, i, n);
                } else {
                    m.call(p, "get", t(int.class), i);
                }
            }
        }
    }

    /** ByteBuffer's byte order and its accessors and views of the other types. */
    private static void typed(Mirror m, Elem e, Mirror.Pair p, SplittableRandom r, int i) {
        if (e != BYTE) {
            m.call(p, "get", t(int.class), i);
            return;
        }
        Elem x = ELEMS.get(1 + r.nextInt(ELEMS.size() - 1));
        switch (r.nextInt(6)) {
            case 0 -> m.call(p, "get" + x.name, t());
            case 1 -> m.call(p, "get" + x.name, t(int.class), i);
            case 2 -> m.call(p, "put" + x.name, t(x.prim), x.value.apply(r));
            case 3 -> m.call(p, "put" + x.name, t(int.class, x.prim), i, x.value.apply(r));
            case 4 -> m.call(p, "as" + x.name + "Buffer", t());
            default -> m.call(p, "order", t(ByteOrder.class), r.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** CharBuffer as a CharSequence and Appendable. */
    private static void chars(Mirror m, Mirror.Pair p, SplittableRandom r, int i, int n) {
        String s = "xyzw".substring(0, r.nextInt(5));
        switch (r.nextInt(8)) {
            case 0 -> m.call(p, "charAt", t(int.class), i);
            case 1 -> m.call(p, "subSequence", t(int.class, int.class), i, i + n - 1);
            case 2 -> m.call(p, "length", t());
            case 3 -> m.call(p, "put", t(String.class), s);
            case 4 -> m.call(p, "put", t(String.class, int.class, int.class), s, r.nextInt(3) - 1, n - 1);
            case 5 -> m.call(p, "append", t(CharSequence.class), r.nextBoolean() ? s : null);
            case 6 -> m.call(p, "append", t(char.class), 'q');
            default -> {
                Mirror.Pair other = m.any(r, CharBuffer.class);
                m.call(p, "read", t(CharBuffer.class), other.jdk());
            }
        }
    }

    /** Position, limit, capacity and every element below the limit agree. */
    private static void sameState(Mirror m, Mirror.Pair p) {
        Buffer b = (Buffer) p.jdk();
        m.call(p, "position", t());
        m.call(p, "limit", t());
        m.call(p, "capacity", t());
        for (int k = 0; k < b.limit(); k++) {
            m.call(p, "get", t(int.class), k);
        }
    }

    private static void run(Elem e, long seed, int steps) {
        SplittableRandom r = new SplittableRandom(seed);
        Mirror m = new Mirror();
        int ops = 0;
        while (ops < steps) {
            if (m.any(r, e.buffer) == null || r.nextInt(40) == 0) {
                create(m, e, r);
                continue;
            }
            Mirror.Pair p = m.any(r, e.buffer);
            step(m, e, p, r);
            sameState(m, p);
            m.forget(12);
            ops++;
        }
        assertTrue(m.pairs().size() > 1);
    }

    @Test
    void byteBuffersFollowTheJdk() {
        run(BYTE, 1, 20000);
    }

    @Test
    void charBuffersFollowTheJdk() {
        run(CHAR, 2, 15000);
    }

    @Test
    void bufferViewsAndPlainBuffersOfTheOtherTypesFollowTheJdk() {
        for (Elem e : List.of(SHORT, INT, LONG, FLOAT, DOUBLE)) {
            run(e, 3 + e.name.length(), 8000);
        }
    }

    @Test
    void aReadOnlyBufferRefusesWritesBeforeCheckingBounds() {
        Mirror m = new Mirror();
        Object ro = m.callStatic(ByteBuffer.class, "allocate", t(int.class), 0);
        Mirror.Pair p = new Mirror.Pair(ro, m.counterpart(ro));
        Object view = m.call(p, "asReadOnlyBuffer", t());
        Mirror.Pair readOnly = new Mirror.Pair(view, m.counterpart(view));
        m.call(readOnly, "put", t(byte.class), (byte) 1);
        m.call(readOnly, "put", t(int.class, ByteBuffer.class, int.class, int.class), 5, ro, 0, 9);
        assertEquals(null, m.call(readOnly, "put", t(byte[].class), new byte[] {1}), "ReadOnlyBufferException");
    }
}
