package ukl.qemutests.debug;

/** A program to step through in gdb: a loop with a local that changes on every turn. */
public final class Countdown {
    private Countdown() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
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
