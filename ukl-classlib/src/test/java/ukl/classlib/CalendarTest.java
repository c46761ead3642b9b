package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * GregorianCalendar, TimeZone and Date against the JDK's: random sequences of set, add, roll,
 * clear and queries over dates of every era (leap years, the Julian/Gregorian cutover of October
 * 1582, BC years), the fields and the time compared after each step, and the pending state (which
 * fields are set, by {@code toString}) before the time is computed.
 */
class CalendarTest {
    private static final String[] ZONES = {"UTC", "GMT", "GMT+05:30", "GMT-08:00", "GMT+14:00"};

    /** Two calendars driven alike: the JDK's and ours. */
    private static final class Pair {
        final Calendar jdk;
        final Object ours;

        Pair(String zone) throws Throwable {
            jdk = new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.US);
            ours = DateMirror.calendar(zone);
        }

        /** The calls so far, for the message of a mismatch. */
        final StringBuilder history = new StringBuilder();

        void check(String what, DateMirror.Call jdkCall, DateMirror.Call ourCall) {
            history.append("\n  ").append(what);
            assertEquals(DateMirror.outcome(jdkCall), normalize(DateMirror.outcome(ourCall)), history::toString);
        }

        void call(String what, String name, Object... args) {
            check(what, () -> invokeJdk(name, args), () -> Shadow.invoke(ours, name, args));
        }

        private Object invokeJdk(String name, Object... args) throws Throwable {
            return Shadow.invoke(jdk, name, args);
        }

        String state(boolean jdkSide) throws Throwable {
            Object c = jdkSide ? jdk : ours;
            StringBuilder b = new StringBuilder("time=").append(Shadow.invoke(c, "getTimeInMillis"));
            for (int f = 0; f < Calendar.FIELD_COUNT; f++) {
                b.append(' ').append(Shadow.invoke(c, "get", f));
            }
            return b.toString();
        }

