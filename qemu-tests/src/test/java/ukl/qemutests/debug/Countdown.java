package ukl.qemutests.debug;

/** A program to step through in gdb: a loop with a local that changes on every turn. */
public final class Countdown {
    private Countdown() {}

    public static void main(String[] args) {
        // Parsed on both paths: with a constant 5 on one of them, gcc inlines sum into main twice and
        // skips, on that path, the instruction its DWARF names as sum's entry (see GdbTest).
        int n = Integer.parseInt(args.length > 0 ? args[0] : "5");
        System.out.println("sum " + sum(n));
    }

    static int sum(int n) {
        int total = 0;
        for (int i = n; i > 0; i--) {
            total += i * i; // breakpoint here
        }
        return total;
    }
}
