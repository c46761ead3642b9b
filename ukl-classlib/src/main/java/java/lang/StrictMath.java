package java.lang;

/**
 * fdlibm's results (the Java SE specification requires them for StrictMath). The functions are
 * written from the published fdlibm 5.3 algorithms (Sun Microsystems, 1993); each cites its
 * source file.
 */
public final class StrictMath {
    public static final double E = Math.E;
    public static final double PI = Math.PI;

    private StrictMath() {}

    public static native double sqrt(double a);

    public static double sin(double a) {
        return FdLibmTrig.sin(a);
    }

    public static double cos(double a) {
        return FdLibmTrig.cos(a);
    }

    public static double tan(double a) {
        return FdLibmTrig.tan(a);
    }

    public static double atan(double a) {
        return FdLibm.atan(a);
    }

    public static double exp(double a) {
        return FdLibm.exp(a);
    }

    public static double log(double a) {
        return FdLibm.log(a);
    }

    public static double log10(double a) {
        return FdLibm.log10(a);
    }

    public static double atan2(double y, double x) {
        return FdLibm.atan2(y, x);
    }

    public static double pow(double a, double b) {
        return FdLibmPow.pow(a, b);
    }

    public static double hypot(double x, double y) {
        return FdLibm.hypot(x, y);
    }

    public static double floor(double a) {
        return FdLibm.floor(a);
    }

    public static double ceil(double a) {
        if (!(Math.abs(a) < 0x1p52)) {
            return a;
        }
        double r = (long) a;
        if (r == a) {
            return a;
        }
        if (a > 0) {
            return r + 1.0;
        }
        return r == 0.0 ? -0.0 : r;
    }

    /** Round half even: adding and subtracting 2^52 leaves no fraction bits (IEEE 754 §4.3.1). */
    public static double rint(double a) {
        double twoToThe52 = 0x1p52;
        double sign = Math.copySign(1.0, a);
        double m = Math.abs(a);
        if (m < twoToThe52) {
            m = twoToThe52 + m - twoToThe52;
        }
        return sign * m;
    }

    public static double abs(double a) {
        return Math.abs(a);
    }

    public static int abs(int a) {
        return Math.abs(a);
    }

    public static long abs(long a) {
        return Math.abs(a);
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    public static long round(double a) {
        return Math.round(a);
    }

    public static double signum(double d) {
        return Math.signum(d);
    }
}
