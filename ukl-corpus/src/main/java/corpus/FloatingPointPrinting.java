package corpus;

/**
 * Double.toString / Float.toString (the JDK 19+ shortest-decimal rules) and parsing: powers of
 * ten, binade boundaries, subnormals, and pseudo-random bit patterns from a fixed seed; every
 * printed value must parse back to the same bits.
 */
public final class FloatingPointPrinting {
    private FloatingPointPrinting() {}

    static long state = 0x9E3779B97F4A7C15L;

    /** SplitMix64 (Steele, Lea, Flood 2014), so that the program needs no java.util.Random. */
    static long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int mismatches;

    static void check(double d) {
        String s = Double.toString(d);
        double back = Double.parseDouble(s);
        if (Double.doubleToLongBits(back) != Double.doubleToLongBits(d)) {
            mismatches++;
            System.out.println("round trip failed: " + s);
        }
    }

    static void check(float f) {
        String s = Float.toString(f);
        float back = Float.parseFloat(s);
        if (Float.floatToIntBits(back) != Float.floatToIntBits(f)) {
            mismatches++;
            System.out.println("round trip failed: " + s);
        }
    }

    public static void main(String[] args) {
        double[] fixed = {
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.2,
            0.1 + 0.2,
            1.0 / 3,
            100.0,
            1e7,
            9999999.0,
            1e-3,
            9.99e-4,
            1e10,
            1e-5,
            1e23,
            2e23,
            5e-324,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            Math.PI,
            Math.E,
            123456789012345678.0,
            1234567.0,
            12345678.0,
            4.35,
            2.5e-8,
            1e22,
            9007199254740993.0,
            0.001,
            1.0E-4,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            2 * Double.MIN_VALUE,
            3 * Double.MIN_VALUE
        };
        for (double d : fixed) {
            System.out.println(d + " " + (float) d + " " + String.valueOf(d) + " " + Double.valueOf(d));
            check(d);
            check((float) d);
        }
        StringBuilder line = new StringBuilder();
        for (int e = -325; e <= 309; e += 7) {
            line.append(Double.parseDouble("1e" + e))
                    .append(' ')
                    .append(Double.parseDouble("3.3e" + e))
                    .append(' ');
            if (line.length() > 100) {
                System.out.println(line);
                line.setLength(0);
            }
        }
        System.out.println(line);
        for (int e = -1074; e <= 1023; e += 41) {
            double p = Math.scalb(1.0, e);
            System.out.println(e + " " + p + " " + Math.nextUp(p) + " " + Math.nextDown(p));
            check(p);
        }
        long hash = 0;
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(next());
            float f = Float.intBitsToFloat((int) next());
            String sd = Double.toString(d);
            String sf = Float.toString(f);
            hash = hash * 31 + sd.hashCode() + 7L * sf.hashCode();
            if (i % 300 == 0) {
                System.out.println(sd + " " + sf);
            }
            check(d);
            check(f);
        }
        System.out.println("hash " + hash + " mismatches " + mismatches);
        String[] inputs = {
            "1",
            "-2.5",
            ".5",
            "5.",
            "  42  ",
            "1e400",
            "-1e-400",
            "1.5f",
            "2D",
            "NaN",
            "-Infinity",
            "123456789012345678901234567890",
            "2.2250738585072012e-308",
            "4.9406564584124654e-324",
            "1.7976931348623159e308",
            "9007199254740993",
            "abc",
            "",
            "1e",
            "1.2.3"
        };
        for (String s : inputs) {
            try {
                System.out.println(
                        "[" + s + "] " + Double.parseDouble(s) + " " + Float.parseFloat(s) + " " + Double.valueOf(s));
            } catch (NumberFormatException e) {
                System.out.println("[" + s + "] " + e.getMessage());
            }
        }
    }
}
