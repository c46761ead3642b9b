package corpus;

/**
 * Final fields read before their constructor stored them, and after. The translator leaves out the
 * null check where a final field cannot be null (one that every constructor fills with a new
 * object or array before {@code this} can escape): each way {@code this} escapes first here must
 * still give the NullPointerException the JVM gives, and the fields that are filled must read as
 * they were filled.
 */
public final class FinalFieldsUnderConstruction {
    /** Calls a method that a subclass overrides before the subclass's constructor has run. */
    static class Base {
        Base(boolean early) {
            if (early) {
                System.out.println("Base sees " + describe());
            }
        }

        String describe() {
            return "a base";
        }
    }

    static final class Derived extends Base {
        private final int[] items = new int[3];

        Derived(boolean early) {
            super(early);
        }

        @Override
        String describe() {
            return "a derived of " + items.length + " items";
        }
    }

    /** Where a constructor puts itself before it fills its field. */
    static final class Registry {
        static Leaky last;
    }

    static final class Leaky {
        private final StringBuilder log;

        Leaky(boolean peek) {
            Registry.last = this;
            if (peek) {
                peek();
            }
            this.log = new StringBuilder("filled");
        }

        static void peek() {
            System.out.println("peeking at " + Registry.last.log.length() + " chars");
        }
    }

    /** Reads its own field in a method it calls before it fills it. */
    static final class Early {
        private final long[] values;

        Early() {
            System.out.println("early sum " + sum());
            values = new long[] {1, 2, 3};
        }

        long sum() {
            long s = 0;
            for (long v : values) {
                s += v;
            }
            return s;
        }
    }

    /** Fields filled on both branches, from a call that may return null, from a parameter. */
    static final class Mixed {
        private final int[] table;
        private final String fromCall;
        private final Object fromParameter;

        Mixed(boolean big, Object given) {
            if (big) {
                table = new int[16];
            } else {
                table = new int[2];
            }
            fromCall = big ? null : String.valueOf(table.length);
            fromParameter = given;
        }

        int size() {
            return table.length;
        }

        int callLength() {
            return fromCall.length();
        }

        int parameterHash() {
            return fromParameter.hashCode();
        }
    }

    /** A field whose object's constructor throws: the outer object is never seen. */
    static final class Failing {
        private final Mixed inner;

        Failing() {
            inner = new Mixed(false, null);
            throw new IllegalStateException("failed after filling inner of size " + inner.size());
        }
    }

    public static void main(String[] args) {
        try {
            new Derived(true);
        } catch (NullPointerException e) {
            System.out.println("Derived: " + e.getClass().getName());
        }
        System.out.println("then " + new Derived(false).describe());

        try {
            new Leaky(true);
        } catch (NullPointerException e) {
            System.out.println("Leaky: " + e.getClass().getName());
        }
        Leaky done = new Leaky(false);
        System.out.println("Leaky afterwards: " + done.log + ", the registry's " + Registry.last.log);

        try {
            new Early();
        } catch (NullPointerException e) {
            System.out.println("Early: " + e.getClass().getName());
        }

        Mixed big = new Mixed(true, null);
        Mixed small = new Mixed(false, "given");
        System.out.println("sizes " + big.size() + " " + small.size() + ", call length " + small.callLength()
                + ", parameter hash " + small.parameterHash());
        try {
            System.out.println(big.callLength());
        } catch (NullPointerException e) {
            System.out.println("Mixed call: " + e.getClass().getName());
        }
        try {
            System.out.println(big.parameterHash());
        } catch (NullPointerException e) {
            System.out.println("Mixed parameter: " + e.getClass().getName());
        }
        try {
            new Failing();
        } catch (IllegalStateException e) {
            System.out.println("Failing: " + e.getMessage());
        }
    }
}
