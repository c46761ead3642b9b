package java.time.chrono;

import java.time.temporal.TemporalAmount;

/** A date-based amount; {@code java.time.Period} is the ISO one. */
public interface ChronoPeriod extends TemporalAmount {
    Chronology getChronology();

    boolean isZero();

    boolean isNegative();
}
