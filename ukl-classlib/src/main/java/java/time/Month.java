package java.time;

import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;

/** January (1) to December (12) of the ISO calendar. */
public enum Month implements TemporalAccessor, TemporalAdjuster {
    JANUARY,
    FEBRUARY,
    MARCH,
    APRIL,
    MAY,
    JUNE,
    JULY,
    AUGUST,
    SEPTEMBER,
    OCTOBER,
    NOVEMBER,
    DECEMBER;

    public static Month of(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        }
        return values()[month - 1];
    }

    public static Month from(TemporalAccessor temporal) {
        if (temporal instanceof Month m) {
            return m;
        }
        try {
            return of(temporal.get(ChronoField.MONTH_OF_YEAR));
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    "Unable to obtain Month from TemporalAccessor: " + temporal + " of type "
                            + temporal.getClass().getName(),
                    e);
        }
    }

    public int getValue() {
        return ordinal() + 1;
    }

    @Override
    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField
                ? field == ChronoField.MONTH_OF_YEAR
                : field != null && field.isSupportedBy(this);
    }

    @Override
    public ValueRange range(TemporalField field) {
        return field == ChronoField.MONTH_OF_YEAR ? field.range() : TemporalAccessor.super.range(field);
    }

    @Override
    public int get(TemporalField field) {
        return field == ChronoField.MONTH_OF_YEAR ? getValue() : TemporalAccessor.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field == ChronoField.MONTH_OF_YEAR) {
            return getValue();
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    public Month plus(long months) {
        int amount = (int) (months % 12);
        return values()[(ordinal() + (amount + 12)) % 12];
    }

    public Month minus(long months) {
        return plus(-(months % 12));
    }

    public int length(boolean leapYear) {
        return switch (ordinal()) {
            case 1 -> leapYear ? 29 : 28;
            case 3, 5, 8, 10 -> 30;
            default -> 31;
        };
    }

    public int minLength() {
        return length(false);
    }

    public int maxLength() {
        return length(true);
    }

    /** The day of the year on which this month starts. */
    public int firstDayOfYear(boolean leapYear) {
        int leap = leapYear ? 1 : 0;
        return switch (ordinal()) {
            case 0 -> 1;
            case 1 -> 32;
            case 2 -> 60 + leap;
            case 3 -> 91 + leap;
            case 4 -> 121 + leap;
            case 5 -> 152 + leap;
            case 6 -> 182 + leap;
            case 7 -> 213 + leap;
            case 8 -> 244 + leap;
            case 9 -> 274 + leap;
            case 10 -> 305 + leap;
            default -> 335 + leap;
        };
    }

    public Month firstMonthOfQuarter() {
        return values()[(ordinal() / 3) * 3];
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
        return TemporalAccessor.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.MONTH_OF_YEAR, getValue());
    }
}
