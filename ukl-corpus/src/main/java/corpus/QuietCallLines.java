package corpus;

/**
 * Line numbers in stack traces around calls of methods that cannot throw: a getter, arithmetic
 * with a division by a constant, Math.sqrt. The translator stores no line for such calls (nothing
 * below them can read it, as for the JVM's line table, which only a stack walk consults), and
 * loops calling them go without a safepoint poll; every exception must still name its own line,
 * and its caller's.
 */
public final class QuietCallLines {
    private final int value;

    private QuietCallLines(int value) {
        this.value = value;
    }

    int value() {
        return value;
    }

    static int twice(int x) {
        return x * 2;
    }

    static int half(int x) {
        return x / 2;
    }

    static int index(int[] a, int i) {
        int k = twice(i);
        int m = half(k) + (int) Math.sqrt(k);
        return a[k + m];
    }

    static int divide(QuietCallLines q, int d) {
        int v = q.value();
        int w = twice(v);
        return w / d;
    }

    static double pastTheEnd(double[] v) {
        double sum = 0;
        for (int j = 0; j <= v.length; j++) {
            sum += half(j) * v[j];
        }
        return sum;
    }

    static void report(Throwable t) {
        StackTraceElement[] s = t.getStackTrace();
        System.out.println(t.getClass().getName() + " in " + s[0].getMethodName() + " line " + s[0].getLineNumber()
                + ", called from " + s[1].getMethodName() + " line " + s[1].getLineNumber());
    }

    public static void main(String[] args) {
        int n = args.length + 4;
        System.out.println("sum " + (half(n) + twice(n) + new QuietCallLines(n).value()));
        try {
            int k = twice(n);
            System.out.println(index(new int[k], n));
        } catch (ArrayIndexOutOfBoundsException e) {
            report(e);
        }
        try {
            int d = half(n) - 2;
            System.out.println(divide(new QuietCallLines(n), d));
        } catch (ArithmeticException e) {
            report(e);
        }
        try {
            double[] v = new double[n];
            System.out.println(pastTheEnd(v));
        } catch (ArrayIndexOutOfBoundsException e) {
            report(e);
        }
    }
}
