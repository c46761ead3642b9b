package corpus;

/** float and double edges: conversions to integers, NaN comparisons, remainders, signed zero, sqrt. */
public final class FloatEdges {
    private FloatEdges() {}

    static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    static String bits(float f) {
        return Integer.toHexString(Float.floatToRawIntBits(f));
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double[] ds = {
            0.0,
            -0.0,
            1.5,
            -1.5,
            2.5,
            -2.5,
            1e10,
            -1e10,
            1e19,
            -1e19,
            1e300,
            -1e300,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            nan,
            2147483647.5,
            -2147483648.5,
            9.223372036854776E18,
            Double.MIN_VALUE,
            Double.MAX_VALUE
        };
        for (double d : ds) {
            System.out.println(bits(d) + " -> " + (int) d + " " + (long) d + " " + (int) (float) d + " "
                    + (long) (float) d + " " + bits((float) d) + " " + (short) d + " " + (int) (char) d);
        }
        float[] fs = {0.1f, -0.0f, Float.NaN, 3.4e38f, Float.MIN_VALUE, 16777217f, 1e-40f};
        for (float f : fs) {
            System.out.println(bits(f) + " -> " + bits((double) f) + " " + (int) f + " " + (long) f);
        }
        double[] pair = {nan, 1.0, -0.0, 0.0};
        for (double a : pair) {
            for (double b : pair) {
                System.out.println((a < b) + " " + (a <= b) + " " + (a > b) + " " + (a >= b) + " " + (a == b) + " "
                        + (a != b) + " " + Double.compare(a, b) + " " + ((float) a < (float) b) + " "
                        + ((float) a > (float) b));
            }
        }
        double[] num = {5.5, -5.5, 1e17, 0.0, -0.0, 7.0, Double.POSITIVE_INFINITY, nan};
        double[] den = {2.0, -2.0, 3.0, 0.0, Double.POSITIVE_INFINITY, 1e-300};
        for (double a : num) {
            StringBuilder line = new StringBuilder();
            for (double b : den) {
                line.append(bits(a % b))
                        .append(' ')
                        .append(bits((float) a % (float) b))
                        .append(' ');
            }
            System.out.println(line);
        }
        System.out.println(bits(0.1 + 0.2) + " " + bits(0.1f + 0.2f) + " " + bits(1.0 / 3.0) + " " + bits(1.0f / 3.0f));
        System.out.println(bits(Math.sqrt(2.0)) + " " + bits(Math.sqrt(-1.0)) + " " + bits(Math.sqrt(-0.0)));
        System.out.println(bits(1.0 / 0.0) + " " + bits(-1.0 / 0.0) + " " + bits(0.0 / 0.0) + " " + bits(-(0.0)));
        float f = 16777216f;
        f += 1f;
        double d = 1e308;
        d *= 10;
        System.out.println(bits(f) + " " + bits(d) + " " + bits((float) 1e40) + " " + bits((double) Long.MAX_VALUE)
                + " " + bits((float) Long.MIN_VALUE) + " " + bits((float) 0x7fffffbf));
        double x = 1.0000000000000002;
        double y = x * x - 1.0;
        System.out.println(bits(y) + " " + bits(x * 3.0 + 1e-16));
        System.out.println(
                Double.doubleToRawLongBits(Double.longBitsToDouble(0x7ff0000000000123L)) == 0x7ff0000000000123L);
    }
}
