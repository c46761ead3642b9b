package java.util;

import java.time.LocalDate;

/**
 * Day arithmetic for {@link GregorianCalendar}: epoch days (days since 1970-01-01) of dates in
 * the proleptic Gregorian calendar, taken from java.time, and in the Julian calendar, computed
 * here through the Julian day number. Years are astronomical: 0 is 1 BC, -1 is 2 BC.
 */
final class CalendarDays {
    /** The Julian day number of 1970-01-01. */
    private static final long JDN_EPOCH = 2440588;

    private CalendarDays() {}

    /** The epoch day of the first of {@code month} (1..12) of {@code year}. */
    static long gregorian(long year, int month) {
        return LocalDate.of((int) year, month, 1).toEpochDay();
    }

    /** The epoch day of the first of {@code month} (1..12) of {@code year} in the Julian calendar. */
    static long julian(long year, int month) {
        long a = (14 - month) / 12;
        long y = year + 4800 - a;
        long m = month + 12 * a - 3;
        long jdn = 1 + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - 32083;
        return jdn - JDN_EPOCH;
    }

    /** Year, month (1..12) and day of an epoch day, in the Gregorian or the Julian calendar. */
    static long[] date(long epochDay, boolean gregorian) {
        if (gregorian) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            return new long[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
        }
        long c = epochDay + JDN_EPOCH + 32082;
        long d = Math.floorDiv(4 * c + 3, 1461);
        long e = c - Math.floorDiv(1461 * d, 4);
        long m = Math.floorDiv(5 * e + 2, 153);
        long day = e - Math.floorDiv(153 * m + 2, 5) + 1;
        long month = m + 3 - 12 * (m / 10);
        long year = d - 4800 + m / 10;
        return new long[] {year, month, day};
    }

    static boolean gregorianLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static boolean julianLeap(long year) {
        return (year & 3) == 0;
    }

    /** Calendar.SUNDAY (1) to SATURDAY (7); epoch day 0 was a Thursday. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 4, 7) + 1;
    }

    /** The last day on or before {@code epochDay} that falls on {@code dayOfWeek}. */
    static long onOrBefore(long epochDay, int dayOfWeek) {
        return epochDay - Math.floorMod(dayOfWeek(epochDay) - dayOfWeek, 7);
    }
}
