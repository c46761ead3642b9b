package java.time;

import static java.time.LocalTime.NANOS_PER_SECOND;

import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.List;

/**
 * An exact amount of time: seconds and a nanosecond adjustment in [0, 999,999,999]. A negative
 * duration of -0.5 s is stored as -1 s + 500,000,000 ns, as in the JDK. Products and quotients
 * are exact (128-bit intermediate), where the JDK uses BigDecimal.
 */
public final class Duration implements TemporalAmount, Comparable<Duration> {
    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Duration create(long seconds, int nanos) {
        return (seconds | nanos) == 0 ? ZERO : new Duration(seconds, nanos);
    }

    public static Duration ofDays(long days) {
        return create(Math.multiplyExact(days, 86400), 0);
    }

    public static Duration ofHours(long hours) {
        return create(Math.multiplyExact(hours, 3600), 0);
    }

    public static Duration ofMinutes(long minutes) {
        return create(Math.multiplyExact(minutes, 60), 0);
    }

    public static Duration ofSeconds(long seconds) {
        return create(seconds, 0);
    }

    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        long secs = Math.addExact(seconds, Math.floorDiv(nanoAdjustment, NANOS_PER_SECOND));
        return create(secs, (int) Math.floorMod(nanoAdjustment, NANOS_PER_SECOND));
    }

    public static Duration ofMillis(long millis) {
        return create(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1000_000);
    }

    public static Duration ofNanos(long nanos) {
        return create(Math.floorDiv(nanos, NANOS_PER_SECOND), (int) Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    public static Duration of(long amount, TemporalUnit unit) {
        return ZERO.plus(amount, unit);
    }

    public static Duration from(TemporalAmount amount) {
        Duration d = ZERO;
        for (TemporalUnit unit : amount.getUnits()) {
            d = d.plus(amount.get(unit), unit);
        }
        return d;
    }

    /** The end minus the start, in seconds and nanoseconds where both have them, else in whole seconds. */
    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        try {
            return ofNanos(startInclusive.until(endExclusive, ChronoUnit.NANOS));
        } catch (DateTimeException | ArithmeticException e) {
            long secs = startInclusive.until(endExclusive, ChronoUnit.SECONDS);
            long nanoAdjustment;
            try {
                nanoAdjustment = endExclusive.getLong(ChronoField.NANO_OF_SECOND)
                        - startInclusive.getLong(ChronoField.NANO_OF_SECOND);
                if (secs > 0 && nanoAdjustment < 0) {
                    secs++;
                } else if (secs < 0 && nanoAdjustment > 0) {
                    secs--;
                }
            } catch (DateTimeException e2) {
                nanoAdjustment = 0;
            }
            return ofSeconds(secs, nanoAdjustment);
        }
    }

    /** ISO-8601 §4.4.3.2 durations as {@code toString} writes them: {@code [-]PnDTnHnMn.nS}, days as 24 hours. */
    public static Duration parse(CharSequence text) {
        return AmountParser.duration(text);
    }

    @Override
    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS) {
            return seconds;
        }
        if (unit == ChronoUnit.NANOS) {
            return nanos;
        }
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    @Override
    public List<TemporalUnit> getUnits() {
        return List.of(ChronoUnit.SECONDS, ChronoUnit.NANOS);
    }

    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    public boolean isPositive() {
        return (seconds | nanos) != 0 && seconds >= 0;
    }

    public long getSeconds() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public Duration withSeconds(long seconds) {
        return create(seconds, nanos);
    }

    public Duration withNanos(int nanoOfSecond) {
        ChronoField.NANO_OF_SECOND.checkValidIntValue(nanoOfSecond);
        return create(seconds, nanoOfSecond);
    }

    public Duration plus(Duration duration) {
        return plus(duration.seconds, duration.nanos);
    }

    public Duration plus(long amountToAdd, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return plus(Math.multiplyExact(amountToAdd, 86400), 0);
        }
        if (unit.isDurationEstimated()) {
            throw new UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
        if (amountToAdd == 0) {
            return this;
        }
        if (unit instanceof ChronoUnit u) {
            return switch (u) {
                case NANOS -> plusNanos(amountToAdd);
                case MICROS ->
                    plusSeconds((amountToAdd / (1000_000L * 1000)) * 1000)
                            .plusNanos((amountToAdd % (1000_000L * 1000)) * 1000);
                case MILLIS -> plusMillis(amountToAdd);
                case SECONDS -> plusSeconds(amountToAdd);
                default -> plusSeconds(Math.multiplyExact(unit.getDuration().seconds, amountToAdd));
            };
        }
        Duration d = unit.getDuration().multipliedBy(amountToAdd);
        return plusSeconds(d.getSeconds()).plusNanos(d.getNano());
    }

    public Duration plusDays(long days) {
        return plus(Math.multiplyExact(days, 86400), 0);
    }

    public Duration plusHours(long hours) {
        return plus(Math.multiplyExact(hours, 3600), 0);
    }

    public Duration plusMinutes(long minutes) {
        return plus(Math.multiplyExact(minutes, 60), 0);
    }

    public Duration plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Duration plusMillis(long millis) {
        return plus(millis / 1000, (millis % 1000) * 1000_000);
    }

    public Duration plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    private Duration plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long epochSec = Math.addExact(seconds, secondsToAdd);
        epochSec = Math.addExact(epochSec, nanosToAdd / NANOS_PER_SECOND);
        return ofSeconds(epochSec, nanos + nanosToAdd % NANOS_PER_SECOND);
    }

    public Duration minus(Duration duration) {
        long secs = duration.seconds;
        int nanosToSubtract = duration.nanos;
        if (secs == Long.MIN_VALUE) {
            return plus(Long.MAX_VALUE, -nanosToSubtract).plus(1, 0);
        }
        return plus(-secs, -nanosToSubtract);
    }

    public Duration minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public Duration minusDays(long days) {
        return days == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-days);
    }

    public Duration minusHours(long hours) {
        return hours == Long.MIN_VALUE ? plusHours(Long.MAX_VALUE).plusHours(1) : plusHours(-hours);
    }

    public Duration minusMinutes(long minutes) {
        return minutes == Long.MIN_VALUE ? plusMinutes(Long.MAX_VALUE).plusMinutes(1) : plusMinutes(-minutes);
    }

    public Duration minusSeconds(long secs) {
        return secs == Long.MIN_VALUE ? plusSeconds(Long.MAX_VALUE).plusSeconds(1) : plusSeconds(-secs);
    }

    public Duration minusMillis(long millis) {
        return millis == Long.MIN_VALUE ? plusMillis(Long.MAX_VALUE).plusMillis(1) : plusMillis(-millis);
    }

    public Duration minusNanos(long nanosToSubtract) {
        return nanosToSubtract == Long.MIN_VALUE ? plusNanos(Long.MAX_VALUE).plusNanos(1) : plusNanos(-nanosToSubtract);
    }

    public Duration multipliedBy(long multiplicand) {
        if (multiplicand == 0) {
            return ZERO;
        }
        if (multiplicand == 1) {
            return this;
        }
        return Nanos128.of(seconds, nanos).times(multiplicand).toDuration();
    }

    /** Rounds toward zero to the nanosecond. */
    public Duration dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        if (divisor == 1) {
            return this;
        }
        return Nanos128.of(seconds, nanos).dividedBy(divisor).toDuration();
    }

    /** How many whole times {@code divisor} fits, toward zero. */
    public long dividedBy(Duration divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException(isZero() ? "Division undefined" : "Division by zero");
        }
        return Nanos128.of(seconds, nanos).quotient(Nanos128.of(divisor.seconds, divisor.nanos));
    }

    public Duration negated() {
        return multipliedBy(-1);
    }

    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    @Override
    public Temporal addTo(Temporal temporal) {
        if (seconds != 0) {
            temporal = temporal.plus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            temporal = temporal.plus(nanos, ChronoUnit.NANOS);
        }
        return temporal;
    }

    @Override
    public Temporal subtractFrom(Temporal temporal) {
        if (seconds != 0) {
            temporal = temporal.minus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            temporal = temporal.minus(nanos, ChronoUnit.NANOS);
        }
        return temporal;
    }

    public long toDays() {
        return seconds / 86400;
    }

    public long toHours() {
        return seconds / 3600;
    }

    public long toMinutes() {
        return seconds / 60;
    }

    public long toSeconds() {
        return seconds;
    }

    public long toMillis() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            // the nanosecond part counts up from the second before: borrow it so the product stays in range
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(tempSeconds, 1000), tempNanos / 1000_000);
    }

    public long toNanos() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(tempSeconds, NANOS_PER_SECOND), tempNanos);
    }

    public long toDaysPart() {
        return seconds / 86400;
    }

    public int toHoursPart() {
        return (int) (toHours() % 24);
    }

    public int toMinutesPart() {
        return (int) (toMinutes() % 60);
    }

    public int toSecondsPart() {
        return (int) (seconds % 60);
    }

    public int toMillisPart() {
        return nanos / 1000_000;
    }

    public int toNanosPart() {
        return nanos;
    }

    public Duration truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.SECONDS && (seconds >= 0 || nanos == 0)) {
            return create(seconds, 0);
        } else if (unit == ChronoUnit.NANOS) {
            return this;
        }
        long unitNanos = Units.truncationNanos(unit);
        long nod = (seconds % 86400) * NANOS_PER_SECOND + nanos;
        long result = (nod / unitNanos) * unitNanos;
        return plusNanos(result - nod);
    }

    @Override
    public int compareTo(Duration other) {
        int cmp = Long.compare(seconds, other.seconds);
        return cmp != 0 ? cmp : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Duration d && seconds == d.seconds && nanos == d.nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + (51 * nanos);
    }

    /** {@code PT8H6M12.345S}: hours, minutes and seconds each with the sign of the whole; no days. */
    @Override
    public String toString() {
        if (this == ZERO) {
            return "PT0S";
        }
        // a negative duration with nanos is one second less negative in its whole-second part
        long effective = seconds < 0 && nanos > 0 ? seconds + 1 : seconds;
        long hours = effective / 3600;
        int minutes = (int) ((effective % 3600) / 60);
        int secs = (int) (effective % 60);
        StringBuilder b = new StringBuilder(24).append("PT");
        if (hours != 0) {
            b.append(hours).append('H');
        }
        if (minutes != 0) {
            b.append(minutes).append('M');
        }
        if (secs == 0 && nanos == 0 && b.length() > 2) {
            return b.toString();
        }
        if (seconds < 0 && nanos > 0 && secs == 0) {
            b.append("-0");
        } else {
            b.append(secs);
        }
        if (nanos > 0) {
            int pos = b.length();
            b.append(seconds < 0 ? 2 * NANOS_PER_SECOND - nanos : nanos + NANOS_PER_SECOND);
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
            }
            b.setCharAt(pos, '.');
        }
        return b.append('S').toString();
    }
}
