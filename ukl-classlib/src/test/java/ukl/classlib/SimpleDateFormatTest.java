package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DateFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * SimpleDateFormat and the styled DateFormats against the JDK's (US and root locales): random
 * patterns format random dates, and parse both what they formatted and damaged copies of it (a
 * character changed, dropped or added), comparing the date, the parse position and the error index.
 */
class SimpleDateFormatTest {
    private static final String[] PIECES = {
        "yyyy",
        "yy",
        "y",
        "yyyyy",
        "MM",
        "M",
        "MMM",
        "MMMM",
        "LLL",
        "dd",
        "d",
        "HH",
        "H",
        "hh",
        "h",
        "kk",
        "K",
        "mm",
        "m",
        "ss",
        "s",
        "SSS",
        "S",
        "EEE",
        "EEEE",
        "E",
        "u",
        "D",
        "DDD",
        "F",
        "w",
        "W",
        "a",
        "G",
        "z",
        "zzzz",
        "Z",
        "X",
        "XX",
        "XXX",
        "'T'",
        "'o''clock'",
        "''"
    };
    private static final String[] SEPARATORS = {"-", "/", " ", ":", ".", ", ", "", "'T'", " 'at' "};
    private static final String[] ZONES = {"UTC", "GMT", "GMT+05:30", "GMT-08:00"};
    private static final Locale[] LOCALES = {Locale.US, Locale.ROOT};

    private static String randomPattern(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(1, 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static long randomMillis(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextLong(-2_208_988_800_000L, 4_102_444_800_000L);
            case 1 -> r.nextLong(-12_300_000_000_000L, -12_100_000_000_000L);
            case 2 -> r.nextLong(-70_000_000_000_000L, -60_000_000_000_000L);
            default -> r.nextLong(946_684_800_000L, 1_893_456_000_000L);
        };
    }

    /** The JDK's format and ours for one pattern, locale and zone. */
    private record Formats(SimpleDateFormat jdk, Object ours) {
        static Formats of(String pattern, Locale locale, String zone) throws Throwable {
            SimpleDateFormat jdk = new SimpleDateFormat(pattern, locale);
            jdk.setTimeZone(TimeZone.getTimeZone(zone));
            Object ours = Shadow.construct(DateMirror.type("java/text/SimpleDateFormat"), pattern, locale);
            Shadow.invoke(ours, "setTimeZone", DateMirror.zone(zone));
            return new Formats(jdk, ours);
        }

        String format(long millis) throws Throwable {
            String expected = jdk.format(new Date(millis));
            assertEquals(
                    expected, Shadow.invoke(ours, "format", DateMirror.date(millis)), jdk.toPattern() + " " + millis);
            return expected;
        }

        void parse(String text, String what) throws Throwable {
            ParsePosition jp = new ParsePosition(0);
            Date jd = jdk.parse(text, jp);
            ParsePosition op = new ParsePosition(0);
            Object od = Shadow.invoke(ours, "parse", text, op);
            String expected = (jd == null ? "null" : String.valueOf(jd.getTime())) + " at " + jp.getIndex() + " error "
                    + jp.getErrorIndex();
            String actual = (od == null ? "null" : String.valueOf(Shadow.invoke(od, "getTime"))) + " at "
                    + op.getIndex() + " error " + op.getErrorIndex();
            assertEquals(expected, actual, what + " parsing \"" + text + "\" with " + jdk.toPattern());
        }
    }

    @Test
    void randomPatternsFormatAndParseAsTheJdk() throws Throwable {
        SplittableRandom r = new SplittableRandom(1996);
        for (int i = 0; i < 4000; i++) {
            String pattern = randomPattern(r);
            Locale locale = LOCALES[r.nextInt(LOCALES.length)];
            String jdkError = DateMirror.outcome(() -> new SimpleDateFormat(pattern, locale));
            if (!jdkError.startsWith("=")) {
                assertEquals(
                        jdkError,
                        DateMirror.outcome(
                                () -> Shadow.construct(DateMirror.type("java/text/SimpleDateFormat"), pattern, locale)),
                        pattern);
                continue;
            }
            Formats f = Formats.of(pattern, locale, ZONES[r.nextInt(ZONES.length)]);
            f.jdk().setLenient(r.nextInt(4) != 0);
            Shadow.invoke(f.ours(), "setLenient", f.jdk().isLenient());
            String text = f.format(randomMillis(r));
            f.parse(text, "round trip");
            for (int k = 0; k < 3; k++) {
                StringBuilder damaged = new StringBuilder(text);
                int at = damaged.length() == 0 ? 0 : r.nextInt(damaged.length());
                char c = "0123456789-+: aAPMjJZGx".charAt(r.nextInt(23));
                switch (r.nextInt(3)) {
                    case 0 -> {
                        if (damaged.length() > 0) {
                            damaged.setCharAt(at, c);
                        }
                    }
                    case 1 -> {
                        if (damaged.length() > 0) {
                            damaged.deleteCharAt(at);
                        }
                    }
                    default -> damaged.insert(at, c);
                }
                f.parse(damaged.toString(), "damaged");
            }
        }
    }

    @Test
    void badPatternsFailAsTheJdk() throws Throwable {
        for (String pattern : new String[] {"yyyy-MM-dd'T", "yyyy-bb", "XXXX", "q", "HH:mm 'x''"}) {
            String expected = DateMirror.outcome(() -> new SimpleDateFormat(pattern, Locale.US));
            String actual = DateMirror.outcome(
                    () -> Shadow.construct(DateMirror.type("java/text/SimpleDateFormat"), pattern, Locale.US));
            assertEquals(expected.replaceAll("= .*", "="), actual.replaceAll("= .*", "="), pattern);
        }
    }

    @Test
    void styledFormatsAsTheJdk() throws Throwable {
        SplittableRandom r = new SplittableRandom(3);
        Class<?> dateFormat = DateMirror.type("java/text/DateFormat");
        for (Locale locale : LOCALES) {
            for (int dateStyle = DateFormat.FULL; dateStyle <= DateFormat.SHORT; dateStyle++) {
                for (int timeStyle = DateFormat.FULL; timeStyle <= DateFormat.SHORT; timeStyle++) {
                    SimpleDateFormat jdk =
                            (SimpleDateFormat) DateFormat.getDateTimeInstance(dateStyle, timeStyle, locale);
                    Object ours = Shadow.invoke(dateFormat, "getDateTimeInstance", dateStyle, timeStyle, locale);
                    assertEquals(
                            jdk.toPattern(), Shadow.invoke(ours, "toPattern"), locale + " " + dateStyle + timeStyle);
                    Formats f = Formats.of(jdk.toPattern(), locale, "UTC");
                    f.parse(f.format(randomMillis(r)), "styled");
                }
                assertEquals(
                        ((SimpleDateFormat) DateFormat.getDateInstance(dateStyle, locale)).toPattern(),
                        Shadow.invoke(Shadow.invoke(dateFormat, "getDateInstance", dateStyle, locale), "toPattern"));
                assertEquals(
                        ((SimpleDateFormat) DateFormat.getTimeInstance(dateStyle, locale)).toPattern(),
                        Shadow.invoke(Shadow.invoke(dateFormat, "getTimeInstance", dateStyle, locale), "toPattern"));
            }
        }
    }
}
