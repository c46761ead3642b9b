package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * reflect.Array's reads and writes against the JDK's: every getter and setter on every kind of
 * array (and on a non-array and null), with the widening the JDK allows and its exceptions.
 * Array creation is the translator's (a native); the corpus checks it.
 */
class ReflectArrayTest {
    private static final Shadow SHADOW = new Shadow("java/lang/reflect/Array");
    private static final String[] KINDS = {"Boolean", "Byte", "Char", "Short", "Int", "Long", "Float", "Double"};
    private static final Class<?>[] PRIMS = {
        boolean.class, byte.class, char.class, short.class, int.class, long.class, float.class, double.class
    };
    private static final Object[] VALUES = {true, (byte) -3, 'x', (short) 300, 70000, 1L << 40, 1.5f, -2.25};

    private static Object[] arrays() {
        return new Object[] {
            new boolean[2],
            new byte[2],
            new char[2],
            new short[2],
            new int[2],
            new long[2],
            new float[2],
            new double[2],
            new String[2],
            new Object[2],
            "not an array",
            null
        };
    }

    private static String outcome(Method m, Object... args) {
        try {
            Object r = m.invoke(null, args);
            return String.valueOf(r);
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (IllegalArgumentException e) {
            // the JDK's accessor wraps an NPE that its native method throws as if unboxing failed
            if (e.getCause() instanceof NullPointerException npe) {
                return npe.getClass().getName() + ": " + npe.getMessage();
            }
            throw e;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String contents(Object a) {
        return a == null || !a.getClass().isArray() ? String.valueOf(a) : Arrays.deepToString(new Object[] {a});
    }

    @Test
    void readsAndWritesMatchTheJdk() throws Exception {
        Class<?> ours = SHADOW.type("java/lang/reflect/Array");
        SplittableRandom random = new SplittableRandom(3);
        Object[] jdkArrays = arrays();
        Object[] ourArrays = arrays();
        for (int i = 0; i < 4000; i++) {
            int which = random.nextInt(jdkArrays.length);
            int index = random.nextInt(-1, 3);
            int kind = random.nextInt(KINDS.length);
            Object value = random.nextInt(10) == 0 ? "text" : VALUES[random.nextInt(VALUES.length)];
            String expected;
            String actual;
            String what;
            switch (random.nextInt(5)) {
                case 0 -> {
                    what = "get" + KINDS[kind];
                    expected = outcome(
                            java.lang.reflect.Array.class.getMethod(what, Object.class, int.class),
                            jdkArrays[which],
                            index);
                    actual = outcome(ours.getMethod(what, Object.class, int.class), ourArrays[which], index);
                }
                case 1 -> {
                    what = "set" + KINDS[kind];
                    Object v = VALUES[kind];
                    expected = outcome(
                            java.lang.reflect.Array.class.getMethod(what, Object.class, int.class, PRIMS[kind]),
                            jdkArrays[which],
                            index,
                            v);
                    actual = outcome(
                            ours.getMethod(what, Object.class, int.class, PRIMS[kind]), ourArrays[which], index, v);
                }
                case 2 -> {
                    what = "set";
                    expected = outcome(
                            java.lang.reflect.Array.class.getMethod(what, Object.class, int.class, Object.class),
                            jdkArrays[which],
                            index,
                            value);
                    actual = outcome(
                            ours.getMethod(what, Object.class, int.class, Object.class),
                            ourArrays[which],
                            index,
                            value);
                }
                case 3 -> {
                    what = "get";
                    expected = outcome(
                            java.lang.reflect.Array.class.getMethod(what, Object.class, int.class),
                            jdkArrays[which],
                            index);
                    actual = outcome(ours.getMethod(what, Object.class, int.class), ourArrays[which], index);
                }
                default -> {
                    what = "getLength";
                    expected = outcome(java.lang.reflect.Array.class.getMethod(what, Object.class), jdkArrays[which]);
                    actual = outcome(ours.getMethod(what, Object.class), ourArrays[which]);
                }
            }
            String on = what + " on " + contents(jdkArrays[which]) + " [" + index + "] " + value;
            assertEquals(expected, actual, on);
            assertEquals(contents(jdkArrays[which]), contents(ourArrays[which]), on);
        }
    }
}
