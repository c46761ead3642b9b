package corpus;

/** String.format / printf: the common conversions, flags, widths and the JDK's half-up rounding of %f. */
public final class StringFormatting {
    private StringFormatting() {}

    public static void main(String[] args) {
        System.out.println(String.format(
                "[%s] [%10s] [%-10s] [%.3s] [%S] [%b] [%c] [%%]",
                "str", "right", "left", "truncated", "upper", null, 'z'));
        System.out.println(String.format(
                "%d %,d %05d %+d %(d % d %x %X %#x %o %#o", 7, 1234567, -42, 3, -3, 5, 255, 255, 255, 8, 8));
        System.out.println(String.format("%x %x %x", -1, -1L, (byte) -1));
        System.out.println(String.format(
                "%f %.2f %.0f %.0f %.1f %10.3f|%-10.3f|%+.1f %,.2f",
                Math.PI, 1.005, 2.5, 3.5, 0.05, -1.5, 1.5, 2.0, 1234567.891));
        System.out.println(String.format("%e %.2e %E %.0e %12.3e", 12345.678, 0.000123456, 1e300, 9.5, -6.02e23));
        System.out.println(String.format("%.3f %.3f %f %e", Double.NaN, Double.POSITIVE_INFINITY, 0.1f, 1e-300));
        System.out.println(String.format("%2$s-%1$s-%<s %n", "a", "b").trim());
        System.out.println("%d items cost %.2f".formatted(3, 9.999));
        System.out.printf("%s has %d chars%n", "printf", 6);
        System.out.format("%08.3f|%-8d|%8s%n", -3.14159, 42, "pad");
        for (String bad : new String[] {"%q", "%d", "%s %s"}) {
            try {
                System.out.println(String.format(bad, bad.equals("%d") ? "text" : "one"));
            } catch (java.util.IllegalFormatException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
