package corpus;

/** Unsigned int/long helpers and the common String.format conversions with widths and flags. */
public final class UnsignedAndFormat {
    private UnsignedAndFormat() {}

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, -123456789};
        for (int i : ints) {
            System.out.println(i + " unsigned " + Integer.toUnsignedString(i) + " long " + Integer.toUnsignedLong(i)
                    + " /7 " + Integer.divideUnsigned(i, 7) + " %7 " + Integer.remainderUnsigned(i, 7)
                    + " cmp1 " + Integer.compareUnsigned(i, 1));
        }
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.parseUnsignedInt("ffff0000", 16));
        try {
            Integer.parseUnsignedInt("4294967296");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseUnsignedInt("-1");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        long[] longs = {-1L, Long.MIN_VALUE, 1L << 63 | 12345, 42};
        for (long l : longs) {
            System.out.println(Long.toUnsignedString(l) + " /10 " + Long.divideUnsigned(l, 10) + " %10 "
                    + Long.remainderUnsigned(l, 10) + " cmp " + Long.compareUnsigned(l, 42) + " hex "
                    + Long.toHexString(l));
        }
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " "
                + Long.toUnsignedString(-2L, 2).length());

        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%+d]", 42, 42, 42, 42, 1234567, 7));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S]", "ukl", "ukl", "ukl", "unikernel", "loud"));
        System.out.println(String.format("[%x] [%X] [%08x] [%o] [%x]", 255, 255, 48879, 8, -1));
        System.out.println(String.format("[%c] [%c] [%3c] [%b] [%b] [%b]", 'a', 66, 'z', true, null, "x"));
        System.out.println(
                String.format("[%.2f] [%8.3f] [%-8.1f] [%e] [%.0f]", Math.PI, Math.E, -2.25, 12345.678, 2.5));
        System.out.print(String.format("100%% done%n"));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b"));
    }
}
