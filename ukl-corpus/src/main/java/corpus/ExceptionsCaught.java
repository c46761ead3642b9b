package corpus;

/** Exceptions the runtime raises and the program throws, caught by type, with finally and rethrow. */
public final class ExceptionsCaught {
    private ExceptionsCaught() {}

    static final class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    int field;

    static final String[] CASES = {
        "field read",
        "field write",
        "call",
        "array index",
        "array negative index",
        "null array",
        "class cast",
        "negative size",
        "array store",
        "divide",
        "throw null"
    };

    /** Runs case {@code which}; each raises one of the runtime's exceptions (JVMS §2.10). */
    static void trigger(int which, ExceptionsCaught nothing, int[] small, Object o, int minusOne) {
        switch (which) {
            case 0 -> System.out.println(nothing.field);
            case 1 -> nothing.field = 1;
            case 2 -> System.out.println(nothing.toString());
            case 3 -> small[3] = 1;
            case 4 -> System.out.println(small[minusOne]);
            case 5 -> System.out.println(((int[]) null).length);
            case 6 -> System.out.println((Integer) o);
            case 7 -> System.out.println(new int[minusOne].length);
            case 8 -> strings()[0] = Integer.valueOf(1);
            case 9 -> System.out.println(1 / (minusOne + 1));
            default -> {
                RuntimeException r = null;
                if (small.length == 3) {
                    throw r;
                }
            }
        }
    }

    static int depth(int n) throws AppException {
        if (n == 0) {
            throw new AppException("bottom", 7);
        }
        try {
            return depth(n - 1) + 1;
        } finally {
            System.out.println("unwinding " + n);
        }
    }

    @SuppressWarnings("finally")
    static int finallyWins() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return 99;
        }
    }

    static String nested(int mode) {
        StringBuilder log = new StringBuilder();
        try {
            try {
                log.append("try ");
                if (mode == 1) {
                    throw new IllegalArgumentException("one");
                }
                if (mode == 2) {
                    throw new UnsupportedOperationException("two");
                }
                log.append("normal ");
            } catch (IllegalArgumentException e) {
                log.append("inner-catch ");
                throw new IllegalStateException("wrapped", e);
            } finally {
                log.append("inner-finally ");
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            log.append("outer-catch ").append(e.getMessage()).append(' ');
            if (e.getCause() != null) {
                log.append("cause=").append(e.getCause().getMessage()).append(' ');
            }
        } finally {
            log.append("outer-finally");
        }
        return log.toString();
    }

    static Object[] strings() {
        return new String[1];
    }

    public static void main(String[] args) {
        ExceptionsCaught nothing = args.length > 100 ? new ExceptionsCaught() : null;
        int[] small = new int[3];
        Object o = "a string";
        int minusOne = args.length - 1;
        for (int i = 0; i < CASES.length; i++) {
            try {
                trigger(i, nothing, small, o, minusOne);
                System.out.println(CASES[i] + ": no exception");
            } catch (RuntimeException e) {
                // The JVM's ClassCastException message adds module and loader details an image has not got.
                String message = e instanceof ClassCastException ? "-" : e.getMessage();
                System.out.println(CASES[i] + ": " + e.getClass().getName() + ": " + message);
            }
        }
        try {
            depth(3);
        } catch (AppException e) {
            System.out.println("caught " + e.getMessage() + " code " + e.code);
        }
        System.out.println(finallyWins());
        for (int mode = 0; mode < 3; mode++) {
            System.out.println(nested(mode));
        }
        int count = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) {
                    throw new RuntimeException("x");
                }
                count += 2;
            } catch (RuntimeException e) {
                count--;
            }
        }
        System.out.println(count);
        Throwable t = new Error("an error");
        System.out.println(t instanceof Exception);
        System.out.println(t.toString());
    }
}
