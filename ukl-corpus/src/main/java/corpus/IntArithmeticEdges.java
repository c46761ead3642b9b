package corpus;

/** int and long arithmetic at the edges: division by -1 and 0, remainders, shifts, narrowing, wrapping. */
public final class IntArithmeticEdges {
    private IntArithmeticEdges() {}

    static int div(int a, int b) {
        return a / b;
    }

    static long ldiv(long a, long b) {
        return a / b;
    }

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        int[] divisors = {1, -1, 2, -2, 3, 7, -7, Integer.MAX_VALUE, min};
        int[] dividends = {0, 1, -1, 7, -7, 100, min, Integer.MAX_VALUE};
        for (int a : dividends) {
            StringBuilder line = new StringBuilder();
            for (int b : divisors) {
                line.append(div(a, b)).append(' ').append(a % b).append(' ');
            }
            System.out.println(line);
        }
        long lmin = Long.MIN_VALUE;
        long[] ldivisors = {1, -1, 3, -3, 1L << 40, lmin};
        long[] ldividends = {0, -1, 123456789012345L, -98765432109876L, lmin, Long.MAX_VALUE};
        for (long a : ldividends) {
            StringBuilder line = new StringBuilder();
            for (long b : ldivisors) {
                line.append(ldiv(a, b)).append(' ').append(a % b).append(' ');
            }
            System.out.println(line);
        }
        try {
            System.out.println(div(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("int: " + e.getMessage());
        }
        try {
            System.out.println(5L % (args.length * 0L));
        } catch (ArithmeticException e) {
            System.out.println("long: " + e.getMessage());
        }
        int[] counts = {0, 1, 31, 32, 33, -1, 63, 64, 65, 1000};
        int x = 0x87654321;
        long y = 0x8765432187654321L;
        for (int n : counts) {
            System.out.println(n + ": " + (x << n) + " " + (x >> n) + " " + (x >>> n) + " " + (y << n) + " " + (y >> n)
                    + " " + (y >>> n));
        }
        int big = 0x12345fff;
        System.out.println(
                (byte) big + " " + (short) big + " " + (int) (char) big + " " + (byte) 0x80 + " " + (char) 0x41);
        System.out.println((Integer.MAX_VALUE + 1) + " " + (Long.MAX_VALUE + 1) + " " + (min * -1) + " " + (-min) + " "
                + Math.abs(min));
        System.out.println((int) 123456789012345L + " " + (long) -5 + " " + (0xffffffffL & -1));
        int acc = 17;
        for (int i = 0; i < 100; i++) {
            acc = acc * 1103515245 + 12345;
            acc ^= acc >>> 7;
        }
        long lacc = 1;
        for (int i = 0; i < 100; i++) {
            lacc = lacc * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println(acc + " " + lacc);
        System.out.println(Long.compare(3, 4) + " " + Long.compare(lmin, 0) + " " + (lmin < Long.MAX_VALUE));
        short s = -32768;
        s--;
        byte b = 127;
        b++;
        char c = 0;
        c--;
        System.out.println(s + " " + b + " " + (int) c);
        int i = 5;
        i += 1000;
        i -= -2000000000;
        System.out.println(i);
    }
}
