package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

/** A date-time without zone; {@code java.time.LocalDateTime} is the ISO one. */
public interface ChronoLocalDateTime<D extends ChronoLocalDate>
        extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    Chronology getChronology();

    ChronoZonedDateTime<D> atZone(ZoneId zone);

    Instant toInstant(ZoneOffset offset);

    long toEpochSecond(ZoneOffset offset);

    boolean isAfter(ChronoLocalDateTime<?> other);

    boolean isBefore(ChronoLocalDateTime<?> other);

    boolean isEqual(ChronoLocalDateTime<?> other);

    String format(DateTimeFormatter formatter);
}
