package java.time.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The rules of a zone: here always one offset that never changes (no daylight saving, no transitions). */
public final class ZoneRules {
    private final ZoneOffset offset;

    private ZoneRules(ZoneOffset offset) {
        this.offset = offset;
    }

    public static ZoneRules of(ZoneOffset offset) {
        if (offset == null) {
            throw new NullPointerException("offset");
        }
        return new ZoneRules(offset);
    }

    public boolean isFixedOffset() {
        return true;
    }

    public ZoneOffset getOffset(Instant instant) {
        return offset;
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        return offset;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        return List.of(offset);
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return this.offset.equals(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        return offset;
    }

    public Duration getDaylightSavings(Instant instant) {
        return Duration.ZERO;
    }

    public boolean isDaylightSavings(Instant instant) {
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZoneRules r && offset.equals(r.offset);
    }

    @Override
    public int hashCode() {
        return offset.hashCode() ^ 1;
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + offset + "]";
    }
}
