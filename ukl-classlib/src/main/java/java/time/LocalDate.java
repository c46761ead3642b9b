package java.time;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.EPOCH_DAY;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.chrono.ChronoLocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;

/**
 * A date of the proleptic Gregorian calendar (ISO-8601), years -999,999,999 to 999,999,999.
 * Epoch days are converted with the civil-from-days arithmetic over 400-year cycles of 146,097
 * days; results, messages and {@code toString} are the JDK's.
 */
public final class LocalDate implements ChronoLocalDate {
    public static final LocalDate MIN = new LocalDate(Year.MIN_VALUE, 1, 1);
    public static final LocalDate MAX = new LocalDate(Year.MAX_VALUE, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    /** Days from 0000-03-01 to 1970-01-01. */
    private static final long DAYS_0000_TO_1970 = 719468;

    private static final long DAYS_PER_CYCLE = 146097;

    private final int year;
    private final short month;
    private final short day;

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) day;
    }

    public static LocalDate now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDate now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDate now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        return of(year, month.getValue(), dayOfMonth);
    }

    public static LocalDate of(int year, int month, int dayOfMonth) {
        YEAR.checkValidValue(year);
        MONTH_OF_YEAR.checkValidValue(month);
        DAY_OF_MONTH.checkValidValue(dayOfMonth);
        if (dayOfMonth > 28 && dayOfMonth > monthLength(year, month)) {
            if (dayOfMonth == 29) {
                throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
            }
            throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    public static LocalDate ofYearDay(int year, int dayOfYear) {
        YEAR.checkValidValue(year);
        DAY_OF_YEAR.checkValidValue(dayOfYear);
        boolean leap = Year.isLeap(year);
        if (dayOfYear == 366 && !leap) {
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        }
        Month m = Month.of((dayOfYear - 1) / 31 + 1);
        if (dayOfYear > m.firstDayOfYear(leap) + m.length(leap) - 1) {
            m = m.plus(1);
        }
        return new LocalDate(year, m.getValue(), dayOfYear - m.firstDayOfYear(leap) + 1);
    }

    public static LocalDate ofInstant(Instant instant, ZoneId zone) {
        int offset = zone.getRules().getOffset(instant).getTotalSeconds();
        return ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offset, 86400));
    }

    public static LocalDate ofEpochDay(long epochDay) {
        EPOCH_DAY.checkValidValue(epochDay);
        // a year of the cycle runs from March 1, so that February's leap day comes last
        long shifted = epochDay + DAYS_0000_TO_1970;
        long cycle = Math.floorDiv(shifted, DAYS_PER_CYCLE);
        long dayOfCycle = shifted - cycle * DAYS_PER_CYCLE;
        long yearOfCycle = (dayOfCycle - dayOfCycle / 1460 + dayOfCycle / 36524 - dayOfCycle / 146096) / 365;
        int dayOfMarchYear = (int) (dayOfCycle - (365 * yearOfCycle + yearOfCycle / 4 - yearOfCycle / 100));
        int marchMonth = (5 * dayOfMarchYear + 2) / 153;
        int dom = dayOfMarchYear - (153 * marchMonth + 2) / 5 + 1;
        int moy = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
        long y = yearOfCycle + cycle * 400 + (moy <= 2 ? 1 : 0);
        return new LocalDate((int) y, moy, dom);
    }

    public static LocalDate from(TemporalAccessor temporal) {
        LocalDate date = temporal.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + temporal + " of type "
                    + temporal.getClass().getName());
        }
        return date;
    }

    public static LocalDate parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, From.LOCAL_DATE);
    }

    static int monthLength(long year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static LocalDate previousValid(int year, int month, int day) {
        return new LocalDate(year, month, Math.min(day, monthLength(year, month)));
    }

    @Override
    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField ? field.isDateBased() : field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        return unit instanceof ChronoUnit ? unit.isDateBased() : unit != null && unit.isSupportedBy(this);
    }

    @Override
    public ValueRange range(TemporalField field) {
        if (!(field instanceof ChronoField f)) {
            return field.rangeRefinedBy(this);
        }
        if (!f.isDateBased()) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return switch (f) {
            case DAY_OF_MONTH -> ValueRange.of(1, lengthOfMonth());
            case DAY_OF_YEAR -> ValueRange.of(1, lengthOfYear());
            case ALIGNED_WEEK_OF_MONTH -> ValueRange.of(1, month == 2 && !isLeapYear() ? 4 : 5);
            case YEAR_OF_ERA -> year <= 0 ? ValueRange.of(1, Year.MAX_VALUE + 1) : ValueRange.of(1, Year.MAX_VALUE);
            default -> f.range();
        };
    }

    @Override
    public int get(TemporalField field) {
        if (field == EPOCH_DAY || field == ChronoField.PROLEPTIC_MONTH) {
            throw new UnsupportedTemporalTypeException(
                    "Invalid field '" + field + "' for get() method, use getLong() instead");
        }
        return field instanceof ChronoField ? (int) getLong(field) : ChronoLocalDate.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField f)) {
            return field.getFrom(this);
        }
        return switch (f) {
            case DAY_OF_WEEK -> getDayOfWeek().getValue();
            case ALIGNED_DAY_OF_WEEK_IN_MONTH -> (day - 1) % 7 + 1;
            case ALIGNED_DAY_OF_WEEK_IN_YEAR -> (getDayOfYear() - 1) % 7 + 1;
            case DAY_OF_MONTH -> day;
            case DAY_OF_YEAR -> getDayOfYear();
            case EPOCH_DAY -> toEpochDay();
            case ALIGNED_WEEK_OF_MONTH -> (day - 1) / 7 + 1;
            case ALIGNED_WEEK_OF_YEAR -> (getDayOfYear() - 1) / 7 + 1;
            case MONTH_OF_YEAR -> month;
            case PROLEPTIC_MONTH -> prolepticMonth();
            case YEAR_OF_ERA -> year >= 1 ? year : 1 - year;
            case YEAR -> year;
            case ERA -> year >= 1 ? 1 : 0;
            default -> throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        };
    }

    private long prolepticMonth() {
        return year * 12L + month - 1;
    }

    @Override
    public IsoChronology getChronology() {
        return IsoChronology.INSTANCE;
    }

    public IsoEra getEra() {
        return year >= 1 ? IsoEra.CE : IsoEra.BCE;
    }

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public int getDayOfMonth() {
        return day;
    }

    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    public DayOfWeek getDayOfWeek() {
        // 1970-01-01 was a Thursday
        return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7L) + 1);
    }

    @Override
    public boolean isLeapYear() {
        return Year.isLeap(year);
    }

    @Override
    public int lengthOfMonth() {
        return monthLength(year, month);
    }

    @Override
    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    @Override
    public LocalDate with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate d) {
            return d;
        }
        return (LocalDate) adjuster.adjustInto(this);
    }

    @Override
    public LocalDate with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField f)) {
            return field.adjustInto(this, newValue);
        }
        f.checkValidValue(newValue);
        return switch (f) {
            case DAY_OF_WEEK -> plusDays(newValue - getDayOfWeek().getValue());
            case ALIGNED_DAY_OF_WEEK_IN_MONTH, ALIGNED_DAY_OF_WEEK_IN_YEAR -> plusDays(newValue - getLong(f));
            case DAY_OF_MONTH -> withDayOfMonth((int) newValue);
            case DAY_OF_YEAR -> withDayOfYear((int) newValue);
            case EPOCH_DAY -> ofEpochDay(newValue);
            case ALIGNED_WEEK_OF_MONTH, ALIGNED_WEEK_OF_YEAR -> plusWeeks(newValue - getLong(f));
            case MONTH_OF_YEAR -> withMonth((int) newValue);
            case PROLEPTIC_MONTH -> plusMonths(newValue - prolepticMonth());
            case YEAR_OF_ERA -> withYear((int) (year >= 1 ? newValue : 1 - newValue));
            case YEAR -> withYear((int) newValue);
            case ERA -> getLong(ChronoField.ERA) == newValue ? this : withYear(1 - year);
            default -> throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        };
    }

    public LocalDate withYear(int year) {
        if (this.year == year) {
            return this;
        }
        YEAR.checkValidValue(year);
        return previousValid(year, month, day);
    }

    public LocalDate withMonth(int month) {
        if (this.month == month) {
            return this;
        }
        MONTH_OF_YEAR.checkValidValue(month);
        return previousValid(year, month, day);
    }

    public LocalDate withDayOfMonth(int dayOfMonth) {
        return day == dayOfMonth ? this : of(year, month, dayOfMonth);
    }

    public LocalDate withDayOfYear(int dayOfYear) {
        return getDayOfYear() == dayOfYear ? this : ofYearDay(year, dayOfYear);
    }

    @Override
    public LocalDate plus(TemporalAmount amount) {
        if (amount instanceof Period p) {
            return plusMonths(p.toTotalMonths()).plusDays(p.getDays());
        }
        if (amount == null) {
            throw new NullPointerException("amountToAdd");
        }
        return (LocalDate) amount.addTo(this);
    }

    @Override
    public LocalDate plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amountToAdd);
        }
        return switch (u) {
            case DAYS -> plusDays(amountToAdd);
            case WEEKS -> plusWeeks(amountToAdd);
            case MONTHS -> plusMonths(amountToAdd);
            case YEARS -> plusYears(amountToAdd);
            case DECADES -> plusYears(Math.multiplyExact(amountToAdd, 10));
            case CENTURIES -> plusYears(Math.multiplyExact(amountToAdd, 100));
            case MILLENNIA -> plusYears(Math.multiplyExact(amountToAdd, 1000));
            case ERAS -> with(ChronoField.ERA, Math.addExact(getLong(ChronoField.ERA), amountToAdd));
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public LocalDate plusYears(long yearsToAdd) {
        if (yearsToAdd == 0) {
            return this;
        }
        return previousValid(YEAR.checkValidIntValue(year + yearsToAdd), month, day);
    }

    public LocalDate plusMonths(long monthsToAdd) {
        if (monthsToAdd == 0) {
            return this;
        }
        long target = prolepticMonth() + monthsToAdd;
        int newYear = YEAR.checkValidIntValue(Math.floorDiv(target, 12));
        return previousValid(newYear, (int) Math.floorMod(target, 12L) + 1, day);
    }

    public LocalDate plusWeeks(long weeksToAdd) {
        return plusDays(Math.multiplyExact(weeksToAdd, 7));
    }

    public LocalDate plusDays(long daysToAdd) {
        if (daysToAdd == 0) {
            return this;
        }
        // within this month or into the next: the JDK's fast path, whose range error names the year
        long dom = day + daysToAdd;
        if (dom > 0 && dom <= 59) {
            int length = lengthOfMonth();
            if (dom <= length) {
                return new LocalDate(year, month, (int) dom);
            }
            if (month < 12) {
                return new LocalDate(year, month + 1, (int) (dom - length));
            }
            YEAR.checkValidValue(year + 1L);
            return new LocalDate(year + 1, 1, (int) (dom - length));
        }
        return ofEpochDay(Math.addExact(toEpochDay(), daysToAdd));
    }

    @Override
    public LocalDate minus(TemporalAmount amount) {
        if (amount instanceof Period p) {
            return minusMonths(p.toTotalMonths()).minusDays(p.getDays());
        }
        if (amount == null) {
            throw new NullPointerException("amountToSubtract");
        }
        return (LocalDate) amount.subtractFrom(this);
    }

    @Override
    public LocalDate minus(long amountToSubtract, TemporalUnit unit) {
        return amountToSubtract == Long.MIN_VALUE
                ? plus(Long.MAX_VALUE, unit).plus(1, unit)
                : plus(-amountToSubtract, unit);
    }

    public LocalDate minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public LocalDate minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    public LocalDate minusWeeks(long weeks) {
        return weeks == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-weeks);
    }

    public LocalDate minusDays(long days) {
        return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.localDate()) {
            return (R) this;
        }
        if (query == TemporalQueries.chronology()) {
            return (R) IsoChronology.INSTANCE;
        }
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.DAYS;
        }
        return ChronoLocalDate.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(EPOCH_DAY, toEpochDay());
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        return switch (u) {
            case DAYS -> end.toEpochDay() - toEpochDay();
            case WEEKS -> (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS -> monthsUntil(end);
            case YEARS -> monthsUntil(end) / 12;
            case DECADES -> monthsUntil(end) / 120;
            case CENTURIES -> monthsUntil(end) / 1200;
            case MILLENNIA -> monthsUntil(end) / 12000;
            case ERAS -> end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    /** Whole months: a month is complete once the end's day of month reaches the start's. */
    private long monthsUntil(LocalDate end) {
        long start = prolepticMonth() * 32L + day;
        long stop = end.prolepticMonth() * 32L + end.day;
        return (stop - start) / 32;
    }

    @Override
    public Period until(ChronoLocalDate endDateExclusive) {
        LocalDate end = from(endDateExclusive);
        long months = end.prolepticMonth() - prolepticMonth();
        int days = end.day - day;
        if (months > 0 && days < 0) {
            months--;
            days = (int) (end.toEpochDay() - plusMonths(months).toEpochDay());
        } else if (months < 0 && days > 0) {
            months++;
            days -= end.lengthOfMonth();
        }
        return Period.of(Math.toIntExact(months / 12), (int) (months % 12), days);
    }

    @Override
    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    public LocalDateTime atTime(int hour, int minute) {
        return atTime(LocalTime.of(hour, minute));
    }

    public LocalDateTime atTime(int hour, int minute, int second) {
        return atTime(LocalTime.of(hour, minute, second));
    }

    public LocalDateTime atTime(int hour, int minute, int second, int nanoOfSecond) {
        return atTime(LocalTime.of(hour, minute, second, nanoOfSecond));
    }

    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    /** With fixed-offset zones only, the day always starts at midnight. */
    public ZonedDateTime atStartOfDay(ZoneId zone) {
        return ZonedDateTime.of(atStartOfDay(), zone);
    }

    @Override
    public long toEpochDay() {
        long y = month <= 2 ? year - 1L : year;
        long cycle = Math.floorDiv(y, 400);
        long yearOfCycle = y - cycle * 400;
        int marchMonth = month > 2 ? month - 3 : month + 9;
        long dayOfMarchYear = (153 * marchMonth + 2) / 5 + day - 1;
        long dayOfCycle = yearOfCycle * 365 + yearOfCycle / 4 - yearOfCycle / 100 + dayOfMarchYear;
        return cycle * DAYS_PER_CYCLE + dayOfCycle - DAYS_0000_TO_1970;
    }

    public long toEpochSecond(LocalTime time, ZoneOffset offset) {
        return toEpochDay() * 86400 + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    @Override
    public int compareTo(ChronoLocalDate other) {
        if (other instanceof LocalDate d) {
            return compareDate(d);
        }
        return Long.compare(toEpochDay(), other.toEpochDay());
    }

    /** The JDK's LocalDate answers the difference of the first differing field, not just its sign. */
    int compareDate(LocalDate other) {
        int cmp = year - other.year;
        if (cmp == 0) {
            cmp = month - other.month;
            if (cmp == 0) {
                cmp = day - other.day;
            }
        }
        return cmp;
    }

    @Override
    public boolean isAfter(ChronoLocalDate other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean isBefore(ChronoLocalDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean isEqual(ChronoLocalDate other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalDate d && compareDate(d) == 0;
    }

    @Override
    public int hashCode() {
        return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10);
        appendYear(b, year);
        return b.append(month < 10 ? "-0" : "-")
                .append(month)
                .append(day < 10 ? "-0" : "-")
                .append(day)
                .toString();
    }

    /** ISO-8601 §4.1.2.4: at least four digits, a sign when negative or beyond 9999. */
    static void appendYear(StringBuilder b, int year) {
        if (Math.abs(year) < 1000) {
            if (year < 0) {
                b.append('-');
            }
            int abs = Math.abs(year);
            b.append(abs < 10 ? "000" : abs < 100 ? "00" : "0").append(abs);
        } else {
            if (year > 9999) {
                b.append('+');
            }
            b.append(year);
        }
    }
}
