package java.time;

import static java.time.LocalTime.NANOS_PER_SECOND;
import static java.time.temporal.ChronoField.INSTANT_SECONDS;
import static java.time.temporal.ChronoField.MICRO_OF_SECOND;
import static java.time.temporal.ChronoField.MILLI_OF_SECOND;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;

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

/** A point on the UTC time-line: seconds from 1970-01-01T00:00Z and nanoseconds within the second. */
public final class Instant implements Temporal, TemporalAdjuster, Comparable<Instant> {
    public static final Instant EPOCH = new Instant(0, 0);

    private static final long MIN_SECOND = -31557014167219200L;
    private static final long MAX_SECOND = 31556889864403199L;

    /** -1000000000-01-01T00:00Z, one year beyond LocalDate's range so that any offset stays within it. */
    public static final Instant MIN = new Instant(MIN_SECOND, 0);

    /** +1000000000-12-31T23:59:59.999999999Z. */
    public static final Instant MAX = new Instant(MAX_SECOND, 999_999_999);

    private final long seconds;
    private final int nanos;

    private Instant(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Instant create(long seconds, int nanos) {
        if ((seconds | nanos) == 0) {
            return EPOCH;
        }
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            throw new DateTimeException("Instant exceeds minimum or maximum instant");
        }
        return new Instant(seconds, nanos);
    }

    public static Instant now() {
        return Clock.systemUTC().instant();
    }

    public static Instant now(Clock clock) {
        return clock.instant();
    }

