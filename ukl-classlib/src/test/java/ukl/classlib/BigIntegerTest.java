package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * java.math.BigInteger against the JDK's on random values from one bit to over 20,000 (so that
 * Karatsuba and the divide-and-conquer conversions run), every operation compared by its printed
 * result or its exception's class and message.
 */
class BigIntegerTest {
    static final Shadow SHADOW = new Shadow(
            "java/math/BigInteger",
            "java/math/Magnitude",
            "java/math/Division",
            "java/math/Radix",
            "java/math/Primes",
            "java/math/BigDecimal",
            "java/math/Decimals",
            "java/math/MathContext",
            "java/math/RoundingMode");
    static final Class<?> OURS = SHADOW.type("java/math/BigInteger");

    private final SplittableRandom random = new SplittableRandom(20261204);

    static Object ours(BigInteger v) {
        try {
            return OURS.getConstructor(String.class, int.class).newInstance(v.toString(16), 16);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our counterpart of a java.math value (BigInteger, BigDecimal, MathContext, RoundingMode); others as they are. */
    static Object toOurs(Object jdk) {
        try {
            if (jdk instanceof BigInteger b) {
                return ours(b);
            }
            if (jdk instanceof BigDecimal d) {
                return SHADOW.type("java/math/BigDecimal")
                        .getConstructor(OURS, int.class)
                        .newInstance(ours(d.unscaledValue()), d.scale());
            }
            if (jdk instanceof RoundingMode m) {
                return SHADOW.type("java/math/RoundingMode")
                        .getMethod("valueOf", String.class)
                        .invoke(null, m.name());
            }
            if (jdk instanceof MathContext mc) {
                Class<?> modes = SHADOW.type("java/math/RoundingMode");
                return SHADOW.type("java/math/MathContext")
                        .getConstructor(int.class, modes)
                        .newInstance(mc.getPrecision(), toOurs(mc.getRoundingMode()));
            }
            return jdk;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of about {@code bits} bits, sometimes a power of two or one less, of either sign. */
    BigInteger value(int bits) {
        BigInteger v =
                switch (random.nextInt(8)) {
                    case 0 -> BigInteger.ONE.shiftLeft(bits);
                    case 1 -> BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                    default -> new BigInteger(Math.max(bits, 0), new Random(random.nextLong()));
                };
        return random.nextBoolean() ? v.negate() : v;
    }

    int size() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0, 65);
            case 1 -> random.nextInt(0, 200);
            case 2 -> random.nextInt(0, 1500);
            case 3 -> random.nextInt(1000, 4000);
            case 4 -> random.nextInt(3000, 22000);
            default -> random.nextInt(60, 130);
        };
    }

    /** Calls the public method {@code name} on both sides (BigInteger arguments mapped) and compares. */
    static void check(Object jdkTarget, String name, Object... args) {
        boolean isStatic = jdkTarget instanceof Class<?>;
        Object ourTarget = isStatic ? null : toOurs(jdkTarget);
        Object[] ourArgs = args.clone();
        for (int i = 0; i < args.length; i++) {
            ourArgs[i] = toOurs(args[i]);
        }
        Class<?> jdkClass = isStatic ? (Class<?>) jdkTarget : jdkTarget.getClass();
        Class<?> ourClass = isStatic ? SHADOW.type(jdkClass.getName().replace('.', '/')) : ourTarget.getClass();
        String expected = outcome(jdkClass, isStatic ? null : jdkTarget, name, args);
        String actual = outcome(ourClass, ourTarget, name, ourArgs);
        assertEquals(expected, actual, () -> name + " of " + jdkTarget + " with " + java.util.Arrays.toString(args));
    }

    static String outcome(Class<?> c, Object target, String name, Object[] args) {
        if (name.equals("new")) {
            for (var k : c.getConstructors()) {
                if (accepts(k.getParameterTypes(), args)) {
                    try {
                        return describe(k.newInstance(args));
                    } catch (InvocationTargetException e) {
                        return failure(e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                try {
                    return describe(m.invoke(target, args));
                } catch (InvocationTargetException e) {
                    return failure(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no method " + name + " in " + c);
    }

    /**
     * Class and message. HotSpot's compiled code throws a preallocated ArithmeticException without
     * a message for a long division by zero once it is hot (OmitStackTraceInFastThrow): that is
     * the JDK's "/ by zero".
     */
    static String failure(Throwable t) {
        String message = t instanceof ArithmeticException && t.getMessage() == null ? "/ by zero" : t.getMessage();
        return t.getClass().getName() + ": " + message;
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            Object a = args[i];
            boolean ok = t == int.class
                    ? a instanceof Integer
                    : t == long.class
                            ? a instanceof Long
                            : t == double.class
                                    ? a instanceof Double
                                    : t == boolean.class ? a instanceof Boolean : a == null || t.isInstance(a);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String describe(Object o) {
        if (o instanceof Object[] a) {
            StringBuilder s = new StringBuilder("[");
            for (Object x : a) {
                s.append(describe(x)).append(',');
            }
            return s.append(']').toString();
        }
        if (o instanceof byte[] b) {
            return java.util.Arrays.toString(b);
        }
        if (o instanceof Double d) {
            return "double " + Long.toHexString(Double.doubleToRawLongBits(d));
        }
        if (o instanceof Float f) {
            return "float " + Integer.toHexString(Float.floatToRawIntBits(f));
        }
        return String.valueOf(o);
    }

    @Test
    void arithmeticOnRandomSizes() {
        for (int i = 0; i < 800; i++) {
            BigInteger a = value(size());
            BigInteger b = random.nextInt(4) == 0 ? value(random.nextInt(0, 70)) : value(size());
            check(a, "add", b);
            check(a, "subtract", b);
            check(a, "multiply", b);
            check(a, "multiply", a);
            check(a, "divide", b);
            check(a, "remainder", b);
            check(a, "divideAndRemainder", b);
            check(a, "mod", b);
            check(a, "compareTo", b);
            check(a, "equals", b);
            check(a, "equals", a.add(BigInteger.ZERO));
            check(a, "min", b);
            check(a, "max", b);
            check(a, "and", b);
            check(a, "or", b);
            check(a, "xor", b);
            check(a, "andNot", b);
            check(a, "not");
            check(a, "negate");
            check(a, "abs");
            check(a, "signum");
            check(a, "hashCode");
            if (a.bitLength() < 4000 && b.bitLength() < 4000) {
                check(a, "gcd", b);
            }
        }
    }

    @Test
    void bitsAndConversions() {
        for (int i = 0; i < 1500; i++) {
            BigInteger a = value(size());
            int n = random.nextInt(-5, a.bitLength() + 70);
            check(a, "bitLength");
            check(a, "bitCount");
            check(a, "getLowestSetBit");
            check(a, "shiftLeft", n);
            check(a, "shiftRight", n);
            check(a, "testBit", n);
            check(a, "setBit", n);
            check(a, "clearBit", n);
            check(a, "flipBit", n);
            check(a, "toByteArray");
            check(a, "intValue");
            check(a, "longValue");
            check(a, "doubleValue");
            check(a, "floatValue");
            check(a, "longValueExact");
            check(a, "intValueExact");
            check(a, "shortValueExact");
            check(a, "byteValueExact");
            check(a, "toString");
            check(a, "toString", random.nextInt(0, 40));
            check(a.abs(), "sqrt");
            check(a, "sqrt");
            check(BigInteger.class, "valueOf", random.nextLong() >> random.nextInt(64));
            check(a, "pow", random.nextInt(-1, a.bitLength() > 2000 ? 3 : 12));
        }
    }

    @Test
    void doubleValueRoundsHalfToEven() {
        for (int i = 0; i < 3000; i++) {
            int bits = random.nextInt(60, 1100);
            BigInteger m = BigInteger.ONE.shiftLeft(bits).add(BigInteger.valueOf(random.nextLong(1, 1 << 20)));
            BigInteger tie = m.shiftLeft(random.nextInt(0, 4)).setBit(bits - 54);
            check(tie, "doubleValue");
            check(tie, "floatValue");
            check(tie.negate(), "doubleValue");
            check(tie.subtract(BigInteger.ONE), "doubleValue");
        }
    }

    @Test
    void stringsParseBackInEveryRadix() throws Throwable {
        Class<?>[] types = {String.class, int.class};
        for (int i = 0; i < 1500; i++) {
            BigInteger a = value(size());
            int radix = random.nextInt(2, 37);
            String s = a.toString(radix);
            if (random.nextInt(3) == 0) {
                s = "+" + s.replace("-", "");
            }
            newFromString(types, s, radix);
            newFromString(types, s.toUpperCase(), radix);
            newFromString(types, "000" + s, radix);
        }
        String[] bad = {"", "-", "+", "1-2", "--1", "+-1", "12a4", "1 2", "0x10", "99999999999999999999z", "١٢٣"};
        for (String s : bad) {
            newFromString(types, s, 10);
        }
        newFromString(types, "10", 1);
        newFromString(types, "10", 37);
    }

    private static void newFromString(Class<?>[] types, String s, int radix) {
        String expected = construct(BigInteger.class, types, s, radix);
        String actual = construct(OURS, types, s, radix);
        assertEquals(expected, actual, () -> "new BigInteger(\"" + s + "\", " + radix + ")");
    }

    static String construct(Class<?> c, Class<?>[] types, Object... args) {
        try {
            return String.valueOf(c.getConstructor(types).newInstance(args));
        } catch (InvocationTargetException e) {
            return failure(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bytesAndRandomConstructorsTakeTheSameBits() {
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(0, 60)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) random.nextInt();
            }
            Class<?>[] twos = {byte[].class};
            assertEquals(construct(BigInteger.class, twos, bytes), construct(OURS, twos, (Object) bytes));
            Class<?>[] signed = {int.class, byte[].class};
            int sign = random.nextInt(-2, 3);
            assertEquals(construct(BigInteger.class, signed, sign, bytes), construct(OURS, signed, sign, bytes));
            Class<?>[] rnd = {int.class, Random.class};
            int bits = random.nextInt(-1, 300);
            long seed = random.nextLong();
            assertEquals(
                    construct(BigInteger.class, rnd, bits, new Random(seed)),
                    construct(OURS, rnd, bits, new Random(seed)));
        }
    }

    @Test
    void primes() {
        for (int i = 0; i < 300; i++) {
            BigInteger a = value(random.nextInt(0, i < 250 ? 120 : 700));
            check(a, "isProbablePrime", random.nextInt(-1, 120));
            check(a, "nextProbablePrime");
            BigInteger m = value(random.nextInt(1, 300));
            check(a, "modPow", value(random.nextInt(0, 200)), m);
            check(a, "modInverse", m);
        }
        for (int bits : new int[] {2, 3, 5, 17, 31, 32, 33, 64, 94, 95, 96, 160, 256, 512}) {
            long seed = random.nextLong();
            assertEquals(
                    outcome(BigInteger.class, null, "probablePrime", new Object[] {bits, new Random(seed)}),
                    outcome(OURS, null, "probablePrime", new Object[] {bits, new Random(seed)}),
                    "probablePrime " + bits);
        }
        check(BigInteger.class, "probablePrime", 1, new Random(1));
    }
}
