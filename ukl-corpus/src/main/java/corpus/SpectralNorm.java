package corpus;

/**
 * The Computer Language Benchmarks Game's spectral-norm in plain Java, on one thread: the largest
 * eigenvalue of an infinite matrix by the power method, a loop of double multiplications and
 * divisions over arrays. The matrix order is the first argument (100 without one).
 */
public final class SpectralNorm {
    private SpectralNorm() {}

    private static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    private static void times(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    private static void timesTransposed(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    private static void timesAtA(double[] v, double[] out, double[] tmp) {
        times(v, tmp);
        timesTransposed(tmp, out);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            timesAtA(u, v, tmp);
            timesAtA(v, u, tmp);
        }
        double vBv = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println(String.format("%.9f", Math.sqrt(vBv / vv)));
    }
}