    public static Instant ofEpochSecond(long epochSecond) {
        return create(epochSecond, 0);
    }

    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = Math.addExact(epochSecond, Math.floorDiv(nanoAdjustment, NANOS_PER_SECOND));
        return create(secs, (int) Math.floorMod(nanoAdjustment, NANOS_PER_SECOND));
    }

    public static Instant ofEpochMilli(long epochMilli) {
        return create(Math.floorDiv(epochMilli, 1000L), (int) Math.floorMod(epochMilli, 1000L) * 1000_000);
    }

    public static Instant from(TemporalAccessor temporal) {
        if (temporal instanceof Instant i) {
            return i;
        }
        try {
            return ofEpochSecond(temporal.getLong(INSTANT_SECONDS), temporal.get(NANO_OF_SECOND));
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    "Unable to obtain Instant from TemporalAccessor: " + temporal + " of type "
                            + temporal.getClass().getName(),
                    e);
        }
    }

    public static Instant parse(CharSequence text) {
        return DateTimeFormatter.ISO_INSTANT.parse(text, From.INSTANT);
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField) {
            return field == INSTANT_SECONDS
                    || field == NANO_OF_SECOND
                    || field == MICRO_OF_SECOND
                    || field == MILLI_OF_SECOND;
        }
        return field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        if (unit instanceof ChronoUnit) {
            return unit.isTimeBased() || unit == ChronoUnit.DAYS;
        }
        return unit != null && unit.isSupportedBy(this);
    }

    @Override
    public int get(TemporalField field) {
        if (field == NANO_OF_SECOND || field == MICRO_OF_SECOND || field == MILLI_OF_SECOND) {
            return (int) getLong(field);
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return Temporal.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field == NANO_OF_SECOND) {
            return nanos;
        }
        if (field == MICRO_OF_SECOND) {
            return nanos / 1000;
        }
        if (field == MILLI_OF_SECOND) {
            return nanos / 1000_000;
        }
        if (field == INSTANT_SECONDS) {
            return seconds;
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    public long getEpochSecond() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    @Override
    public Instant with(TemporalAdjuster adjuster) {
        return (Instant) adjuster.adjustInto(this);
    }

    @Override
    public Instant with(TemporalField field, long newValue) {
        if (!(field instanceof ChronoField f)) {
            return field.adjustInto(this, newValue);
        }
        f.checkValidValue(newValue);
        if (f == MILLI_OF_SECOND || f == MICRO_OF_SECOND || f == NANO_OF_SECOND) {
            int n = (int) newValue * (f == MILLI_OF_SECOND ? 1000_000 : f == MICRO_OF_SECOND ? 1000 : 1);
            return n != nanos ? create(seconds, n) : this;
        }
        if (f == INSTANT_SECONDS) {
            return newValue != seconds ? create(newValue, nanos) : this;
        }
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }

    public Instant truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.NANOS) {
            return this;
        }
        long unitNanos = Units.truncationNanos(unit);
        long nod = (seconds % 86400) * NANOS_PER_SECOND + nanos;
        return plusNanos(Math.floorDiv(nod, unitNanos) * unitNanos - nod);
    }

    @Override
    public Instant plus(TemporalAmount amount) {
        return (Instant) amount.addTo(this);
    }

    @Override
    public Instant plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amount);
        }
        return switch (u) {
            case NANOS -> plusNanos(amount);
            case MICROS -> plus(amount / 1000_000, (amount % 1000_000) * 1000);
            case MILLIS -> plusMillis(amount);
            case SECONDS -> plusSeconds(amount);
            case MINUTES -> plusSeconds(Math.multiplyExact(amount, 60));
            case HOURS -> plusSeconds(Math.multiplyExact(amount, 3600));
            case HALF_DAYS -> plusSeconds(Math.multiplyExact(amount, 43200));
            case DAYS -> plusSeconds(Math.multiplyExact(amount, 86400));
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    public Instant plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Instant plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000_000);
    }

    public Instant plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    private Instant plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long epochSec = Math.addExact(Math.addExact(seconds, secondsToAdd), nanosToAdd / NANOS_PER_SECOND);
        return ofEpochSecond(epochSec, nanos + nanosToAdd % NANOS_PER_SECOND);
    }

    @Override
    public Instant minus(TemporalAmount amount) {
        return (Instant) amount.subtractFrom(this);
    }

    @Override
    public Instant minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Instant minusSeconds(long secondsToSubtract) {
        return secondsToSubtract == Long.MIN_VALUE
                ? plusSeconds(Long.MAX_VALUE).plusSeconds(1)
                : plusSeconds(-secondsToSubtract);
    }

    public Instant minusMillis(long millisToSubtract) {
        return millisToSubtract == Long.MIN_VALUE
                ? plusMillis(Long.MAX_VALUE).plusMillis(1)
                : plusMillis(-millisToSubtract);
    }

    public Instant minusNanos(long nanosToSubtract) {
        return nanosToSubtract == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-nanosToSubtract);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.NANOS;
        }
        return Temporal.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(INSTANT_SECONDS, seconds).with(NANO_OF_SECOND, nanos);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        Instant end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        return switch (u) {
            case NANOS ->
                Math.addExact(
                        Math.multiplyExact(Math.subtractExact(end.seconds, seconds), NANOS_PER_SECOND),
                        end.nanos - nanos);
            case MICROS ->
                Math.addExact(
                                Math.multiplyExact(Math.subtractExact(end.seconds, seconds), NANOS_PER_SECOND),
                                end.nanos - nanos)
                        / 1000;
            case MILLIS -> millisUntil(end);
            case SECONDS -> secondsUntil(end);
            case MINUTES -> secondsUntil(end) / 60;
            case HOURS -> secondsUntil(end) / 3600;
            case HALF_DAYS -> secondsUntil(end) / 43200;
            case DAYS -> secondsUntil(end) / 86400;
            default -> throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        };
    }

    /** Whole milliseconds toward zero: the nanosecond difference takes the sign of the seconds first. */
    private long millisUntil(Instant end) {
        long secs = Math.subtractExact(end.seconds, seconds);
        long nanoDiff = end.nanos - nanos;
        if (secs > 0 && nanoDiff < 0) {
            secs--;
            nanoDiff += NANOS_PER_SECOND;
        } else if (secs < 0 && nanoDiff > 0) {
            secs++;
            nanoDiff -= NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(secs, 1000), nanoDiff / 1000_000);
    }

    private long secondsUntil(Instant end) {
        long secs = Math.subtractExact(end.seconds, seconds);
        long nanoDiff = end.nanos - nanos;
        if (secs > 0 && nanoDiff < 0) {
            secs--;
        } else if (secs < 0 && nanoDiff > 0) {
            secs++;
        }
        return secs;
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.ofInstant(this, offset);
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.ofInstant(this, zone);
    }

    public long toEpochMilli() {
        if (seconds < 0 && nanos > 0) {
            // borrow a second so that the product stays in range near Long.MIN_VALUE
            long millis = Math.multiplyExact(seconds + 1, 1000);
            return Math.addExact(millis, nanos / 1000_000 - 1000);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1000), nanos / 1000_000);
    }

    @Override
    public int compareTo(Instant other) {
        int cmp = Long.compare(seconds, other.seconds);
        return cmp != 0 ? cmp : nanos - other.nanos;
    }

    public boolean isAfter(Instant other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Instant other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Instant i && seconds == i.seconds && nanos == i.nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    /** ISO_INSTANT: always with seconds, the fraction in groups of three, 'Z'. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(32);
        appendUtc(b, seconds, nanos);
        return b.toString();
    }

    /**
     * The UTC date-time of an instant. Instant's range reaches one year beyond LocalDate's at each
     * end, so the date is computed 400 million years (a whole number of 400-year cycles) nearer to
     * the epoch when it lies near either end, and the year moved back.
     */
    static void appendUtc(StringBuilder b, long epochSecond, int nano) {
        long days = Math.floorDiv(epochSecond, 86400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86400L);
        long shiftCycles = days > 300_000_000_000L ? 1000_000 : days < -300_000_000_000L ? -1000_000 : 0;
        LocalDate date = LocalDate.ofEpochDay(days - shiftCycles * 146097);
        LocalDate.appendYear(b, (int) (date.getYear() + shiftCycles * 400));
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        b.append(month < 10 ? "-0" : "-")
                .append(month)
                .append(day < 10 ? "-0" : "-")
                .append(day);
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        b.append(h < 10 ? "T0" : "T").append(h).append(m < 10 ? ":0" : ":").append(m);
        b.append(s < 10 ? ":0" : ":").append(s);
        if (nano > 0) {
            LocalTime.appendNanoGroups(b, nano);
        }
        b.append('Z');
    }
}
