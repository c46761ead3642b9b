package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MessageFormat and ChoiceFormat against the JDK's (US locale) over common patterns and random arguments. */
class MessageFormatTest {
    private static final Shadow SHADOW = new Shadow(
            "java/text/Format",
            "java/text/Format$Field",
            "java/text/NumberFormat",
            "java/text/DecimalFormat",
            "java/text/DecimalPattern",
            "java/text/DecimalFormatSymbols",
            "java/text/Digits",
            "java/text/FieldPosition",
            "java/text/ParsePosition",
            "java/text/ParseException",
            "java/text/ChoiceFormat",
            "java/text/MessageFormat",
            // MessageFormat's date elements
            "java/text/DateFormat",
            "java/text/SimpleDateFormat",
            "java/text/DateFormatSymbols",
            "java/util/Date",
            "java/util/TimeZone",
            "java/util/FixedTimeZone",
            "java/util/Calendar",
            "java/util/GregorianCalendar",
            "java/util/CalendarDays");

    static final String[] PATTERNS = {
        "{0} has {1,number,#.##} and {2} on {1}",
        "There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.",
        "It''s {0}, '{0}' is quoted, '''{1}''' too",
        "{0,number,percent} of {1,number,currency} and {2,number,integer}",
        "{2} {1} {0} {3}",
        "{0,number,#,##0.00;(#,##0.00)} | {1,number,0.###E0}",
        "{0,choice,-1#negative|0#zero|0<positive|\u221e#infinite}",
        "total: {0,number} items: { 1 }",
        "{0",
        "{0,foo}",
        "{x}",
        "plain text",
        "{0,number,integer}%"
    };

    private static String run(boolean jdk, String pattern, Object[] args) {
        try {
            if (jdk) {
                return new MessageFormat(pattern, Locale.US).format(args);
            }
            Class<?> c = SHADOW.type("java/text/MessageFormat");
            Object f = c.getConstructor(String.class, Locale.class).newInstance(pattern, Locale.US);
            return (String) c.getMethod("format", Object.class).invoke(f, (Object) args);
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (IllegalArgumentException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void formatsAsTheJdk() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            String pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            Object[] args = new Object[random.nextInt(0, 5)];
            for (int k = 0; k < args.length; k++) {
                args[k] = switch (random.nextInt(7)) {
                    case 0 -> random.nextInt(-3, 5);
                    case 1 -> (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-3, 9));
                    case 2 -> random.nextLong();
                    case 3 -> new BigDecimal(random.nextInt(-100000, 100000)).movePointLeft(random.nextInt(0, 5));
                    case 4 -> null;
                    case 5 -> "s" + k;
                    default -> random.nextInt(0, 3);
                };
            }
            if (pattern.contains("number") || pattern.contains("choice")) {
                for (int k = 0; k < args.length; k++) {
                    if (!(args[k] instanceof Number)) {
                        args[k] = random.nextInt(-2, 1500);
                    }
                }
            }
            assertEquals(run(true, pattern, args), run(false, pattern, args).replace("shadow.", "java.text."), pattern);
        }
    }

    @Test
    void choicePatternsRoundTrip() throws ReflectiveOperationException {
        String[] patterns = {"0#none|1#one|1<many", "-1#neg|0#zero|0<pos", "0#'#'zero|2#two '<'|3.5#three and a half"};
        Class<?> c = SHADOW.type("java/text/ChoiceFormat");
        for (String p : patterns) {
            Object ours = c.getConstructor(String.class).newInstance(p);
            assertEquals(
                    new ChoiceFormat(p).toPattern(), c.getMethod("toPattern").invoke(ours), p);
            for (double d : new double[] {-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3.5, 100, Double.NaN}) {
                assertEquals(
                        new ChoiceFormat(p).format(d),
                        c.getMethod("format", double.class).invoke(ours, d),
                        p + " " + d);
            }
        }
    }
}
