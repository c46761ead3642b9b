package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** java.text's DecimalFormat and NumberFormat against the JDK's (US symbols) on random values. */
class DecimalFormatTest {
    static final Shadow SHADOW = new Shadow(
            "java/text/Format",
            "java/text/Format$Field",
            "java/text/NumberFormat",
            "java/text/DecimalFormat",
            "java/text/DecimalPattern",
            "java/text/DecimalFormatSymbols",
            "java/text/Digits",
            "java/text/FieldPosition",
            "java/text/ParsePosition",
            "java/text/ParseException");

    static final String[] PATTERNS = {
        "#,##0.###",
        "#,##0",
        "#,##0%",
        "\u00a4#,##0.00",
        "#,##0.00",
        "0.###",
        "0.00",
        "0",
        "#",
        "0.0",
        "#.##",
        "00.00",
        "0.00E0",
        "##0.###E0",
        "0.###E0",
        "00.##E0",
        "#,##0.00;(#,##0.00)",
        "$#,##0.00;-$#,##0.00",
        "'#'0",
        "0.0'%'",
        "#,##0.0\u2030",
        "0.000E00",
        "#,#00.0#",
        "'x'#,##0.00' units'",
        ".##",
        "#.",
        "0.#####",
        "\u00a4\u00a4 #,##0.00",
        "#,###,##0.00",
        "0,000",
        "0.00;-0.00",
        "000000",
        "0.##%",
        "#E0"
    };

    private final SplittableRandom random = new SplittableRandom(7_12_2026);

    static Object ours(String pattern, RoundingMode mode) {
        try {
            Class<?> symbols = SHADOW.type("java/text/DecimalFormatSymbols");
            Object s = symbols.getConstructor(Locale.class).newInstance(Locale.US);
            Object f = SHADOW.type("java/text/DecimalFormat")
                    .getConstructor(String.class, symbols)
                    .newInstance(pattern, s);
            f.getClass().getMethod("setRoundingMode", RoundingMode.class).invoke(f, mode);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static DecimalFormat jdk(String pattern, RoundingMode mode) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(mode);
        return f;
    }

    static void compare(DecimalFormat jdk, Object ours, String name, Object... args) {
        String expected = BigIntegerTest.outcome(jdk.getClass(), jdk, name, args);
        String actual =
                BigIntegerTest.outcome(ours.getClass(), ours, name, args).replace("shadow.", "java.text.");
        assertEquals(
                expected,
                actual,
                () -> jdk.toPattern() + " " + jdk.getRoundingMode() + " " + name + " "
                        + java.util.Arrays.toString(args));
    }

    double value() {
        return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> random.nextInt(-100000, 100000) / 1000.0;
            case 2 -> random.nextInt(-1000, 1000) / 8.0;
            case 3 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 20));
            case 4 -> random.nextInt(-2000, 2000) * 0.005;
            default ->
                new double[] {
                            0.0,
                            -0.0,
                            Double.NaN,
                            Double.POSITIVE_INFINITY,
                            Double.NEGATIVE_INFINITY,
                            0.5,
                            1.5,
                            2.5,
                            -2.5,
                            0.125,
                            1.005,
                            0.15,
                            0.35,
                            1e-9,
                            123456789.987,
                            Double.MAX_VALUE,
                            Double.MIN_VALUE
                        }
                        [random.nextInt(17)];
        };
    }

    @Test
    void formatsDoublesLongsAndBigNumbersAsTheJdk() {
        RoundingMode[] modes = RoundingMode.values();
        for (int i = 0; i < 6000; i++) {
            String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            RoundingMode mode = random.nextInt(3) == 0 ? modes[random.nextInt(modes.length)] : RoundingMode.HALF_EVEN;
            DecimalFormat jdk = jdk(pattern, mode);
            Object ours = ours(pattern, mode);
            compare(jdk, ours, "toPattern");
            compare(jdk, ours, "format", value());
            compare(jdk, ours, "format", random.nextLong() >> random.nextInt(64));
            BigDecimal d = new BigDecimal(
                    new BigInteger(random.nextInt(1, 90), new Random(random.nextLong())), random.nextInt(-5, 15));
            compare(jdk, ours, "format", random.nextBoolean() ? d : d.negate());
            compare(jdk, ours, "format", new BigInteger(random.nextInt(1, 100), new Random(random.nextLong())));
            compare(jdk, ours, "getPositivePrefix");
            compare(jdk, ours, "getNegativePrefix");
            compare(jdk, ours, "getNegativeSuffix");
            compare(jdk, ours, "getMaximumFractionDigits");
            compare(jdk, ours, "getMinimumIntegerDigits");
            compare(jdk, ours, "getMaximumIntegerDigits");
            compare(jdk, ours, "getGroupingSize");
            compare(jdk, ours, "getMultiplier");
        }
    }

    @Test
    void digitSettersAndGrouping() {
        for (int i = 0; i < 2000; i++) {
            String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            DecimalFormat jdk = jdk(pattern, RoundingMode.HALF_EVEN);
            Object ours = ours(pattern, RoundingMode.HALF_EVEN);
            for (String setter : new String[] {
                "setMinimumFractionDigits",
                "setMaximumFractionDigits",
                "setMinimumIntegerDigits",
                "setMaximumIntegerDigits"
            }) {
                if (random.nextInt(3) == 0) {
                    compare(jdk, ours, setter, random.nextInt(0, 8));
                }
            }
            if (random.nextInt(4) == 0) {
                compare(jdk, ours, "setGroupingUsed", random.nextBoolean());
            }
            if (random.nextInt(4) == 0) {
                compare(jdk, ours, "setGroupingSize", random.nextInt(0, 5));
            }
            compare(jdk, ours, "format", value());
            compare(jdk, ours, "format", random.nextLong() >> random.nextInt(64));
        }
    }

    @Test
    void parsesWhatItFormats() {
        for (int i = 0; i < 3000; i++) {
            String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            DecimalFormat jdk = jdk(pattern, RoundingMode.HALF_EVEN);
            Object ours = ours(pattern, RoundingMode.HALF_EVEN);
            String text = random.nextInt(5) == 0 ? jdk.format(value()) + "xyz" : jdk.format(value());
            if (random.nextInt(6) == 0) {
                text = new String[] {"", "abc", "-", "1,234.5", "(12)", "1.5E3", "12%", "-0", "$5.00", "1,2,3"}
                        [random.nextInt(10)];
            }
            compare(jdk, ours, "parse", text);
            compare(jdk, ours, "setParseBigDecimal", true);
            compare(jdk, ours, "parse", text);
        }
    }

    @Test
    void factoriesAreTheJdksForUs() throws Throwable {
        String[] factories = {
            "getInstance", "getNumberInstance", "getIntegerInstance", "getPercentInstance", "getCurrencyInstance"
        };
        Class<?> ourNumberFormat = SHADOW.type("java/text/NumberFormat");
        for (String factory : factories) {
            DecimalFormat jdk = (DecimalFormat)
                    NumberFormat.class.getMethod(factory, Locale.class).invoke(null, Locale.US);
            Object ours = ourNumberFormat.getMethod(factory, Locale.class).invoke(null, Locale.US);
            compare(jdk, ours, "toPattern");
            for (int i = 0; i < 500; i++) {
                compare(jdk, ours, "format", value());
                compare(jdk, ours, "format", random.nextLong() >> random.nextInt(64));
                compare(jdk, ours, "parse", jdk.format(value()));
            }
        }
    }
}
