package java.time;

import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/** Checks shared by the {@code truncatedTo} methods of the time-based classes. */
final class Units {
    private Units() {}

    /** The length of {@code unit} in nanoseconds, if it divides a day evenly. */
    static long truncationNanos(TemporalUnit unit) {
        Duration d = unit.getDuration();
        if (d.getSeconds() > 86400) {
            throw new UnsupportedTemporalTypeException("Unit is too large to be used for truncation");
        }
        long nanos = d.toNanos();
        if (LocalTime.NANOS_PER_DAY % nanos != 0) {
            throw new UnsupportedTemporalTypeException("Unit must divide into a standard day without remainder");
        }
        return nanos;
    }
}