        void checkState(String what) {
            check(what + " state", () -> state(true), () -> state(false));
        }
    }

    static String normalize(String s) {
        return s.replace("shadow.GregorianCalendar", "java.util.GregorianCalendar");
    }

    /** A random instant: mostly modern dates, often around the cutover, sometimes far in the past. */
    private static long randomMillis(SplittableRandom r, int band) {
        long day = 86_400_000L;
        return switch (band) {
            case 0 -> r.nextLong(-2_208_988_800_000L, 4_102_444_800_000L); // 1900..2100
            case 1 -> -12_219_292_800_000L + r.nextLong(-800 * day, 800 * day); // around 1582-10-15
            case 2 -> r.nextLong(-62_200_000_000_000L, -50_000_000_000_000L); // 1 BC .. 400 AD
            case 3 -> r.nextLong(-100_000_000_000_000L, -62_000_000_000_000L); // BC
            default -> r.nextLong(-20_000_000_000_000L, 20_000_000_000_000L);
        };
    }

    @Test
    void randomOperationSequencesMatchTheJdk() throws Throwable {
        SplittableRandom r = new SplittableRandom(1582);
        for (int sequence = 0; sequence < 1500; sequence++) {
            int band = r.nextInt(5);
            Pair p = new Pair(ZONES[r.nextInt(ZONES.length)]);
            long start = randomMillis(r, band);
            String trace = "seq " + sequence + " start " + start + " zone "
                    + p.jdk.getTimeZone().getID();
            p.call(trace, "setTimeInMillis", start);
            p.checkState(trace);
            for (int step = 0; step < 25; step++) {
                String what = trace + " step " + step;
                int field = r.nextInt(Calendar.ZONE_OFFSET);
                switch (r.nextInt(12)) {
                    case 0, 1 -> {
                        int min = p.jdk.getMinimum(field);
                        int max = p.jdk.getMaximum(field);
                        // an era other than BC or AD fails differently in the JDK's queries (not a case to copy)
                        int value = r.nextInt(4) == 0 && field != Calendar.ERA
                                ? r.nextInt(min - 40, max + 40)
                                : r.nextInt(min, max + 1);
                        what += " set(" + field + "," + value + ")";
                        p.call(what, "set", field, value);
                    }
                    case 2, 3 -> {
                        int amount = r.nextInt(3) == 0 ? r.nextInt(-2000, 2000) : r.nextInt(-15, 16);
                        what += " add(" + field + "," + amount + ")";
                        p.call(what, "add", field, amount);
                    }
                    case 4, 5 -> {
                        Calendar now = (Calendar) p.jdk.clone();
                        boolean bc = now.get(Calendar.ERA) == GregorianCalendar.BC;
                        boolean cutover = !bc && Math.abs(now.get(Calendar.YEAR) - 1582) <= 1;
                        if (cutover || field == Calendar.ERA || (bc && field == Calendar.WEEK_OF_YEAR)) {
                            // not the JDK's: rolling within the cutover year, and weeks of BC years, where the
                            // JDK's week year takes an astronomical year for an era year (GregorianCalendar.roll)
                            continue;
                        }
                        int amount = r.nextInt(-30, 31);
                        what += " roll(" + field + "," + amount + ")";
                        p.call(what, "roll", field, amount);
                    }
                    case 6 -> {
                        int year = band == 1 ? r.nextInt(1575, 1590) : r.nextInt(1, 2400);
                        int month = r.nextInt(-1, 13);
                        int day = r.nextInt(0, 33);
                        what += " set(" + year + "," + month + "," + day + ")";
                        p.call(what, "set", year, month, day);
                    }
                    case 7 -> {
                        what += " clear";
                        p.call(what, "clear");
                    }
                    case 8 -> {
                        what += " toString";
                        p.call(what, "toString");
                    }
                    case 9 -> {
                        what += " actual max/min(" + field + ")";
                        p.call(what, "getActualMaximum", field);
                        p.call(what, "getActualMinimum", field);
                    }
                    case 10 -> {
                        what += " clear(" + field + ")";
                        p.call(what, "clear", field);
                    }
                    default -> {
                        what += " weekYear";
                        p.call(what, "getWeekYear");
                    }
                }
                if (r.nextInt(3) == 0) {
                    p.checkState(what);
                }
            }
            p.checkState(trace + " end");
        }
    }

    @Test
    void strictCalendarsRejectAsTheJdk() throws Throwable {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            Pair p = new Pair("UTC");
            p.call("lenient", "setLenient", false);
            p.call("clear", "clear");
            int year = r.nextInt(1, 2200);
            int month = r.nextInt(-1, 13);
            int day = r.nextInt(0, 33);
            String what = "strict " + year + "-" + month + "-" + day;
            p.call(what, "set", year, month, day);
            if (r.nextBoolean()) {
                int hour = r.nextInt(-1, 25);
                p.call(what, "set", Calendar.HOUR_OF_DAY, hour);
                what += " " + hour + "h";
            }
            p.call(what, "getTimeInMillis");
        }
    }

    @Test
    void cutoverMonthAsTheJdk() throws Throwable {
        for (int day = -2; day <= 34; day++) {
            for (int field : new int[] {Calendar.DAY_OF_MONTH, Calendar.DAY_OF_YEAR, Calendar.WEEK_OF_YEAR}) {
                Pair p = new Pair("UTC");
                p.call("clear", "clear");
                p.call("set", "set", 1582, Calendar.OCTOBER, day);
                p.checkState("1582-10-" + day);
                p.call("max " + field, "getActualMaximum", field);
                p.call("add", "add", field, 1);
                p.checkState("1582-10-" + day + " +1 of " + field);
                p.call("add", "add", Calendar.MONTH, 1);
                p.checkState("1582-10-" + day + " +1 month");
            }
        }
    }

    @Test
    void zonesAsTheJdk() throws Throwable {
        String[] ids = {
            "UTC",
            "GMT",
            "UT",
            "Z",
            "utc",
            "Foo",
            "GMT+1",
            "GMT+01",
            "GMT+0100",
            "GMT+01:00",
            "GMT-5:30",
            "GMT+24:00",
            "GMT+23:59",
            "GMT+1:2",
            "UTC+01:00",
            "GMT+0",
            "GMT-0",
            "GMT+123",
            "GMT+12345",
            "GMT+01:5",
            "GMT-00:30",
            "GMT+",
            "GMT+ab"
        };
        for (String id : ids) {
            TimeZone jdk = TimeZone.getTimeZone(id);
            Object ours = DateMirror.zone(id);
            for (String query :
                    new String[] {"getID", "getRawOffset", "getDSTSavings", "useDaylightTime", "toString"}) {
                assertEquals(
                        DateMirror.outcome(() -> TimeZone.class.getMethod(query).invoke(jdk)),
                        DateMirror.outcome(() -> Shadow.invoke(ours, query)),
                        id + " " + query);
            }
            for (boolean daylight : new boolean[] {false, true}) {
                for (int style : new int[] {TimeZone.SHORT, TimeZone.LONG}) {
                    assertEquals(
                            jdk.getDisplayName(daylight, style, Locale.US),
                            Shadow.invoke(ours, "getDisplayName", daylight, style, Locale.US),
                            id + " name");
                }
            }
            assertEquals(
                    DateMirror.outcome(() -> jdk.toZoneId()).replaceAll(":.*", ""),
                    DateMirror.outcome(() -> Shadow.invoke(ours, "toZoneId")).replaceAll(":.*", ""),
                    id);
        }
        for (String region : new String[] {"Europe/Paris", "America/New_York", "EST", "CET", "Japan"}) {
            Throwable e = assertThrows(IllegalArgumentException.class, () -> DateMirror.zone(region));
            assertEquals(
                    "Unknown time-zone ID: " + region
                            + " (ukl images carry no time-zone database; use \"UTC\", \"GMT\" or \"GMT+hh:mm\")",
                    e.getMessage());
        }
        assertEquals("UTC", Shadow.invoke(Shadow.invoke(DateMirror.type("java/util/TimeZone"), "getDefault"), "getID"));
    }

    @Test
    void datesPrintAndCompareAsTheJdk() throws Throwable {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            SplittableRandom r = new SplittableRandom(1970);
            for (int i = 0; i < 20000; i++) {
                long millis = i < 2 ? (i == 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : randomMillis(r, r.nextInt(5));
                long other = r.nextBoolean() ? millis : randomMillis(r, r.nextInt(5));
                java.util.Date jdk = new java.util.Date(millis);
                Object ours = DateMirror.date(millis);
                Object ourOther = DateMirror.date(other);
                String what = "Date(" + millis + ")";
                assertEquals(jdk.toString(), ours.toString(), what);
                assertEquals(jdk.hashCode(), ours.hashCode(), what);
                assertEquals(jdk.compareTo(new java.util.Date(other)), Shadow.invoke(ours, "compareTo", ourOther));
                assertEquals(jdk.before(new java.util.Date(other)), Shadow.invoke(ours, "before", ourOther));
                assertEquals(jdk.equals(new java.util.Date(other)), ours.equals(ourOther));
                if (millis > -62_000_000_000_000L && millis < 20_000_000_000_000L) {
                    for (String getter :
                            new String[] {"getYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes"}) {
                        assertEquals(Shadow.invoke(jdk, getter), Shadow.invoke(ours, getter), what + " " + getter);
                    }
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
