package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ukl.classlib.TimeMirror.check;
import static ukl.classlib.TimeMirror.t;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoLocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The date-time classes against the JDK's: random values (mostly near today, some at the ends of
 * the supported years, on leap days and month ends) through plus, minus, with, until, get, range,
 * compareTo, equals, hashCode and toString, every result and exception compared.
 */
class TimeArithmeticTest {
    private static final ChronoField[] FIELDS = ChronoField.values();
    private static final ChronoUnit[] UNITS = ChronoUnit.values();
    private static final String[] ZONES = {"Z", "UTC", "+02:00", "-05:30", "UTC+1", "GMT-3", "+14:00", "UT"};

    static int year(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextBoolean() ? Year.MAX_VALUE - r.nextInt(3) : Year.MIN_VALUE + r.nextInt(3);
            case 1 -> r.nextInt(-2000, 12000);
            case 2 -> new int[] {0, -1, 1, 1600, 1700, 1900, 2000, 2100, 2400, 9999, 10000, -10000}[r.nextInt(12)];
            default -> r.nextInt(1890, 2110);
        };
    }

    static LocalDate date(SplittableRandom r) {
        int y = year(r);
        int m = r.nextInt(1, 13);
        int len = Month.of(m).length(Year.isLeap(y));
        int d = r.nextInt(4) == 0 ? len - r.nextInt(2) : r.nextInt(1, len + 1);
        return LocalDate.of(y, m, d);
    }

    static LocalTime time(SplittableRandom r) {
        int nano =
                switch (r.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> r.nextInt(1000) * 1000_000;
                    case 2 -> r.nextInt(1000_000) * 1000;
                    default -> r.nextInt(1000_000_000);
                };
        return LocalTime.of(r.nextInt(24), r.nextInt(60), r.nextInt(3) == 0 ? 0 : r.nextInt(60), nano);
    }

    static long amount(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(-3, 4);
            case 1 -> r.nextLong(-100_000, 100_000);
            case 2 -> r.nextLong(-10_000_000_000L, 10_000_000_000L);
            case 3 -> r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            default -> r.nextInt(-40, 41);
        };
    }

    static ZoneId zone(SplittableRandom r) {
        return ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
    }

    static Duration duration(SplittableRandom r) {
        return r.nextInt(10) == 0
                ? Duration.ZERO
                : Duration.ofSeconds(r.nextLong(-400_000, 400_000), r.nextInt(4) == 0 ? 0 : r.nextInt(1000_000_000));
    }

    static Period period(SplittableRandom r) {
        return Period.of(r.nextInt(-3, 4), r.nextInt(-15, 16), r.nextInt(-40, 41));
    }

    /** The calls every temporal answers the same way: fields, units and comparisons. */
    private static void temporalCalls(SplittableRandom r, Temporal a, Temporal b) {
        TemporalField f = FIELDS[r.nextInt(FIELDS.length)];
        TemporalUnit u = UNITS[r.nextInt(UNITS.length)];
        check(a, "isSupported", t(TemporalField.class), f);
        check(a, "isSupported", t(TemporalUnit.class), u);
        check(a, "get", t(TemporalField.class), f);
        check(a, "getLong", t(TemporalField.class), f);
        check(a, "range", t(TemporalField.class), f);
        check(a, "with", t(TemporalField.class, long.class), f, r.nextBoolean() ? amount(r) : r.nextLong(0, 60));
        check(a, "plus", t(long.class, TemporalUnit.class), amount(r), u);
        check(a, "minus", t(long.class, TemporalUnit.class), amount(r), u);
        check(a, "until", t(Temporal.class, TemporalUnit.class), b, u);
        check(a, "equals", t(Object.class), b);
        check(a, "hashCode", t());
        check(a, "toString", t());
    }

    @Test
    void localDates() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 1500; i++) {
            LocalDate a = date(r);
            LocalDate b =
                    r.nextBoolean() || Math.abs(a.getYear()) > 999_999_990 ? date(r) : a.plusDays(r.nextInt(-800, 800));
            temporalCalls(r, a, b);
            check(
                    LocalDate.class,
                    "of",
                    t(int.class, int.class, int.class),
                    a.getYear(),
                    r.nextInt(0, 14),
                    r.nextInt(0, 33));
            check(LocalDate.class, "ofYearDay", t(int.class, int.class), a.getYear(), r.nextInt(0, 368));
            check(LocalDate.class, "ofEpochDay", t(long.class), r.nextBoolean() ? a.toEpochDay() : amount(r));
            check(a, "plusDays", t(long.class), amount(r));
            check(a, "plusMonths", t(long.class), amount(r));
            check(a, "plusYears", t(long.class), amount(r));
            check(a, "minusWeeks", t(long.class), amount(r));
            check(a, "withDayOfMonth", t(int.class), r.nextInt(0, 33));
            check(a, "withMonth", t(int.class), r.nextInt(0, 14));
            check(a, "withYear", t(int.class), year(r));
            check(a, "withDayOfYear", t(int.class), r.nextInt(0, 368));
            check(a, "plus", t(TemporalAmount.class), period(r));
            check(a, "minus", t(TemporalAmount.class), period(r));
            check(a, "plus", t(TemporalAmount.class), duration(r));
            check(a, "until", t(ChronoLocalDate.class), b);
            check(Period.class, "between", t(LocalDate.class, LocalDate.class), a, b);
            check(ChronoUnit.DAYS, "between", t(Temporal.class, Temporal.class), a, b);
            check(ChronoUnit.MONTHS, "between", t(Temporal.class, Temporal.class), a, b);
            check(a, "compareTo", t(ChronoLocalDate.class), b);
            check(a, "isBefore", t(ChronoLocalDate.class), b);
            check(a, "isAfter", t(ChronoLocalDate.class), b);
            check(a, "getDayOfWeek", t());
            check(a, "getDayOfYear", t());
            check(a, "isLeapYear", t());
            check(a, "lengthOfMonth", t());
            check(a, "toEpochDay", t());
            check(a, "atStartOfDay", t());
            check(a, "atStartOfDay", t(ZoneId.class), zone(r));
            check(a, "atTime", t(LocalTime.class), time(r));
            DayOfWeek dow = DayOfWeek.of(r.nextInt(1, 8));
            check(a, "with", t(java.time.temporal.TemporalAdjuster.class), adjuster(r, dow));
            check(LocalDate.class, "parse", t(CharSequence.class), a.toString());
        }
    }

    /** JDK adjusters, passed to our side as the same call on our TemporalAdjusters. */
    private static Object adjuster(SplittableRandom r, DayOfWeek dow) {
        return new TimeMirror.AdjusterArg(r.nextInt(11), r.nextInt(-6, 7), dow);
    }

    @Test
    void localTimesAndDateTimes() {
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 1200; i++) {
            LocalTime a = time(r);
            LocalTime b = time(r);
            temporalCalls(r, a, b);
            check(a, "plusHours", t(long.class), amount(r));
            check(a, "plusMinutes", t(long.class), amount(r));
            check(a, "plusSeconds", t(long.class), amount(r));
            check(a, "plusNanos", t(long.class), amount(r));
            check(a, "minusHours", t(long.class), amount(r));
            check(a, "truncatedTo", t(TemporalUnit.class), UNITS[r.nextInt(UNITS.length)]);
            check(a, "compareTo", t(LocalTime.class), b);
            check(a, "toSecondOfDay", t());
            check(a, "plus", t(TemporalAmount.class), duration(r));
            check(
                    LocalTime.class,
                    "of",
                    t(int.class, int.class, int.class),
                    r.nextInt(-1, 25),
                    r.nextInt(-1, 61),
                    r.nextInt(-1, 61));
            check(LocalTime.class, "ofSecondOfDay", t(long.class), r.nextLong(-1, 86401));

            LocalDateTime x = LocalDateTime.of(date(r), a);
            LocalDateTime y = r.nextBoolean() || Math.abs(x.getYear()) > 999_999_990
                    ? LocalDateTime.of(date(r), b)
                    : x.plusSeconds(r.nextLong(-9_000_000, 9_000_000));
            temporalCalls(r, x, y);
            check(x, "plusHours", t(long.class), amount(r));
            check(x, "minusMinutes", t(long.class), amount(r));
            check(x, "plusSeconds", t(long.class), amount(r));
            check(x, "plusNanos", t(long.class), amount(r));
            check(x, "plusMonths", t(long.class), amount(r));
            check(x, "plus", t(TemporalAmount.class), r.nextBoolean() ? duration(r) : period(r));
            check(x, "minus", t(TemporalAmount.class), r.nextBoolean() ? duration(r) : period(r));
            check(x, "truncatedTo", t(TemporalUnit.class), UNITS[r.nextInt(UNITS.length)]);
            check(x, "compareTo", t(ChronoLocalDateTime.class), y);
            check(x, "isAfter", t(ChronoLocalDateTime.class), y);
            ZoneOffset off = ZoneOffset.ofTotalSeconds(r.nextInt(-18 * 4, 18 * 4 + 1) * 900);
            check(x, "toEpochSecond", t(ZoneOffset.class), off);
            check(x, "toInstant", t(ZoneOffset.class), off);
            check(x, "atOffset", t(ZoneOffset.class), off);
            check(x, "atZone", t(ZoneId.class), zone(r));
            check(Duration.class, "between", t(Temporal.class, Temporal.class), x, y);
            check(
                    LocalDateTime.class,
                    "ofEpochSecond",
                    t(long.class, int.class, ZoneOffset.class),
                    amount(r),
                    r.nextInt(1000_000_000),
                    off);
        }
    }

    @Test
    void instantsAndZones() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 1200; i++) {
            Instant a = r.nextInt(10) == 0
                    ? (r.nextBoolean()
                            ? Instant.MAX.minusSeconds(r.nextInt(100))
                            : Instant.MIN.plusSeconds(r.nextInt(100)))
                    : Instant.ofEpochSecond(
                            r.nextLong(-70_000_000_000L, 300_000_000_000L),
                            r.nextInt(4) == 0 ? 0 : r.nextInt(1000_000_000));
            Instant b = r.nextBoolean() && Math.abs(a.getEpochSecond()) < 1L << 50
                    ? a.plusMillis(r.nextLong(-10_000_000_000L, 10_000_000_000L))
                    : Instant.ofEpochMilli(r.nextLong());
            temporalCalls(r, a, b);
            check(Instant.class, "ofEpochMilli", t(long.class), amount(r));
            check(Instant.class, "ofEpochSecond", t(long.class, long.class), amount(r), amount(r));
            check(a, "toEpochMilli", t());
            check(a, "plusMillis", t(long.class), amount(r));
            check(a, "plusNanos", t(long.class), amount(r));
            check(a, "truncatedTo", t(TemporalUnit.class), UNITS[r.nextInt(UNITS.length)]);
            check(a, "compareTo", t(Instant.class), b);
            check(a, "plus", t(TemporalAmount.class), r.nextBoolean() ? duration(r) : period(r));
            check(Duration.class, "between", t(Temporal.class, Temporal.class), a, b);
            ZoneId z = zone(r);
            check(a, "atZone", t(ZoneId.class), z);
            check(a, "atOffset", t(ZoneOffset.class), ZoneOffset.ofHoursMinutes(r.nextInt(-17, 18), 0));
            check(Instant.class, "parse", t(CharSequence.class), a.toString());

            if (a.getEpochSecond() > -60_000_000_000L && a.getEpochSecond() < 200_000_000_000L) {
                ZonedDateTime zdt = a.atZone(z);
                ZonedDateTime other = b.getEpochSecond() > -60_000_000_000L && b.getEpochSecond() < 200_000_000_000L
                        ? b.atZone(zone(r))
                        : zdt.plusHours(r.nextInt(-1000, 1000));
                temporalCalls(r, zdt, other);
                check(zdt, "withZoneSameInstant", t(ZoneId.class), zone(r));
                check(zdt, "withZoneSameLocal", t(ZoneId.class), zone(r));
                check(zdt, "plusDays", t(long.class), amount(r));
                check(zdt, "plusHours", t(long.class), amount(r));
                check(zdt, "toOffsetDateTime", t());
                check(zdt, "toInstant", t());
                check(zdt, "toEpochSecond", t());
                check(zdt, "compareTo", t(java.time.chrono.ChronoZonedDateTime.class), other);
                check(zdt, "isBefore", t(java.time.chrono.ChronoZonedDateTime.class), other);
                check(ZonedDateTime.class, "parse", t(CharSequence.class), zdt.toString());
                OffsetDateTime odt = zdt.toOffsetDateTime();
                OffsetDateTime odt2 = other.toOffsetDateTime();
                temporalCalls(r, odt, odt2);
                check(odt, "withOffsetSameInstant", t(ZoneOffset.class), ZoneOffset.ofHours(r.nextInt(-18, 19)));
                check(odt, "compareTo", t(OffsetDateTime.class), odt2);
                check(odt, "isAfter", t(OffsetDateTime.class), odt2);
                check(odt, "atZoneSameInstant", t(ZoneId.class), zone(r));
                check(OffsetDateTime.class, "parse", t(CharSequence.class), odt.toString());
            }
        }
    }

    @Test
    void zoneIdsAndOffsets() {
        String[] ids = {
            "Z",
            "UTC",
            "GMT",
            "UT",
            "UTC+1",
            "UTC+01:00",
            "GMT-5",
            "UT+10",
            "+02:00",
            "-0530",
            "+5",
            "+23:00",
            "+18:00:01",
            "UTC+",
            "!bad",
            "+1:00",
            "UTC0",
            "z",
            "",
            "+05:30:45",
            "+0530"
        };
        for (String id : ids) {
            Object z = check(ZoneId.class, "of", t(String.class), id);
            if (z != null) {
                check(z, "getId", t());
                check(z, "normalized", t());
                check(z, "getRules", t());
                check(z, "hashCode", t());
            }
            check(ZoneOffset.class, "of", t(String.class), id);
        }
        // regions need a zone database, which images do not carry: a clear error instead
        for (String region : new String[] {"Europe/Paris", "America/New_York", "Etc/UTC"}) {
            String ours;
            try {
                ours = "returned " + Shadow.invoke(TimeMirror.ours(ZoneId.class), "of", region);
            } catch (Throwable e) {
                ours = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            assertEquals(
                    "ZoneRulesException: Unknown time-zone ID: " + region
                            + " (ukl images carry no time-zone database; use ZoneOffset.of(\"+01:00\"),"
                            + " ZoneOffset.UTC or ZoneId.of(\"UTC\") instead)",
                    ours);
        }
        SplittableRandom r = new SplittableRandom(14);
        for (int i = 0; i < 500; i++) {
            check(
                    ZoneOffset.class,
                    "ofHoursMinutesSeconds",
                    t(int.class, int.class, int.class),
                    r.nextInt(-19, 20),
                    r.nextInt(-61, 62),
                    r.nextInt(-61, 62));
            check(ZoneOffset.class, "ofTotalSeconds", t(int.class), r.nextInt(-70000, 70000));
            check(
                    ZoneOffset.ofHours(r.nextInt(-18, 19)),
                    "compareTo",
                    t(ZoneOffset.class),
                    ZoneOffset.ofHours(r.nextInt(-18, 19)));
        }
    }

    @Test
    void durationsAndPeriods() {
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 1500; i++) {
            Duration a = r.nextInt(20) == 0 ? Duration.ofSeconds(amount(r), r.nextInt(1000_000_000)) : duration(r);
            Duration b = duration(r);
            check(a, "toString", t());
            check(a, "plus", t(Duration.class), b);
            check(a, "minus", t(Duration.class), b);
            check(a, "plus", t(long.class, TemporalUnit.class), amount(r), UNITS[r.nextInt(UNITS.length)]);
            check(a, "multipliedBy", t(long.class), r.nextInt(-100_000, 100_000));
            check(a, "dividedBy", t(long.class), r.nextBoolean() ? r.nextLong(-1000, 1000) : amount(r));
            check(a, "dividedBy", t(Duration.class), b);
            check(a, "negated", t());
            check(a, "abs", t());
            check(a, "toMillis", t());
            check(a, "toNanos", t());
            check(a, "toHoursPart", t());
            check(a, "toMinutesPart", t());
            check(a, "toSecondsPart", t());
            check(a, "toMillisPart", t());
            check(a, "toDaysPart", t());
            check(a, "truncatedTo", t(TemporalUnit.class), UNITS[r.nextInt(UNITS.length)]);
            check(a, "compareTo", t(Duration.class), b);
            check(a, "hashCode", t());
            check(a, "isPositive", t());
            check(Duration.class, "parse", t(CharSequence.class), a.toString());
            check(Duration.class, "ofMillis", t(long.class), amount(r));
            check(Duration.class, "ofNanos", t(long.class), amount(r));
            check(Duration.class, "ofMinutes", t(long.class), amount(r));
            check(Duration.class, "of", t(long.class, TemporalUnit.class), amount(r), UNITS[r.nextInt(UNITS.length)]);
            check(Duration.class, "from", t(TemporalAmount.class), r.nextBoolean() ? b : period(r));

            Period p = period(r);
            Period q = period(r);
            check(p, "toString", t());
            check(p, "plus", t(TemporalAmount.class), r.nextInt(5) == 0 ? b : q);
            check(p, "minus", t(TemporalAmount.class), q);
            check(p, "multipliedBy", t(int.class), r.nextInt(-1000, 1000));
            check(p, "normalized", t());
            check(p, "negated", t());
            check(p, "toTotalMonths", t());
            check(p, "isNegative", t());
            check(p, "hashCode", t());
            check(p, "plusDays", t(long.class), amount(r));
            check(p, "addTo", t(Temporal.class), date(r));
            check(Period.class, "parse", t(CharSequence.class), p.toString());
            check(Period.class, "ofWeeks", t(int.class), r.nextInt());
        }
        String[] texts = {
            "PT0S",
            "P1D",
            "PT1H2M3.5S",
            "-PT6H3M",
            "pt1h",
            "P-1DT+2H",
            "PT-0.5S",
            "PT1.S",
            "PT",
            "P",
            "P1DT",
            "PT1.1234567891S",
            "PT9223372036854775807S",
            "P106751991167301D",
            "PT+1,5S",
            "P2Y3M4W5D",
            "-P1Y-2M",
            "P1W",
            "p1y",
            "P1Y2D3M",
            "PT1M1H",
            "P2147483648D"
        };
        for (String s : texts) {
            check(Duration.class, "parse", t(CharSequence.class), s);
            check(Period.class, "parse", t(CharSequence.class), s);
        }
    }

    @Test
    void yearsMonthsAndDays() {
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 2000; i++) {
            LocalDate d = date(r);
            Year y = Year.of(d.getYear());
            temporalCalls(r, y, Year.of(year(r)));
            check(y, "isLeap", t());
            check(y, "atDay", t(int.class), r.nextInt(0, 368));
            check(y, "plusYears", t(long.class), amount(r));
            check(y, "length", t());
            YearMonth ym = YearMonth.of(d.getYear(), d.getMonth());
            temporalCalls(r, ym, YearMonth.of(year(r), r.nextInt(1, 13)));
            check(ym, "plusMonths", t(long.class), amount(r));
            check(ym, "atEndOfMonth", t());
            check(ym, "atDay", t(int.class), r.nextInt(0, 33));
            check(ym, "lengthOfMonth", t());
            check(YearMonth.class, "parse", t(CharSequence.class), ym.toString());
            MonthDay md = MonthDay.of(d.getMonth(), Math.min(d.getDayOfMonth(), 29));
            check(md, "atYear", t(int.class), year(r));
            check(md, "isValidYear", t(int.class), year(r));
            check(md, "toString", t());
            check(MonthDay.class, "of", t(int.class, int.class), r.nextInt(0, 14), r.nextInt(0, 33));
            check(MonthDay.class, "parse", t(CharSequence.class), md.toString());
            check(d.getMonth(), "plus", t(long.class), amount(r));
            check(d.getMonth(), "firstDayOfYear", t(boolean.class), r.nextBoolean());
            check(d.getDayOfWeek(), "minus", t(long.class), amount(r));
            check(Month.class, "of", t(int.class), r.nextInt(-1, 14));
            check(DayOfWeek.class, "of", t(int.class), r.nextInt(-1, 9));
        }
    }
}
