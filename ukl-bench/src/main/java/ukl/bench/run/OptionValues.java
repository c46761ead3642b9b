package ukl.bench.run;

import java.util.Arrays;
import java.util.List;

/**
 * The values of the benchmarks' options, checked: a bad one is an {@link IllegalArgumentException}
 * that names the option, the value and what it must be.
 */
public final class OptionValues {
    private OptionValues() {}

    /**
     * The options of a command line, one {@link #next()} at a time, each with its value; a bare
     * {@code --quick} is passed over (the caller reads it first, as it changes the defaults).
     */
    public static final class Args {
        private final String[] args;
        private final String usage;
        private int next;
        private String option;
        private String value;

        public Args(String[] args, String usage) {
            this.args = args;
            this.usage = usage;
        }

        /** Moves to the next option; false at the end. An option without a value is an error. */
        public boolean next() {
            while (next < args.length && args[next].equals("--quick")) next++;
            if (next >= args.length) return false;
            option = args[next++];
            if (next >= args.length)
                throw new IllegalArgumentException("option " + option + " needs a value, or is unknown\n" + usage);
            value = args[next++];
            return true;
        }

        public String option() {
            return option;
        }

        public String value() {
            return value;
        }

        /** The error for an option the caller does not know. */
        public IllegalArgumentException unknown() {
            return new IllegalArgumentException("unknown option " + option + "\n" + usage);
        }
    }

    /** {@code --accel}: {@code auto}, {@code kvm} or {@code tcg}. */
    public static String accel(String value) {
        if (!List.of("auto", "kvm", "tcg").contains(value))
            throw new IllegalArgumentException("--accel " + value + ": use auto, kvm or tcg");
        return value;
    }

    /** A comma-separated list of names, each one of {@code allowed}; {@code kind} names one in the error. */
    public static List<String> known(String option, String kind, String value, List<String> allowed) {
        List<String> names = List.of(value.split(","));
        for (String n : names) {
            if (!allowed.contains(n))
                throw new IllegalArgumentException(
                        option + ": unknown " + kind + " '" + n + "'; use any of " + allowed);
        }
        return names;
    }

    /** A comma-separated list of whole numbers, each at least 1. */
    public static List<Integer> positives(String option, String value) {
        return Arrays.stream(value.split(",")).map(v -> positive(option, v)).toList();
    }

    public static int positive(String option, String value) {
        int n = nonNegative(option, value);
        if (n == 0) throw new IllegalArgumentException(option + " " + value + ": must be at least 1");
        return n;
    }

    public static int nonNegative(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new IllegalArgumentException(option + " " + value + ": must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + ": not a whole number", e);
        }
    }

    public static double positiveDouble(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!(d > 0)) throw new IllegalArgumentException(option + " " + value + ": must be more than 0");
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + ": not a number", e);
        }
    }
}
