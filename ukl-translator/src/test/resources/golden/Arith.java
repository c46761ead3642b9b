package golden;

/** Golden input: arithmetic with Java semantics, a loop, a switch, array access. */
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
    }
}
