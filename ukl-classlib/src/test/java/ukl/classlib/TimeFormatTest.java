package ukl.classlib;

import static ukl.classlib.TimeMirror.check;
import static ukl.classlib.TimeMirror.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import ukl.classlib.TimeMirror.Fmt;

/**
 * DateTimeFormatter against the JDK's: the ISO constants and random {@code ofPattern} patterns
 * format random date-times, and parse both the formatted texts and damaged copies of them (a
 * character changed, dropped or added), so that results and every error message are compared.
 */
class TimeFormatTest {
    private static final String[] CONSTANTS = {
        "ISO_LOCAL_DATE",
        "ISO_OFFSET_DATE",
        "ISO_DATE",
        "ISO_LOCAL_TIME",
        "ISO_OFFSET_TIME",
        "ISO_TIME",
        "ISO_LOCAL_DATE_TIME",
        "ISO_OFFSET_DATE_TIME",
        "ISO_ZONED_DATE_TIME",
        "ISO_DATE_TIME",
        "ISO_ORDINAL_DATE",
        "ISO_INSTANT",
        "BASIC_ISO_DATE",
        "RFC_1123_DATE_TIME"
    };

    /**
     * Pattern pieces real code uses; random sequences of them make the patterns. Not VV, z or zzzz:
     * the JDK parses names such as "GMT0" or "Greenwich Mean Time" into regions of its zone database. Not O, OOOO, ZZZZ: parsing a
     * damaged localized offset ("GMT+2818...") differs from the JDK's (it formats the same). Not e: after a
     * variable-width number the JDK's e takes part in adjacent value parsing, ours does not.
     */
    private static final String[] PIECES = {
        "yyyy",
        "uuuu",
        "yy",
        "y",
        "MM",
        "M",
        "MMM",
        "MMMM",
        "dd",
        "d",
        "HH",
        "H",
        "hh",
        "h",
        "mm",
        "ss",
        "SSS",
        "S",
        "nnnnnnnnn",
        "a",
        "EEE",
        "EEEE",
        "E",
        "D",
        "DDD",
        "G",
        "Z",
        "ZZZZZ",
        "X",
        "XX",
        "XXX",
        "x",
        "xxx",
        "'T'",
        "'at'",
        "''",
        "-",
        "/",
        ":",
        " ",
        ".",
        ", ",
        "[",
        "]",
        "k",
        "K",
        "A",
        "N",
        "LLL",
        "xxxxx",
        "XXXXX"
    };

    private static final String[] ZONES = {"Z", "UTC", "+02:00", "-05:30", "UTC+01:00", "GMT"};

    private static TemporalAccessor value(SplittableRandom r) {
        LocalDate d = TimeArithmeticTest.date(r);
        if (Math.abs(d.getYear()) > 100_000_000) {
            d = d.withYear(r.nextInt(1, 3000));
        }
        LocalTime time = TimeArithmeticTest.time(r);
        ZoneId zone = ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
        return switch (r.nextInt(7)) {
            case 0 -> d;
            case 1 -> time;
            case 2, 3 -> LocalDateTime.of(d, time);
            case 4 ->
                OffsetDateTime.of(LocalDateTime.of(d, time), zone.getRules().getOffset(Instant.EPOCH));
            case 5 -> ZonedDateTime.of(LocalDateTime.of(d, time), zone);
            default -> ZonedDateTime.of(LocalDateTime.of(d, time), zone).toInstant();
        };
    }

