package java.time.temporal;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** The common adjusters. They work through fields and units, so on any ISO date-based temporal. */
public final class TemporalAdjusters {
    private static final int FIRST_OF_MONTH = 0;
    private static final int LAST_OF_MONTH = 1;
    private static final int FIRST_OF_NEXT_MONTH = 2;
    private static final int FIRST_OF_YEAR = 3;
    private static final int LAST_OF_YEAR = 4;
    private static final int FIRST_OF_NEXT_YEAR = 5;
    private static final int IN_MONTH = 6;
    private static final int NEXT = 7;
    private static final int NEXT_OR_SAME = 8;
    private static final int PREVIOUS = 9;
    private static final int PREVIOUS_OR_SAME = 10;

    private TemporalAdjusters() {}

    public static TemporalAdjuster ofDateAdjuster(UnaryOperator<LocalDate> dateBasedAdjuster) {
        if (dateBasedAdjuster == null) {
            throw new NullPointerException("dateBasedAdjuster");
        }
        return new DateAdjuster(dateBasedAdjuster);
    }

    public static TemporalAdjuster firstDayOfMonth() {
        return new Adjuster(FIRST_OF_MONTH, 0, 0);
    }

    public static TemporalAdjuster lastDayOfMonth() {
        return new Adjuster(LAST_OF_MONTH, 0, 0);
    }

    public static TemporalAdjuster firstDayOfNextMonth() {
        return new Adjuster(FIRST_OF_NEXT_MONTH, 0, 0);
    }

    public static TemporalAdjuster firstDayOfYear() {
        return new Adjuster(FIRST_OF_YEAR, 0, 0);
    }

    public static TemporalAdjuster lastDayOfYear() {
        return new Adjuster(LAST_OF_YEAR, 0, 0);
    }

    public static TemporalAdjuster firstDayOfNextYear() {
        return new Adjuster(FIRST_OF_NEXT_YEAR, 0, 0);
    }

    public static TemporalAdjuster firstInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(1, dayOfWeek);
    }

    public static TemporalAdjuster lastInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(-1, dayOfWeek);
    }

    /** The {@code ordinal}-th such day of the month; 0 is the last of the previous month, negatives count from the end. */
    public static TemporalAdjuster dayOfWeekInMonth(int ordinal, DayOfWeek dayOfWeek) {
        return new Adjuster(IN_MONTH, ordinal, dayOfWeek.getValue());
    }

    public static TemporalAdjuster next(DayOfWeek dayOfWeek) {
        return new Adjuster(NEXT, 0, dayOfWeek.getValue());
    }

    public static TemporalAdjuster nextOrSame(DayOfWeek dayOfWeek) {
        return new Adjuster(NEXT_OR_SAME, 0, dayOfWeek.getValue());
    }

    public static TemporalAdjuster previous(DayOfWeek dayOfWeek) {
        return new Adjuster(PREVIOUS, 0, dayOfWeek.getValue());
    }

    public static TemporalAdjuster previousOrSame(DayOfWeek dayOfWeek) {
        return new Adjuster(PREVIOUS_OR_SAME, 0, dayOfWeek.getValue());
    }

    private static final class DateAdjuster implements TemporalAdjuster {
        private final UnaryOperator<LocalDate> operator;

        DateAdjuster(UnaryOperator<LocalDate> operator) {
            this.operator = operator;
        }

        @Override
        public Temporal adjustInto(Temporal temporal) {
            return temporal.with(operator.apply(LocalDate.from(temporal)));
        }
    }

    private static final class Adjuster implements TemporalAdjuster {
        private final int kind;
        private final int ordinal;
        private final int dow;

        Adjuster(int kind, int ordinal, int dow) {
            this.kind = kind;
            this.ordinal = ordinal;
            this.dow = dow;
        }

        @Override
        public Temporal adjustInto(Temporal t) {
            switch (kind) {
                case FIRST_OF_MONTH:
                    return t.with(DAY_OF_MONTH, 1);
                case LAST_OF_MONTH:
                    return t.with(DAY_OF_MONTH, t.range(DAY_OF_MONTH).getMaximum());
                case FIRST_OF_NEXT_MONTH:
                    return t.with(DAY_OF_MONTH, 1).plus(1, ChronoUnit.MONTHS);
                case FIRST_OF_YEAR:
                    return t.with(DAY_OF_YEAR, 1);
                case LAST_OF_YEAR:
                    return t.with(DAY_OF_YEAR, t.range(DAY_OF_YEAR).getMaximum());
                case FIRST_OF_NEXT_YEAR:
                    return t.with(DAY_OF_YEAR, 1).plus(1, ChronoUnit.YEARS);
                case IN_MONTH:
                    return inMonth(t);
                default:
                    return relative(t);
            }
        }

        private Temporal inMonth(Temporal t) {
            if (ordinal >= 0) {
                Temporal first = t.with(DAY_OF_MONTH, 1);
                long ahead = (dow - first.get(DAY_OF_WEEK) + 7) % 7 + (ordinal - 1L) * 7L;
                return first.plus(ahead, ChronoUnit.DAYS);
            }
            Temporal last = t.with(DAY_OF_MONTH, t.range(DAY_OF_MONTH).getMaximum());
            long back = (last.get(DAY_OF_WEEK) - dow + 7) % 7 + (-ordinal - 1L) * 7L;
            return last.plus(-back, ChronoUnit.DAYS);
        }

        private Temporal relative(Temporal t) {
            int current = t.get(DAY_OF_WEEK);
            if (current == dow && (kind == NEXT_OR_SAME || kind == PREVIOUS_OR_SAME)) {
                return t;
            }
            if (kind == NEXT || kind == NEXT_OR_SAME) {
                int ahead = (dow - current + 7) % 7;
                return t.plus(ahead == 0 ? 7 : ahead, ChronoUnit.DAYS);
            }
            int back = (current - dow + 7) % 7;
            return t.minus(back == 0 ? 7 : back, ChronoUnit.DAYS);
        }
    }
}
