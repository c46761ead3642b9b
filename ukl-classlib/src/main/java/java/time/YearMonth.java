package java.time;

import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.chrono.IsoChronology;
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

/** A month of a year, such as {@code 2024-02}. */
public final class YearMonth implements Temporal, TemporalAdjuster, Comparable<YearMonth> {
    private final int year;
    private final int month;

    private YearMonth(int year, int month) {
        this.year = year;
        this.month = month;
    }

    public static YearMonth now() {
        return from(LocalDate.now());
    }

    public static YearMonth now(Clock clock) {
        return from(LocalDate.now(clock));
    }

    public static YearMonth of(int year, Month month) {
        return of(year, month.getValue());
    }

    public static YearMonth of(int year, int month) {
        YEAR.checkValidValue(year);
        MONTH_OF_YEAR.checkValidValue(month);
        return new YearMonth(year, month);
    }

    public static YearMonth from(TemporalAccessor temporal) {
        if (temporal instanceof YearMonth ym) {
            return ym;
        }
        try {
            return of(temporal.get(YEAR), temporal.get(MONTH_OF_YEAR));
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    "Unable to obtain YearMonth from TemporalAccessor: " + temporal + " of type "
                            + temporal.getClass().getName(),
                    e);
        }
    }

    public static YearMonth parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ofPattern("uuuu-MM"));
    }

    public static YearMonth parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, From.YEAR_MONTH);
    }

    private YearMonth with(int newYear, int newMonth) {
        return year == newYear && month == newMonth ? this : new YearMonth(newYear, newMonth);
    }

    private long prolepticMonth() {
        return year * 12L + month - 1;
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == YEAR
                    || field == MONTH_OF_YEAR
                    || field == ChronoField.PROLEPTIC_MONTH
                    || field == ChronoField.YEAR_OF_ERA
                    || field == ChronoField.ERA;
        }
        return field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            return unit == ChronoUnit.MONTHS
                    || unit == ChronoUnit.YEARS
                    || unit == ChronoUnit.DECADES
                    || unit == ChronoUnit.CENTURIES
                    || unit == ChronoUnit.MILLENNIA
                    || unit == ChronoUnit.ERAS;
        }
        return unit != null && unit.isSupportedBy(this);
    }

    @Override
    public ValueRange range(TemporalField field) {
        if (field == ChronoField.YEAR_OF_ERA) {
            return year <= 0 ? ValueRange.of(1, Year.MAX_VALUE + 1) : ValueRange.of(1, Year.MAX_VALUE);
        }
        return Temporal.super.range(field);
    }

    @Override
    public int get(TemporalField field) {
        return range(field).checkValidIntValue(getLong(field), field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field == MONTH_OF_YEAR) {
            return month;
        }
        if (field == ChronoField.PROLEPTIC_MONTH) {
            return prolepticMonth();
        }
        if (field == ChronoField.YEAR_OF_ERA) {
            return year < 1 ? 1 - year : year;
        }
        if (field == YEAR) {
            return year;
        }
        if (field == ChronoField.ERA) {
            return year < 1 ? 0 : 1;
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
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

    public boolean isLeapYear() {
        return Year.isLeap(year);
    }

    public boolean isValidDay(int dayOfMonth) {
        return dayOfMonth >= 1 && dayOfMonth <= lengthOfMonth();
    }

    public int lengthOfMonth() {
        return LocalDate.monthLength(year, month);
    }

    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    @Override
    public YearMonth with(TemporalAdjuster adjuster) {
        return (YearMonth) adjuster.adjustInto(this);
    }

    @Override
    public YearMonth with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField f)) {
            return field.adjustInto(this, newValue);
        }
        f.checkValidValue(newValue);
        if (f == MONTH_OF_YEAR) {
            return withMonth((int) newValue);
        }
        if (f == ChronoField.PROLEPTIC_MONTH) {
            return plusMonths(newValue - prolepticMonth());
        }
        if (f == ChronoField.YEAR_OF_ERA) {
            return withYear((int) (year < 1 ? 1 - newValue : newValue));
        }
        if (f == YEAR) {
            return withYear((int) newValue);
        }
        if (f == ChronoField.ERA) {
            return getLong(ChronoField.ERA) == newValue ? this : withYear(1 - year);
        }
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }

    public YearMonth withYear(int year) {
        YEAR.checkValidValue(year);
        return with(year, month);
    }

    public YearMonth withMonth(int month) {
        MONTH_OF_YEAR.checkValidValue(month);
        return with(year, month);
    }

    @Override
    public YearMonth plus(TemporalAmount amount) {
        return (YearMonth) amount.addTo(this);
    }

    @Override
    public YearMonth plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amount);
        }
        return switch (u) {
            case MONTHS -> plusMonths(amount);
            case YEARS -> plusYears(amount);
            case DECADES -> plusYears(Math.multiplyExact(amount, 10));
            case CENTURIES -> plusYears(Math.multiplyExact(amount, 100));
            case MILLENNIA -> plusYears(Math.multiplyExact(amount, 1000));
            case ERAS -> with(ChronoField.ERA, Math.addExact(getLong(ChronoField.ERA), amount));
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public YearMonth plusYears(long yearsToAdd) {
        return yearsToAdd == 0 ? this : with(YEAR.checkValidIntValue(year + yearsToAdd), month);
    }

    public YearMonth plusMonths(long monthsToAdd) {
        if (monthsToAdd == 0) {
            return this;
        }
        long target = prolepticMonth() + monthsToAdd;
        return with(YEAR.checkValidIntValue(Math.floorDiv(target, 12)), (int) Math.floorMod(target, 12L) + 1);
    }

    @Override
    public YearMonth minus(TemporalAmount amount) {
        return (YearMonth) amount.subtractFrom(this);
    }

    @Override
    public YearMonth minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public YearMonth minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    public YearMonth minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.chronology()) {
            return (R) IsoChronology.INSTANCE;
        }
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.MONTHS;
        }
        return Temporal.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.PROLEPTIC_MONTH, prolepticMonth());
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        YearMonth end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        long months = end.prolepticMonth() - prolepticMonth();
        return switch (u) {
            case MONTHS -> months;
            case YEARS -> months / 12;
            case DECADES -> months / 120;
            case CENTURIES -> months / 1200;
            case MILLENNIA -> months / 12000;
            case ERAS -> end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public LocalDate atDay(int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    public LocalDate atEndOfMonth() {
        return LocalDate.of(year, month, lengthOfMonth());
    }

    @Override
    public int compareTo(YearMonth other) {
        int cmp = year - other.year;
        return cmp != 0 ? cmp : month - other.month;
    }

    public boolean isAfter(YearMonth other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(YearMonth other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof YearMonth o && year == o.year && month == o.month;
    }

    @Override
    public int hashCode() {
        return year ^ (month << 27);
    }

    @Override
    public String toString() {
        // unlike LocalDate, no '+' before a year beyond 9999 (the JDK's parse then needs one)
        StringBuilder b = new StringBuilder(9);
        if (Math.abs(year) < 1000) {
            LocalDate.appendYear(b, year);
        } else {
            b.append(year);
        }
        return b.append(month < 10 ? "-0" : "-").append(month).toString();
    }
}