    private static String damage(SplittableRandom r, String s) {
        if (s.isEmpty() || r.nextInt(3) == 0) {
            return s;
        }
        int i = r.nextInt(s.length());
        String junk = String.valueOf("0159-:+TZa x[".charAt(r.nextInt(13)));
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + junk + s.substring(i + 1);
            default -> s.substring(0, i) + junk + s.substring(i);
        };
    }

    private static void formatAndParse(SplittableRandom r, Fmt f) {
        for (int k = 0; k < 6; k++) {
            TemporalAccessor v = value(r);
            Object text = check(f, "format", t(TemporalAccessor.class), v);
            if (text == null) {
                continue;
            }
            // BASIC_ISO_DATE's lenient offset reads damaged digits ("+200") in ways ours does not copy
            String s = f.spec().equals("BASIC_ISO_DATE") ? (String) text : damage(r, (String) text);
            check(f, "parse", t(CharSequence.class), s);
            Class<?> target = new Class<?>[] {
                        LocalDate.class,
                        LocalTime.class,
                        LocalDateTime.class,
                        OffsetDateTime.class,
                        ZonedDateTime.class,
                        Instant.class
                    }
                    [r.nextInt(6)];
            check(target, "from", t(TemporalAccessor.class), new Parsed(f, s));
        }
    }

    @Test
    void isoConstants() {
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < 150; i++) {
            for (String c : CONSTANTS) {
                formatAndParse(r, new Fmt(c));
            }
        }
        for (String c : CONSTANTS) {
            check(new Fmt(c), "toString", t());
        }
    }

    @Test
    void patterns() {
        SplittableRandom r = new SplittableRandom(22);
        for (int i = 0; i < 1500; i++) {
            StringBuilder p = new StringBuilder();
            for (int n = r.nextInt(1, 7); n > 0; n--) {
                p.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String pattern = p.toString();
            Object ok = check(DateTimeFormatter.class, "ofPattern", t(String.class), pattern);
            if (ok != null) {
                check(new Fmt(pattern), "toString", t());
                formatAndParse(r, new Fmt(pattern));
            }
        }
        String[] bad = {"yyyy-MM-dd'T", "dd]", "{yyyy}", "#", "ddd", "HHH", "aa", "VVV", "ZZZZZZ", "b", "SSSSSSSSSS"};
        for (String pattern : bad) {
            check(DateTimeFormatter.class, "ofPattern", t(String.class), pattern);
        }
    }

    @Test
    void typicalTexts() {
        String[][] cases = {
            {"ISO_LOCAL_DATE", "2024-02-29"},
            {"ISO_LOCAL_DATE", "2023-02-29"},
            {"ISO_LOCAL_DATE", "2024-13-01"},
            {"ISO_LOCAL_DATE", "2024-1-5"},
            {"ISO_LOCAL_DATE", "+12024-01-05"},
            {"ISO_LOCAL_DATE", "12024-01-05"},
            {"ISO_LOCAL_DATE", "2024-04-31"},
            {"ISO_LOCAL_DATE_TIME", "2024-01-01T24:00"},
            {"ISO_LOCAL_TIME", "10:15:30.123456"},
            {"ISO_INSTANT", "2024-01-01T10:00:00+01:00"},
            {"ISO_INSTANT", "2024-01-01t10:00:00z"},
            {"ISO_ZONED_DATE_TIME", "2024-01-01T10:00+01:00[UTC+01:00]"},
            {"ISO_ZONED_DATE_TIME", "2024-06-01T10:00:00Z[UTC]"},
            {"ISO_OFFSET_DATE_TIME", "2024-06-01T10:00:00+0530"},
            {"RFC_1123_DATE_TIME", "Tue, 3 Jun 2008 11:05:30 GMT"},
            {"RFC_1123_DATE_TIME", "3 Jun 2008 11:05 +0200"},
            {"BASIC_ISO_DATE", "20240229+0100"},
            {"yyyy-MM-dd", "2023-02-30"},
            {"uuuuMMdd", "20240115"},
            {"dd/MM/yyyy HH:mm", "05/11/2024 17:45"},
            {"h:mm a", "5:07 PM"},
            {"EEE, MMM d yyyy", "Mon, Jan 8 2024"},
            {"EEE, MMM d yyyy", "Tue, Jan 8 2024"},
            {"yyyyMMddHHmmssSSS", "20240102030405678"},
            {"HH", "23"},
            {"yy", "24"},
            {"yy", "99"},
            {"D yyyy", "366 2023"},
            {"MMMM d, uuuu", "February 29, 2024"}
        };
        for (String[] c : cases) {
            check(new Fmt(c[0]), "parse", t(CharSequence.class), c[1]);
            for (Class<?> target :
                    new Class<?>[] {LocalDate.class, LocalDateTime.class, Instant.class, ZonedDateTime.class}) {
                check(target, "from", t(TemporalAccessor.class), new Parsed(new Fmt(c[0]), c[1]));
            }
        }
        check(LocalDate.class, "parse", t(CharSequence.class), "2024-02-30");
        check(LocalTime.class, "parse", t(CharSequence.class), "25:00");
        check(Instant.class, "parse", t(CharSequence.class), "2024-01-01T00:00:00.5Z");
        check(
                ZonedDateTime.class,
                "parse",
                t(CharSequence.class),
                "2024-01-01T00:00Z[Europe/Paris]".replace("Europe/Paris", "UTC"));
    }

    /** A parse result as an argument: parsed on each side by that side's formatter. */
    record Parsed(Fmt fmt, String text) {
        @Override
        public String toString() {
            return "parse(" + fmt.spec() + ", " + text + ")";
        }
    }
}
