package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the same java.time call on the JDK and on this module's java.time (loaded through
 * {@link Shadow}, every class of the four packages renamed into {@code shadow}), and requires the
 * same outcome as text: the result's {@code toString}, or the exception's class and message.
 * JDK arguments are carried over by value: enums by name, date-times and amounts through our
 * {@code parse} of the JDK's {@code toString}, zones through {@code ZoneId.of}, and formatters
 * (wrapped in {@link Fmt}) through {@code ofPattern} or the constant of that name. Names of our
 * classes in messages ("of type shadow.LocalDate") are mapped back to the JDK's.
 */
final class TimeMirror {
    static final String[] CLASSES = classes();
    static final Shadow SHADOW = new Shadow(CLASSES);
    private static final Pattern SHADOW_NAME = Pattern.compile("shadow\\.(\\w+)");
    private static final Pattern FIELD_MAP = Pattern.compile("\\{(\\w+=-?\\d+(?:, \\w+=-?\\d+)*)\\}");

    /** A formatter argument: an ISO constant's name, or a pattern. */
    record Fmt(String spec) {
        java.time.format.DateTimeFormatter jdk() {
            try {
                return spec.startsWith("ISO_") || spec.startsWith("BASIC_") || spec.startsWith("RFC_")
                        ? (java.time.format.DateTimeFormatter) java.time.format.DateTimeFormatter.class
                                .getField(spec)
                                .get(null)
                        : java.time.format.DateTimeFormatter.ofPattern(spec);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        Object ours() throws Throwable {
            Class<?> c = SHADOW.type("java/time/format/DateTimeFormatter");
            return spec.startsWith("ISO_") || spec.startsWith("BASIC_") || spec.startsWith("RFC_")
                    ? c.getField(spec).get(null)
                    : Shadow.invoke(c, "ofPattern", spec);
        }
    }

    /** A TemporalAdjusters factory call: {@code kind} indexes NAMES; ordinal and day for the day-of-week ones. */
    record AdjusterArg(int kind, int ordinal, java.time.DayOfWeek dow) {
        private static final String[] NAMES = {
            "firstDayOfMonth",
            "lastDayOfMonth",
            "firstDayOfNextMonth",
            "firstDayOfYear",
            "lastDayOfYear",
            "firstDayOfNextYear",
            "dayOfWeekInMonth",
            "next",
            "nextOrSame",
            "previous",
            "previousOrSame"
        };

        Object make(Class<?> adjusters, Object day) throws Throwable {
            String name = NAMES[kind];
            if (kind < 6) {
                return Shadow.invoke(adjusters, name);
            }
            return kind == 6 ? Shadow.invoke(adjusters, name, ordinal, day) : Shadow.invoke(adjusters, name, day);
        }

        @Override
        public String toString() {
            return NAMES[kind] + (kind == 6 ? "(" + ordinal + "," + dow + ")" : kind > 6 ? "(" + dow + ")" : "()");
        }
    }

    private static String[] classes() {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root.resolve("java/time"))) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - 6))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our class for a JDK java.time class (same simple name), else the class itself. */
    static Class<?> ours(Class<?> jdk) {
        if (!jdk.getName().startsWith("java.time")) {
            return jdk;
        }
        return SHADOW.type(jdk.getName().replace('.', '/'));
    }

    /** Our value for a JDK value. */
    static Object toOurs(Object v) throws Throwable {
        if (v instanceof Fmt f) {
            return f.ours();
        }
        if (v instanceof TimeFormatTest.Parsed p) {
            return Shadow.invoke(p.fmt().ours(), "parse", p.text());
        }
        if (v instanceof AdjusterArg a) {
            return a.make(SHADOW.type("java/time/temporal/TemporalAdjusters"), toOurs(a.dow()));
        }
        if (v == null || !v.getClass().getName().startsWith("java.time")) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return ours(e.getDeclaringClass())
                    .getMethod("valueOf", String.class)
                    .invoke(null, e.name());
        }
        if (v instanceof java.time.ZoneId z) {
            return Shadow.invoke(ours(java.time.ZoneId.class), "of", z.getId());
        }
        if (v instanceof java.time.YearMonth ym) {
            return Shadow.invoke(ours(java.time.YearMonth.class), "of", ym.getYear(), ym.getMonthValue());
        }
        Class<?> jdk = v.getClass();
        return Shadow.invoke(ours(jdk), "parse", v.toString());
    }

    private static Object jdkValue(Object v) {
        try {
            if (v instanceof TimeFormatTest.Parsed p) {
                return p.fmt().jdk().parse(p.text());
            }
            if (v instanceof AdjusterArg a) {
                return a.make(java.time.temporal.TemporalAdjusters.class, a.dow());
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return v instanceof Fmt f ? f.jdk() : v;
    }

    /** The outcome of a call as comparable text. */
    static String outcome(ThrowingSupplier s) {
        try {
            return "= " + normalize(String.valueOf(s.get()));
        } catch (InvocationTargetException e) {
            return describe(e.getCause());
        } catch (Throwable e) {
            return describe(e);
        }
    }

    private static String describe(Throwable e) {
        // HotSpot may throw a preallocated ArithmeticException without message (OmitStackTraceInFastThrow)
        if (e instanceof NullPointerException || e instanceof ArithmeticException) {
            return e.getClass().getSimpleName();
        }
        // our region error adds how to do without a zone database; the rest must be the JDK's
        String message = String.valueOf(e.getMessage());
        int hint = message.indexOf(" (ukl images carry no time-zone database");
        return e.getClass().getSimpleName() + ": " + normalize(hint < 0 ? message : message.substring(0, hint));
    }

    /**
     * Our names for the JDK's, and the fields of a parse result ("{A=1, B=2}") sorted: the JDK keeps
     * them in a HashMap keyed by identity hash codes, so its order changes from run to run.
     */
    static String normalize(String s) {
        Matcher fields = FIELD_MAP.matcher(s);
        StringBuilder sorted = new StringBuilder();
        while (fields.find()) {
            String[] entries = fields.group(1).split(", ");
            Arrays.sort(entries);
            fields.appendReplacement(sorted, Matcher.quoteReplacement("{" + String.join(", ", entries) + "}"));
        }
        s = fields.appendTail(sorted).toString();
        Matcher m = SHADOW_NAME.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(jdkName(m.group(1))));
        }
        return m.appendTail(b).toString();
    }

    private static String jdkName(String simple) {
        for (String c : CLASSES) {
            if (c.endsWith("/" + simple)) {
                return c.replace('/', '.');
            }
        }
        return "shadow." + simple;
    }

    interface ThrowingSupplier {
        Object get() throws Throwable;
    }

    /**
     * Calls {@code name} with JDK parameter {@code types} on {@code target} (a Class for a static
     * method) on both sides; returns the JDK's result, or null if it threw.
     */
    static Object check(Object target, String name, Class<?>[] types, Object... args) {
        Object[] jdkArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            try {
                jdkArgs[i] = jdkValue(args[i]);
            } catch (RuntimeException e) {
                return null; // the argument itself does not exist on the JDK (a text it cannot parse)
            }
        }
        Object[] result = new Object[1];
        Object jdkTarget;
        try {
            jdkTarget = jdkValue(target);
        } catch (RuntimeException e) {
            return null;
        }
        String expected = outcome(() -> {
            Class<?> c = jdkTarget instanceof Class<?> k ? k : jdkTarget.getClass();
            Method m = publicMethod(c, name, types);
            result[0] = m.invoke(jdkTarget instanceof Class<?> ? null : jdkTarget, jdkArgs);
            return result[0];
        });
        String actual = outcome(() -> {
            Object ourTarget = target instanceof Class<?> k ? ours(k) : toOurs(target);
            Class<?> c = ourTarget instanceof Class<?> k ? k : ourTarget.getClass();
            Class<?>[] ourTypes = Arrays.stream(types).map(TimeMirror::ours).toArray(Class<?>[]::new);
            Object[] ourArgs = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                ourArgs[i] = toOurs(args[i]);
            }
            Method m = c.getMethod(name, ourTypes);
            m.setAccessible(true);
            return m.invoke(ourTarget instanceof Class<?> ? null : ourTarget, ourArgs);
        });
        String what = (target instanceof Class<?> k
                        ? k.getSimpleName()
                        : target + " (" + target.getClass().getSimpleName() + ")")
                + "." + name + Arrays.toString(args);
        if (System.getenv("MIRROR_TRACE") != null) {
            System.err.println(what + " -> " + expected + " / " + actual);
        }
        if (!isJdkQuirk(expected)) {
            assertEquals(expected, actual, what);
        }
        return expected.startsWith("= ") ? result[0] : null;
    }

    /**
     * Failures of the JDK's own lenient offset parsers on damaged texts, which ours do not copy:
     * "+58.915Z" read as an offset is "Value out of range: Hour[0-23], ...", and "GMT-" at the
     * end of the text an IndexOutOfBoundsException. Ours report the parse position instead.
     */
    private static boolean isJdkQuirk(String outcome) {
        return outcome.contains("could not be parsed: Value out of range: Hour[0-23]")
                || (outcome.contains("could not be parsed: Index ") && outcome.contains(" out of bounds for length "));
    }

    private static Method publicMethod(Class<?> c, String name, Class<?>[] types) throws NoSuchMethodException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(k.getModifiers())) {
                try {
                    return k.getMethod(name, types);
                } catch (NoSuchMethodException e) {
                    // the JDK's concrete class (ZoneRegion) is not public
                }
            }
        }
        return c.getMethod(name, types);
    }

    static Class<?>[] t(Class<?>... types) {
        return types;
    }

    private TimeMirror() {}
}
