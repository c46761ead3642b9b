package corpus;

/**
 * The Computer Language Benchmarks Game's spectral-norm in plain Java: the largest eigenvalue of
 * the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by ten power iterations of AᵀA on n
 * elements, printed with nine decimals. Double arithmetic in nested loops. n is the first argument
 * (100 without one).
 */
public final class SpectralNorm {
    private SpectralNorm() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
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

    private static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    private static void timesAtA(double[] x, double[] out, double[] tmp) {
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) sum += a(i, j) * x[j];
            tmp[i] = sum;
        }
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) sum += a(j, i) * tmp[j];
            out[i] = sum;
        }
    }
}
