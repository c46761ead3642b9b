package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Differential tests of Double/Float toString and parsing against JDK 25, which the spec pins. */
class FloatingConversionTest {
    private static final Shadow SHADOW = new Shadow("java/lang/DoubleToDecimal", "java/lang/DecimalToDouble");
    private static final Method DOUBLE_TO_STRING = SHADOW.method("java/lang/DoubleToDecimal", "toString", double.class);
    private static final Method FLOAT_TO_STRING = SHADOW.method("java/lang/DoubleToDecimal", "toString", float.class);
    private static final Method PARSE_DOUBLE = SHADOW.method("java/lang/DecimalToDouble", "parseDouble", String.class);
    private static final Method PARSE_FLOAT = SHADOW.method("java/lang/DecimalToDouble", "parseFloat", String.class);

    private static void checkDouble(double d) throws Throwable {
        String expected = Double.toString(d);
        assertEquals(
                expected,
                Shadow.call(DOUBLE_TO_STRING, d),
                () -> "toString of bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        assertEquals(
                Double.doubleToLongBits(d),
                Double.doubleToLongBits((double) Shadow.call(PARSE_DOUBLE, expected)),
                () -> "parseDouble(\"" + expected + "\")");
    }

    private static void checkFloat(float f) throws Throwable {
        String expected = Float.toString(f);
        assertEquals(
                expected,
                Shadow.call(FLOAT_TO_STRING, f),
                () -> "toString of bits " + Integer.toHexString(Float.floatToRawIntBits(f)));
        assertEquals(
                Float.floatToIntBits(f),
                Float.floatToIntBits((float) Shadow.call(PARSE_FLOAT, expected)),
                () -> "parseFloat(\"" + expected + "\")");
    }

    @Test
    void specialAndBoundaryDoubles() throws Throwable {
        double[] values = {
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.2,
            0.3,
            1.0 / 3,
            2.0 / 3,
            100.0,
            1e7,
            9999999.0,
            1e-3,
            9.99e-4,
            1e10,
            1e-5,
            1e23,
            2e23,
            8.41e21,
            5e-324,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            Math.nextDown(Double.MIN_NORMAL),
            Math.PI,
            Math.E,
            123456789012345678.0,
            0.001,
            1234567.0,
            12345678.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            4.35,
            2.5e-8,
            1.0E22,
            9007199254740993.0
        };
        for (double d : values) {
            checkDouble(d);
        }
        for (int e = -325; e <= 308; e++) {
            checkDouble(Double.parseDouble("1e" + e));
            checkDouble(Double.parseDouble("9.999999999999999e" + e));
        }
        for (int e = -1074; e <= 1023; e++) {
            checkDouble(Math.scalb(1.0, e));
            checkDouble(Math.nextUp(Math.scalb(1.0, e)));
            checkDouble(Math.nextDown(Math.scalb(1.0, e)));
        }
    }

    @Test
    void randomBitPatterns() throws Throwable {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 20_000; i++) {
            checkDouble(Double.longBitsToDouble(random.nextLong()));
            checkFloat(Float.intBitsToFloat(random.nextInt()));
        }
        for (int i = 0; i < 5_000; i++) {
            checkDouble(random.nextLong() >> random.nextInt(64));
            checkFloat(random.nextInt() >> random.nextInt(32));
            checkDouble(random.nextDouble() * 1000);
            checkDouble((double) random.nextInt(1_000_000) / 1000);
            checkFloat((float) random.nextInt(1_000_000) / 100);
        }
    }

    @Test
    void shortDecimalsAtEveryScale() throws Throwable {
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 20_000; i++) {
            long digits = random.nextLong(1, 1_000_000_000_000_000L) / POW10[random.nextInt(0, 16)];
            checkDouble(Double.parseDouble(digits + "e" + random.nextInt(-30, 30)));
        }
    }

    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L
    };

    @Test
    void floatBoundaries() throws Throwable {
        float[] values = {
            0f,
            -0f,
            1f,
            0.1f,
            1.0E10f,
            1e-5f,
            Float.MIN_VALUE,
            Float.MIN_NORMAL,
            Float.MAX_VALUE,
            3.4028235e38f,
            1.17549435E-38f,
            16777216f,
            16777217f,
            0.3f
        };
        for (float f : values) {
            checkFloat(f);
        }
        for (int e = -149; e <= 127; e++) {
            checkFloat(Math.scalb(1.0f, e));
            checkFloat(Math.nextUp(Math.scalb(1.0f, e)));
        }
    }

    @Test
    void parsingOfUnusualInput() throws Throwable {
        String[] inputs = {
            "1",
            "-1",
            "+1.5",
            ".5",
            "5.",
            "  42  ",
            "1e400",
            "-1e400",
            "1e-400",
            "0e0",
            "123456789012345678901234567890",
            "0.000000000000000000000000000001234",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000000000000000000000001",
            "1.5f",
            "2d",
            "NaN",
            "-Infinity",
            "+Infinity",
            "0.1e-0",
            "1E+2",
            "00000.000001"
        };
        for (String s : inputs) {
            assertEquals(
                    Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits((double) Shadow.call(PARSE_DOUBLE, s)),
                    s);
            assertEquals(
                    Float.floatToRawIntBits(Float.parseFloat(s)),
                    Float.floatToRawIntBits((float) Shadow.call(PARSE_FLOAT, s)),
                    s);
        }
        for (String bad : new String[] {"", "abc", "1e", "--1", "1.2.3", ".", "e5", "1 2", "Infinityx"}) {
            NumberFormatException ours =
                    assertThrows(NumberFormatException.class, () -> Shadow.call(PARSE_DOUBLE, bad));
            NumberFormatException jdk = assertThrows(NumberFormatException.class, () -> Double.parseDouble(bad));
            assertEquals(jdk.getMessage(), ours.getMessage());
        }
    }
}
