package golden;

/** Golden input: arithmetic with Java semantics, loops, a switch, array access. */
public final class Arith {
    private Arith() {}

    static int mix(int a, int b, long c, double d) {
        int q = a / b + a % b;
        long s = (c << a) >>> 3;
        int t = (int) d + (int) (s ^ c);
        return q + t + (a > b ? 1 : -1);
    }

    static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    /** spectral-norm's matrix entry: a division by a constant cannot throw, so no check, no frame. */
    static double entry(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    /** A counted loop calling straight-line code: no poll, no line store, no pending check. */
    static double row(int i, double[] v) {
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            sum += entry(i, j) * v[j];
        }
        return sum;
    }

    static String name(int day) {
        switch (day) {
            case 0: return "sun";
            case 1: return "mon";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        System.out.println(mix(7, 2, 5L, 2.5) + sum(new int[] {1, 2}) + name(args.length));
        System.out.println(Calls.run(new Calls.Loud(), "you"));
        System.out.println(row(args.length, new double[] {1, 2}));
    }
}
