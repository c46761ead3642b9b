package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Math's exact (non-transcendental) functions against the JDK's, bit for bit and exception for exception. */
class MathTest {
    private static final Shadow SHADOW = new Shadow(
            "java/lang/Math",
            "java/lang/StrictMath",
            "java/lang/FdLibm",
            "java/lang/FdLibmPow",
            "java/lang/FdLibmTrig",
            "java/lang/RemPio2Large");

    private static String outcome(Method m, Object... args) {
        try {
            Object r = m.invoke(null, args);
            return r instanceof Double d
                    ? Long.toHexString(Double.doubleToRawLongBits(d))
                    : r instanceof Float f ? Integer.toHexString(Float.floatToRawIntBits(f)) : String.valueOf(r);
        } catch (InvocationTargetException e) {
            return e.getCause().toString();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void compare(String name, Class<?>[] types, Object... args) throws Exception {
        Method jdk = Math.class.getMethod(name, types);
        Method ours = SHADOW.method("java/lang/Math", name, types);
        assertEquals(outcome(jdk, args), outcome(ours, args), () -> name + java.util.Arrays.toString(args));
    }

    @Test
    void exactFunctionsMatchTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(13);
        double[] specials = {
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            4503599627370497.0,
            1e300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        Class<?>[] d = {double.class};
        Class<?>[] dd = {double.class, double.class};
        Class<?>[] f = {float.class};
        Class<?>[] ii = {int.class, int.class};
        Class<?>[] ll = {long.class, long.class};
        for (int k = 0; k < 5000; k++) {
            double x = k < specials.length
                    ? specials[k]
                    : switch (k % 3) {
                        case 0 -> Double.longBitsToDouble(random.nextLong());
                        case 1 -> (random.nextDouble() - 0.5) * Math.pow(2, random.nextInt(-60, 60));
                        default -> random.nextInt(-100, 100) / 4.0;
                    };
            double y = specials[random.nextInt(specials.length)];
            for (String name : new String[] {
                "floor", "ceil", "rint", "round", "abs", "signum", "ulp", "nextUp", "nextDown", "getExponent"
            }) {
                compare(name, d, x);
                compare(name.equals("rint") || name.equals("floor") || name.equals("ceil") ? "abs" : name, f, (float)
                        x);
            }
            for (String name : new String[] {"max", "min", "copySign", "nextAfter"}) {
                compare(name, dd, x, y);
                compare(name, dd, y, x);
            }
            compare("scalb", new Class<?>[] {double.class, int.class}, x, random.nextInt(-2100, 2100));
            compare("scalb", new Class<?>[] {float.class, int.class}, (float) x, random.nextInt(-300, 300));
            int a = random.nextInt() >> random.nextInt(32);
            int b = random.nextInt() >> random.nextInt(32);
            long la = random.nextLong() >> random.nextInt(64);
            long lb = random.nextLong() >> random.nextInt(64);
            for (String name :
                    new String[] {"addExact", "subtractExact", "multiplyExact", "floorDiv", "floorMod", "ceilDiv"}) {
                compare(name, ii, a, b);
                compare(name, ll, la, lb);
            }
            compare("multiplyHigh", ll, la, lb);
            compare("toIntExact", new Class<?>[] {long.class}, la);
            compare("negateExact", new Class<?>[] {int.class}, k < 3 ? Integer.MIN_VALUE : a);
            compare("absExact", new Class<?>[] {long.class}, k < 3 ? Long.MIN_VALUE : la);
            compare("clamp", new Class<?>[] {long.class, int.class, int.class}, la, Math.min(a, b), Math.max(a, b));
        }
    }
}
