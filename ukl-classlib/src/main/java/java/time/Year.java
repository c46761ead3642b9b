package java.time;

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

/** A year of the proleptic Gregorian calendar. */
public final class Year implements Temporal, TemporalAdjuster, Comparable<Year> {
    public static final int MIN_VALUE = -999_999_999;
    public static final int MAX_VALUE = 999_999_999;

    private final int year;

    private Year(int year) {
        this.year = year;
    }

    public static Year now() {
        return of(LocalDate.now().getYear());
    }

    public static Year now(Clock clock) {
        return of(LocalDate.now(clock).getYear());
    }

    public static Year of(int isoYear) {
        YEAR.checkValidValue(isoYear);
        return new Year(isoYear);
    }

    public static Year from(TemporalAccessor temporal) {
        if (temporal instanceof Year y) {
            return y;
        }
        try {
            return of(temporal.get(YEAR));
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    "Unable to obtain Year from TemporalAccessor: " + temporal + " of type "
                            + temporal.getClass().getName(),
                    e);
        }
    }

    public static Year parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ofPattern("u"));
    }

    public static Year parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, From.YEAR);
    }

    /** Gregorian rule: every fourth year, except centuries not divisible by 400. */
    public static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public int getValue() {
        return year;
    }

    public boolean isLeap() {
        return isLeap(year);
    }

    public int length() {
        return isLeap() ? 366 : 365;
    }

    public boolean isValidMonthDay(MonthDay monthDay) {
        return monthDay != null && monthDay.isValidYear(year);
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == YEAR || field == ChronoField.YEAR_OF_ERA || field == ChronoField.ERA;
        }
        return field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            return unit == ChronoUnit.YEARS
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
            return year <= 0 ? ValueRange.of(1, MAX_VALUE + 1) : ValueRange.of(1, MAX_VALUE);
        }
        return Temporal.super.range(field);
    }

    @Override
    public int get(TemporalField field) {
        return range(field).checkValidIntValue(getLong(field), field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field == YEAR) {
            return year;
        }
        if (field == ChronoField.YEAR_OF_ERA) {
            return year < 1 ? 1 - year : year;
        }
        if (field == ChronoField.ERA) {
            return year < 1 ? 0 : 1;
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    @Override
    public Year with(TemporalAdjuster adjuster) {
        return (Year) adjuster.adjustInto(this);
    }

    @Override
    public Year with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField f)) {
            return field.adjustInto(this, newValue);
        }
        f.checkValidValue(newValue);
        if (f == ChronoField.YEAR_OF_ERA) {
            return of((int) (year < 1 ? 1 - newValue : newValue));
        }
        if (f == YEAR) {
            return of((int) newValue);
        }
        if (f == ChronoField.ERA) {
            return getLong(ChronoField.ERA) == newValue ? this : of(1 - year);
        }
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }

    @Override
    public Year plus(TemporalAmount amount) {
        return (Year) amount.addTo(this);
    }

    @Override
    public Year plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amount);
        }
        return switch (u) {
            case YEARS -> plusYears(amount);
            case DECADES -> plusYears(Math.multiplyExact(amount, 10));
            case CENTURIES -> plusYears(Math.multiplyExact(amount, 100));
            case MILLENNIA -> plusYears(Math.multiplyExact(amount, 1000));
            case ERAS -> with(ChronoField.ERA, Math.addExact(getLong(ChronoField.ERA), amount));
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public Year plusYears(long yearsToAdd) {
        return yearsToAdd == 0 ? this : of(YEAR.checkValidIntValue(year + yearsToAdd));
    }

    @Override
    public Year minus(TemporalAmount amount) {
        return (Year) amount.subtractFrom(this);
    }

    @Override
    public Year minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Year minusYears(long yearsToSubtract) {
        return yearsToSubtract == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-yearsToSubtract);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.chronology()) {
            return (R) IsoChronology.INSTANCE;
        }
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.YEARS;
        }
        return Temporal.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(YEAR, year);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        Year end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        long years = (long) end.year - year;
        return switch (u) {
            case YEARS -> years;
            case DECADES -> years / 10;
            case CENTURIES -> years / 100;
            case MILLENNIA -> years / 1000;
            case ERAS -> end.getLong(ChronoField.ERA) - getLong(ChronoField.ERA);
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public LocalDate atDay(int dayOfYear) {
        return LocalDate.ofYearDay(year, dayOfYear);
    }

    public YearMonth atMonth(Month month) {
        return YearMonth.of(year, month);
    }

    public YearMonth atMonth(int month) {
        return YearMonth.of(year, month);
    }

    public LocalDate atMonthDay(MonthDay monthDay) {
        return monthDay.atYear(year);
    }

    @Override
    public int compareTo(Year other) {
        return year - other.year;
    }

    public boolean isAfter(Year other) {
        return year > other.year;
    }

    public boolean isBefore(Year other) {
        return year < other.year;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Year y && year == y.year;
    }

    @Override
    public int hashCode() {
        return year;
    }

    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
