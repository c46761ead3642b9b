package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fdlibm ports must give StrictMath's bits exactly (Java SE requires fdlibm results). */
class StrictMathTest {
    private static final Shadow SHADOW =
            new Shadow("java/lang/FdLibm", "java/lang/FdLibmTrig", "java/lang/RemPio2Large", "java/lang/FdLibmPow");
    private static final String[] UNARY = {"sin", "cos", "tan", "atan", "exp", "log", "log10"};
    private static final String[] BINARY = {"atan2", "pow", "hypot"};

    private static double[] interesting(SplittableRandom random, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = switch (i % 5) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> (random.nextDouble() - 0.5) * 20;
                case 2 -> (random.nextDouble() - 0.5) * 2e6;
                case 3 -> random.nextDouble() * Math.scalb(1.0, random.nextInt(-1074, 1024));
                default -> (double) random.nextInt(-40, 40) / random.nextInt(1, 9);
            };
        }
        return xs;
    }

    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        -2.0,
        0.5,
        -0.5,
        3.0,
        10.0,
        1e-300,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN,
        Math.PI,
        Math.PI / 2,
        Math.PI / 4,
        1e22,
        1e300,
        709.78,
        -745.2,
        2147483649.0,
        1e19,
        -1e19,
        0x1p31 + 1
    };

    @Test
    void unaryFunctionsMatchStrictMath() throws Throwable {
        SplittableRandom random = new SplittableRandom(42);
        double[] xs = interesting(random, 20_000);
        for (String name : UNARY) {
            Method ours = SHADOW.method(
                    "java/lang/" + (name.matches("sin|cos|tan") ? "FdLibmTrig" : "FdLibm"), name, double.class);
            Method jdk = StrictMath.class.getMethod(name, double.class);
            for (double[] set : new double[][] {SPECIAL, xs}) {
                for (double x : set) {
                    double expected = (double) jdk.invoke(null, x);
                    double actual = (double) Shadow.call(ours, x);
                    assertEquals(
                            Double.doubleToLongBits(expected),
                            Double.doubleToLongBits(actual),
                            () -> name + "(" + x + ") = " + expected + " but was " + actual);
                }
            }
        }
    }

    @Test
    void binaryFunctionsMatchStrictMath() throws Throwable {
        SplittableRandom random = new SplittableRandom(7);
        double[] xs = interesting(random, 6_000);
        double[] ys = interesting(random, 6_000);
        for (String name : BINARY) {
            Method ours = SHADOW.method(
                    name.equals("pow") ? "java/lang/FdLibmPow" : "java/lang/FdLibm", name, double.class, double.class);
            Method jdk = StrictMath.class.getMethod(name, double.class, double.class);
            for (int i = 0; i < xs.length; i++) {
                check(name, ours, jdk, xs[i], ys[i]);
            }
            for (double x : SPECIAL) {
                for (double y : SPECIAL) {
                    check(name, ours, jdk, x, y);
                }
            }
        }
    }

    private static void check(String name, Method ours, Method jdk, double x, double y) throws Throwable {
        double expected = (double) jdk.invoke(null, x, y);
        double actual = (double) Shadow.call(ours, x, y);
        assertEquals(
                Double.doubleToLongBits(expected),
                Double.doubleToLongBits(actual),
                () -> name + "(" + x + ", " + y + ") = " + expected + " but was " + actual);
    }
}
