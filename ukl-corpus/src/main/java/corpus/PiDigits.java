package corpus;

import java.math.BigInteger;

/**
 * The Computer Language Benchmarks Game's pidigits in plain Java: Gibbons' unbounded spigot for
 * the digits of pi over BigInteger, printed ten to a line with the running count. The number of
 * digits is the first argument (1,000 without one).
 */
public final class PiDigits {
    private static final BigInteger THREE = BigInteger.valueOf(3);
    private static final BigInteger FOUR = BigInteger.valueOf(4);

    private BigInteger q = BigInteger.ONE;
    private BigInteger r = BigInteger.ZERO;
    private BigInteger t = BigInteger.ONE;
    private int k;

    private PiDigits() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        new PiDigits().print(n);
    }

    private void print(int n) {
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < n) {
            nextTerm();
            if (q.compareTo(r) > 0) {
                continue;
            }
            int d = extract(THREE);
            if (d != extract(FOUR)) {
                continue;
            }
            line.append(d);
            i++;
            if (i % 10 == 0) {
                System.out.println(line + "\t:" + i);
                line.setLength(0);
            }
            eliminate(d);
        }
        if (line.length() > 0) {
            System.out.println(line + " ".repeat(10 - line.length()) + "\t:" + n);
        }
    }

    private void nextTerm() {
        k++;
        BigInteger k2 = BigInteger.valueOf(2L * k + 1);
        r = q.shiftLeft(1).add(r).multiply(k2);
        q = q.multiply(BigInteger.valueOf(k));
        t = t.multiply(k2);
    }

    private int extract(BigInteger nth) {
        return q.multiply(nth).add(r).divide(t).intValue();
    }

    private void eliminate(int d) {
        r = r.subtract(t.multiply(BigInteger.valueOf(d))).multiply(BigInteger.TEN);
        q = q.multiply(BigInteger.TEN);
    }
}
