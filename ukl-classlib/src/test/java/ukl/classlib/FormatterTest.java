package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** String.format's engine against the JDK's Formatter (root locale symbols). */
class FormatterTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/FormatSpec",
            "java/util/IllegalFormatException",
            "java/util/UnknownFormatConversionException",
            "java/util/MissingFormatArgumentException",
            "java/util/IllegalFormatConversionException");
    private static final Method APPLY = SHADOW.method("java/util/FormatSpec", "apply", String.class, Object[].class);

    private static void check(String format, Object... args) throws Throwable {
        assertEquals(String.format(Locale.ROOT, format, args), Shadow.call(APPLY, format, args), format);
    }

    @Test
    void commonConversions() throws Throwable {
        check(
                "plain %s and %S, %5s|%-5s|%.2s|%b %B %b %c %c %%%n",
                "x", "low", "r", "l", "truncate", null, true, "s", 'q', 65);
        check(
                "%d %5d %-5d| %05d %+d % d %,d %(d %x %X %o %#x %#o",
                42, 42, 42, -42, 42, 42, -1234567, -5, -1, 255, 8, 255, 8);
        check("%x %x %x %o", (byte) -1, (short) -1, -1L, (byte) -2);
        check("%08x %08X %#010x %06o %#06o %-8x| %3x", 48879, 48879, 48879, 8, 8, 48879, 48879);
        check("%2$s %1$s %<s %s", "a", "b");
        check("%h %h", "hi", null);
        check("%,d %,d %,d", 999, 1000, Long.MIN_VALUE);
    }

    @Test
    void floatingPointRoundsTheShortestDecimalHalfUp() throws Throwable {
        double[] values = {
            0.0,
            -0.0,
            1.0,
            1.005,
            0.125,
            2.5,
            -2.5,
            0.5,
            1e-7,
            123456.789,
            9.9999,
            99.995,
            1e20,
            1.5e300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Math.PI,
            0.05
        };
        String[] formats = {
            "%f",
            "%.0f",
            "%.1f",
            "%.2f",
            "%.3f",
            "%10.3f",
            "%-10.1f|",
            "%+.2f",
            "%,.2f",
            "%010.2f",
            "%(.1f",
            "%e",
            "%.0e",
            "%.2e",
            "%E",
            "%12.4e",
            "%#.0f",
            "%.12f"
        };
        for (String f : formats) {
            for (double v : values) {
                check(f, v);
                check(f, (float) v);
            }
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 3000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 12));
            check("%." + random.nextInt(0, 9) + "f %." + random.nextInt(0, 9) + "e", v, v);
        }
    }
}
