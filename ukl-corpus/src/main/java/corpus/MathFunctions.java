package corpus;

/**
 * Math and StrictMath. The transcendental functions are printed from StrictMath only: Java SE
 * fixes its results (fdlibm) while Math may differ by an ulp between JVMs.
 */
public final class MathFunctions {
    private MathFunctions() {}

    public static void main(String[] args) {
        double[] xs = {
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.0,
            1.5,
            2.5,
            -2.5,
            3.14159,
            10.0,
            100.75,
            -1234.5678,
            1e-10,
            1e10,
            1e22,
            1e300,
            0.49999999999999994,
            4503599627370497.0,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double x : xs) {
            System.out.println(
                    x + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x) + " rint=" + Math.rint(x) + " round="
                            + Math.round(x) + " roundf=" + Math.round((float) x) + " abs=" + Math.abs(x) + " signum="
                            + Math.signum(x)
                            + " ulp=" + Math.ulp(x) + " exp=" + Math.getExponent(x));
            System.out.println("  sin=" + StrictMath.sin(x) + " cos=" + StrictMath.cos(x) + " tan=" + StrictMath.tan(x)
                    + " atan=" + StrictMath.atan(x));
            System.out.println("  exp=" + StrictMath.exp(x) + " log=" + StrictMath.log(x) + " log10="
                    + StrictMath.log10(x) + " sqrt=" + StrictMath.sqrt(x) + " sqrtM=" + Math.sqrt(x));
        }
        double[][] pairs = {
            {2, 10},
            {2, -2},
            {-2, 3},
            {-2, 0.5},
            {0.5, 2},
            {10, 308},
            {10, 309},
            {2, 1074},
            {-8, 1.0 / 3},
            {1.0000001, 1e9},
            {0, -1},
            {-0.0, -3},
            {Double.NaN, 0},
            {1, Double.POSITIVE_INFINITY},
            {3, 4},
            {-5, 12},
            {1e300, 1e300},
            {1e-320, 3e-320},
            {1, 0},
            {-1, -1}
        };
        for (double[] p : pairs) {
            System.out.println(
                    p[0] + "," + p[1] + " pow=" + StrictMath.pow(p[0], p[1]) + " atan2=" + StrictMath.atan2(p[0], p[1])
                            + " hypot=" + StrictMath.hypot(p[0], p[1]) + " max=" + Math.max(p[0], p[1]) + " min="
                            + Math.min(p[0], p[1])
                            + " copySign=" + Math.copySign(p[0], p[1]));
        }
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += StrictMath.sin(i) * StrictMath.exp(-i / 500.0) + StrictMath.log(i) / StrictMath.pow(i, 0.3);
        }
        System.out.println("sum " + acc);
        System.out.println(StrictMath.sin(1e22) + " " + StrictMath.cos(1e300) + " " + StrictMath.tan(1.5707963267948966)
                + " " + StrictMath.sin(Math.PI) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Float.NaN, 1f) + " "
                + Math.abs(-0.0f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextAfter(0.0, -1)
                + " " + Math.E + " " + Math.PI);
    }
}
