package ukl.classlib;

import static ukl.classlib.BigIntegerTest.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * java.math.BigDecimal against the JDK's on random values: results compared by toString (so the
 * scale must agree too), exceptions by class and message.
 */
class BigDecimalTest {
    private final SplittableRandom random = new SplittableRandom(4122026);
    private static final RoundingMode[] MODES = RoundingMode.values();

    BigDecimal value() {
        int bits =
                switch (random.nextInt(5)) {
                    case 0 -> random.nextInt(0, 8);
                    case 1, 2 -> random.nextInt(0, 64);
                    case 3 -> random.nextInt(0, 200);
                    default -> random.nextInt(0, 1200);
                };
        BigInteger unscaled = new BigInteger(bits, new Random(random.nextLong()));
        if (random.nextInt(4) == 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(0, 6)));
        }
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(-12, 30));
    }

    /** A divisor whose quotients often terminate: 2^a·5^b times a small odd factor now and then. */
    BigDecimal divisor() {
        if (random.nextInt(3) == 0) {
            return value();
        }
        BigInteger d = BigInteger.TWO
                .pow(random.nextInt(0, 20))
                .multiply(BigInteger.valueOf(5).pow(random.nextInt(0, 20)));
        if (random.nextInt(4) == 0) {
            d = d.multiply(BigInteger.valueOf(random.nextInt(1, 40)));
        }
        return new BigDecimal(random.nextBoolean() ? d : d.negate(), random.nextInt(-5, 15));
    }

    MathContext context() {
        return switch (random.nextInt(6)) {
            case 0 -> MathContext.DECIMAL32;
            case 1 -> MathContext.DECIMAL64;
            case 2 -> MathContext.DECIMAL128;
            default -> new MathContext(random.nextInt(0, 40), MODES[random.nextInt(MODES.length)]);
        };
    }

    @Test
    void arithmetic() {
        for (int i = 0; i < 4000; i++) {
            BigDecimal a = value();
            BigDecimal b = random.nextInt(3) == 0 ? divisor() : value();
            MathContext mc = context();
            check(a, "add", b);
            check(a, "subtract", b);
            check(a, "multiply", b);
            check(a, "add", b, mc);
            check(a, "subtract", b, mc);
            check(a, "multiply", b, mc);
            check(a, "divide", b);
            check(a, "divide", b, mc);
            check(a, "divide", b, random.nextInt(-5, 30), MODES[random.nextInt(MODES.length)]);
            check(a, "divide", b, MODES[random.nextInt(MODES.length)]);
            check(a, "divide", b, random.nextInt(-1, 9));
            check(a, "divideToIntegralValue", b);
            check(a, "remainder", b);
            check(a, "divideAndRemainder", b);
            check(a, "compareTo", b);
            check(a, "equals", b);
            check(a, "equals", a.setScale(a.scale() + 1));
            check(a, "min", b);
            check(a, "max", b);
            check(a, "pow", random.nextInt(-1, 8));
            check(a, "round", mc);
            check(a, "plus", mc);
            check(a, "abs", mc);
            check(a, "negate", mc);
        }
    }

    @Test
    void scalesAndConversions() {
        for (int i = 0; i < 4000; i++) {
            BigDecimal a = value();
            int n = random.nextInt(-15, 35);
            check(a, "toString");
            check(a, "toPlainString");
            check(a, "toEngineeringString");
            check(a, "hashCode");
            check(a, "signum");
            check(a, "scale");
            check(a, "precision");
            check(a, "unscaledValue");
            check(a, "negate");
            check(a, "abs");
            check(a, "ulp");
            check(a, "stripTrailingZeros");
            check(a, "setScale", n, MODES[random.nextInt(MODES.length)]);
            check(a, "setScale", n);
            check(a, "setScale", n, random.nextInt(-1, 9));
            check(a, "movePointLeft", n);
            check(a, "movePointRight", n);
            check(a, "scaleByPowerOfTen", n);
            check(a, "toBigInteger");
            check(a, "toBigIntegerExact");
            check(a, "intValue");
            check(a, "longValue");
            check(a, "intValueExact");
            check(a, "longValueExact");
            check(a, "doubleValue");
            check(a, "floatValue");
            check(BigDecimal.class, "valueOf", random.nextLong() >> random.nextInt(64));
            check(BigDecimal.class, "valueOf", random.nextLong() >> random.nextInt(64), n);
        }
    }

    @Test
    void stringsAndDoubles() {
        Class<?>[] string = {String.class};
        for (int i = 0; i < 3000; i++) {
            BigDecimal a = value();
            for (String s : new String[] {a.toString(), a.toPlainString(), a.toEngineeringString()}) {
                check(BigDecimal.class, "new", s);
            }
            double d =
                    switch (random.nextInt(3)) {
                        case 0 -> Double.longBitsToDouble(random.nextLong());
                        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-10, 12));
                        default -> random.nextInt(-100000, 100000) / 100.0;
                    };
            check(BigDecimal.class, "new", d);
            check(BigDecimal.class, "valueOf", d);
            check(BigDecimal.class, "new", d, context());
            check(BigDecimal.class, "new", a.toString(), context());
        }
        String[] odd = {
            "",
            "-",
            "+",
            ".",
            "1.",
            ".5",
            "-.5e3",
            "1e",
            "1e+",
            "1E-",
            "1.2.3",
            "12x",
            "1e5x",
            "0E+7",
            "1234567890123456789012345x",
            "1e12345678901",
            "1e0000000000005",
            "+0.000",
            "١٢٣.٤",
            "1_000",
            " 1",
            "1e-2147483649"
        };
        for (String s : odd) {
            check(BigDecimal.class, "new", s);
        }
    }
}
