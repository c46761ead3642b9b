package java.time.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.Chronology;

/**
 * The standard queries. Each is a singleton: the date-time classes answer the zone, chronology,
 * precision, date and time queries by identity, as the JDK's do.
 */
public final class TemporalQueries {
    private static final Query ZONE_ID = new Query(0, "ZoneId");
    private static final Query CHRONO = new Query(1, "Chronology");
    private static final Query PRECISION = new Query(2, "Precision");
    private static final Query ZONE = new Query(3, "Zone");
    private static final Query OFFSET = new Query(4, "Offset");
    private static final Query LOCAL_DATE = new Query(5, "LocalDate");
    private static final Query LOCAL_TIME = new Query(6, "LocalTime");

    private TemporalQueries() {}

    @SuppressWarnings("unchecked")
    public static TemporalQuery<ZoneId> zoneId() {
        return (TemporalQuery<ZoneId>) (TemporalQuery<?>) ZONE_ID;
    }

    @SuppressWarnings("unchecked")
    public static TemporalQuery<Chronology> chronology() {
        return (TemporalQuery<Chronology>) (TemporalQuery<?>) CHRONO;
    }

    @SuppressWarnings("unchecked")
    public static TemporalQuery<TemporalUnit> precision() {
        return (TemporalQuery<TemporalUnit>) (TemporalQuery<?>) PRECISION;
    }

    /** The zone, or failing that the offset. */
    @SuppressWarnings("unchecked")
    public static TemporalQuery<ZoneId> zone() {
        return (TemporalQuery<ZoneId>) (TemporalQuery<?>) ZONE;
    }

    @SuppressWarnings("unchecked")
    public static TemporalQuery<ZoneOffset> offset() {
        return (TemporalQuery<ZoneOffset>) (TemporalQuery<?>) OFFSET;
    }

    @SuppressWarnings("unchecked")
    public static TemporalQuery<LocalDate> localDate() {
        return (TemporalQuery<LocalDate>) (TemporalQuery<?>) LOCAL_DATE;
    }

    @SuppressWarnings("unchecked")
    public static TemporalQuery<LocalTime> localTime() {
        return (TemporalQuery<LocalTime>) (TemporalQuery<?>) LOCAL_TIME;
    }

    private static final class Query implements TemporalQuery<Object> {
        private final int kind;
        private final String name;

        Query(int kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public Object queryFrom(TemporalAccessor t) {
            switch (kind) {
                case 3:
                    ZoneId zone = t.query(zoneId());
                    return zone != null ? zone : t.query(offset());
                case 4:
                    return t.isSupported(ChronoField.OFFSET_SECONDS)
                            ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                            : null;
                case 5:
                    return t.isSupported(ChronoField.EPOCH_DAY)
                            ? LocalDate.ofEpochDay(t.getLong(ChronoField.EPOCH_DAY))
                            : null;
                case 6:
                    return t.isSupported(ChronoField.NANO_OF_DAY)
                            ? LocalTime.ofNanoOfDay(t.getLong(ChronoField.NANO_OF_DAY))
                            : null;
                default:
                    return t.query(this);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
