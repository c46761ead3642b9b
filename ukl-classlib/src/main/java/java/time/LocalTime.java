package java.time;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_DAY;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_DAY;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

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

/** A time of day to the nanosecond, without date or zone. */
public final class LocalTime implements Temporal, TemporalAdjuster, Comparable<LocalTime> {
    public static final LocalTime MIDNIGHT = new LocalTime(0, 0, 0, 0);
    public static final LocalTime MIN = MIDNIGHT;
    public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999_999_999);

    static final long NANOS_PER_SECOND = 1000_000_000L;
    static final long NANOS_PER_MINUTE = NANOS_PER_SECOND * 60;
    static final long NANOS_PER_HOUR = NANOS_PER_MINUTE * 60;
    static final long NANOS_PER_DAY = NANOS_PER_HOUR * 24;

    private final byte hour;
    private final byte minute;
    private final byte second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nano) {
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.nano = nano;
    }

    public static LocalTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalTime now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalTime of(int hour, int minute) {
        return of(hour, minute, 0, 0);
    }

    public static LocalTime of(int hour, int minute, int second) {
        return of(hour, minute, second, 0);
    }

    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        HOUR_OF_DAY.checkValidValue(hour);
        MINUTE_OF_HOUR.checkValidValue(minute);
        SECOND_OF_MINUTE.checkValidValue(second);
        NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    public static LocalTime ofInstant(Instant instant, ZoneId zone) {
        int offset = zone.getRules().getOffset(instant).getTotalSeconds();
        long secondOfDay = Math.floorMod(instant.getEpochSecond() + offset, 86400L);
        return ofNanoOfDay(secondOfDay * NANOS_PER_SECOND + instant.getNano());
    }

    public static LocalTime ofSecondOfDay(long secondOfDay) {
        SECOND_OF_DAY.checkValidValue(secondOfDay);
        return ofNanoOfDay(secondOfDay * NANOS_PER_SECOND);
    }

    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        NANO_OF_DAY.checkValidValue(nanoOfDay);
        int h = (int) (nanoOfDay / NANOS_PER_HOUR);
        nanoOfDay -= h * NANOS_PER_HOUR;
        int m = (int) (nanoOfDay / NANOS_PER_MINUTE);
        nanoOfDay -= m * NANOS_PER_MINUTE;
        int s = (int) (nanoOfDay / NANOS_PER_SECOND);
        return new LocalTime(h, m, s, (int) (nanoOfDay - s * NANOS_PER_SECOND));
    }

    public static LocalTime from(TemporalAccessor temporal) {
        LocalTime time = temporal.query(TemporalQueries.localTime());
        if (time == null) {
            throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + temporal + " of type "
                    + temporal.getClass().getName());
        }
        return time;
    }

    public static LocalTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    public static LocalTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, From.LOCAL_TIME);
    }

    @Override
    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField ? field.isTimeBased() : field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        return unit instanceof ChronoUnit ? unit.isTimeBased() : unit != null && unit.isSupportedBy(this);
    }

    @Override
    public int get(TemporalField field) {
        if (field == NANO_OF_DAY || field == ChronoField.MICRO_OF_DAY) {
            throw new UnsupportedTemporalTypeException(
                    "Invalid field '" + field + "' for get() method, use getLong() instead");
        }
        return field instanceof ChronoField ? (int) getLong(field) : Temporal.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (!(field instanceof ChronoField f)) {
            return field.getFrom(this);
        }
        return switch (f) {
            case NANO_OF_SECOND -> nano;
            case NANO_OF_DAY -> toNanoOfDay();
            case MICRO_OF_SECOND -> nano / 1000;
            case MICRO_OF_DAY -> toNanoOfDay() / 1000;
            case MILLI_OF_SECOND -> nano / 1000_000;
            case MILLI_OF_DAY -> toNanoOfDay() / 1000_000;
            case SECOND_OF_MINUTE -> second;
            case SECOND_OF_DAY -> toSecondOfDay();
            case MINUTE_OF_HOUR -> minute;
            case MINUTE_OF_DAY -> hour * 60 + minute;
            case HOUR_OF_AMPM -> hour % 12;
            case CLOCK_HOUR_OF_AMPM -> hour % 12 == 0 ? 12 : hour % 12;
            case HOUR_OF_DAY -> hour;
            case CLOCK_HOUR_OF_DAY -> hour == 0 ? 24 : hour;
            case AMPM_OF_DAY -> hour / 12;
            default -> throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        };
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public int getSecond() {
        return second;
    }

    public int getNano() {
        return nano;
    }

    @Override
    public LocalTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalTime t) {
            return t;
        }
        return (LocalTime) adjuster.adjustInto(this);
    }

    @Override
    public LocalTime with(TemporalField field, long v) {
        if (!(field instanceof ChronoField f)) {
            return field.adjustInto(this, v);
        }
        f.checkValidValue(v);
        return switch (f) {
            case NANO_OF_SECOND -> withNano((int) v);
            case NANO_OF_DAY -> ofNanoOfDay(v);
            case MICRO_OF_SECOND -> withNano((int) v * 1000);
            case MICRO_OF_DAY -> ofNanoOfDay(v * 1000);
            case MILLI_OF_SECOND -> withNano((int) v * 1000_000);
            case MILLI_OF_DAY -> ofNanoOfDay(v * 1000_000);
            case SECOND_OF_MINUTE -> withSecond((int) v);
            case SECOND_OF_DAY -> plusSeconds(v - toSecondOfDay());
            case MINUTE_OF_HOUR -> withMinute((int) v);
            case MINUTE_OF_DAY -> plusMinutes(v - (hour * 60 + minute));
            case HOUR_OF_AMPM -> plusHours(v - (hour % 12));
            case CLOCK_HOUR_OF_AMPM -> plusHours((v == 12 ? 0 : v) - (hour % 12));
            case HOUR_OF_DAY -> withHour((int) v);
            case CLOCK_HOUR_OF_DAY -> withHour((int) (v == 24 ? 0 : v));
            case AMPM_OF_DAY -> plusHours((v - (hour / 12)) * 12);
            default -> throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        };
    }

    public LocalTime withHour(int hour) {
        if (this.hour == hour) {
            return this;
        }
        HOUR_OF_DAY.checkValidValue(hour);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withMinute(int minute) {
        if (this.minute == minute) {
            return this;
        }
        MINUTE_OF_HOUR.checkValidValue(minute);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withSecond(int second) {
        if (this.second == second) {
            return this;
        }
        SECOND_OF_MINUTE.checkValidValue(second);
        return new LocalTime(hour, minute, second, nano);
    }

    public LocalTime withNano(int nanoOfSecond) {
        if (nano == nanoOfSecond) {
            return this;
        }
        NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    public LocalTime truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) {
            return this;
        }
        long unitNanos = Units.truncationNanos(unit);
        return ofNanoOfDay((toNanoOfDay() / unitNanos) * unitNanos);
    }

    @Override
    public LocalTime plus(TemporalAmount amount) {
        return (LocalTime) amount.addTo(this);
    }

    @Override
    public LocalTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amount);
        }
        return switch (u) {
            case NANOS -> plusNanos(amount);
            case MICROS -> plusNanos((amount % 86400_000_000L) * 1000);
            case MILLIS -> plusNanos((amount % 86400_000L) * 1000_000);
            case SECONDS -> plusSeconds(amount);
            case MINUTES -> plusMinutes(amount);
            case HOURS -> plusHours(amount);
            case HALF_DAYS -> plusHours((amount % 2) * 12);
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public LocalTime plusHours(long hours) {
        return plusNanos((hours % 24) * NANOS_PER_HOUR);
    }

    public LocalTime plusMinutes(long minutes) {
        return plusNanos((minutes % 1440) * NANOS_PER_MINUTE);
    }

    public LocalTime plusSeconds(long seconds) {
        return plusNanos((seconds % 86400) * NANOS_PER_SECOND);
    }

    /** Wraps around midnight: only the amount modulo one day counts. */
    public LocalTime plusNanos(long nanos) {
        if (nanos == 0) {
            return this;
        }
        long now = toNanoOfDay();
        long then = ((nanos % NANOS_PER_DAY) + now + NANOS_PER_DAY) % NANOS_PER_DAY;
        return then == now ? this : ofNanoOfDay(then);
    }

    @Override
    public LocalTime minus(TemporalAmount amount) {
        return (LocalTime) amount.subtractFrom(this);
    }

    @Override
    public LocalTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public LocalTime minusHours(long hours) {
        return plusHours(-(hours % 24));
    }

    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-(minutes % 1440));
    }

    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-(seconds % 86400));
    }

    public LocalTime minusNanos(long nanos) {
        return plusNanos(-(nanos % NANOS_PER_DAY));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.localTime()) {
            return (R) this;
        }
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.NANOS;
        }
        return Temporal.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(NANO_OF_DAY, toNanoOfDay());
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        long nanos = end.toNanoOfDay() - toNanoOfDay();
        return switch (u) {
            case NANOS -> nanos;
            case MICROS -> nanos / 1000;
            case MILLIS -> nanos / 1000_000;
            case SECONDS -> nanos / NANOS_PER_SECOND;
            case MINUTES -> nanos / NANOS_PER_MINUTE;
            case HOURS -> nanos / NANOS_PER_HOUR;
            case HALF_DAYS -> nanos / (12 * NANOS_PER_HOUR);
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    public int toSecondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    public long toNanoOfDay() {
        return hour * NANOS_PER_HOUR + minute * NANOS_PER_MINUTE + second * NANOS_PER_SECOND + nano;
    }

    public long toEpochSecond(LocalDate date, ZoneOffset offset) {
        return date.toEpochSecond(this, offset);
    }

    @Override
    public int compareTo(LocalTime other) {
        int cmp = Integer.compare(hour, other.hour);
        if (cmp == 0) {
            cmp = Integer.compare(minute, other.minute);
            if (cmp == 0) {
                cmp = Integer.compare(second, other.second);
                if (cmp == 0) {
                    cmp = Integer.compare(nano, other.nano);
                }
            }
        }
        return cmp;
    }

    public boolean isAfter(LocalTime other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(LocalTime other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalTime t
                && hour == t.hour
                && minute == t.minute
                && second == t.second
                && nano == t.nano;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(toNanoOfDay());
    }

    /** HH:mm, then :ss unless seconds and nanos are zero, then the fraction in groups of three digits. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(18);
        b.append(hour < 10 ? "0" : "")
                .append(hour)
                .append(minute < 10 ? ":0" : ":")
                .append(minute);
        if (second > 0 || nano > 0) {
            b.append(second < 10 ? ":0" : ":").append(second);
            if (nano > 0) {
                appendNanoGroups(b, nano);
            }
        }
        return b.toString();
    }

    /** {@code .SSS}, {@code .SSSSSS} or {@code .SSSSSSSSS}: the fewest groups of three that hold {@code nano}. */
    static void appendNanoGroups(StringBuilder b, int nano) {
        b.append('.');
        if (nano % 1000_000 == 0) {
            b.append(Integer.toString(nano / 1000_000 + 1000).substring(1));
        } else if (nano % 1000 == 0) {
            b.append(Integer.toString(nano / 1000 + 1000_000).substring(1));
        } else {
            b.append(Integer.toString(nano + 1000_000_000).substring(1));
        }
    }
}
