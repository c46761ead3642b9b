package java.time;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;

/**
 * A time-zone: a {@link ZoneOffset}, or a region. The only regions an image knows are UTC, GMT and
 * UT, alone or with an offset ({@code UTC+01:00}); each has fixed rules. Any other region id is a
 * {@link ZoneRulesException}: images carry no time-zone database. The system default zone is UTC.
 */
public abstract class ZoneId {
    ZoneId() {}

    public static ZoneId systemDefault() {
        return ZoneRegion.UTC;
    }

    public static ZoneId of(String zoneId) {
        if (zoneId == null) {
            throw new NullPointerException("zoneId");
        }
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            return ZoneOffset.of(zoneId);
        }
        if (zoneId.startsWith("UTC") || zoneId.startsWith("GMT")) {
            return withPrefix(zoneId, 3);
        }
        if (zoneId.startsWith("UT")) {
            return withPrefix(zoneId, 2);
        }
        return ZoneRegion.unknown(zoneId);
    }

    public static ZoneId ofOffset(String prefix, ZoneOffset offset) {
        if (prefix.isEmpty()) {
            return offset;
        }
        if (!prefix.equals("GMT") && !prefix.equals("UTC") && !prefix.equals("UT")) {
            throw new IllegalArgumentException("prefix should be GMT, UTC or UT, is: " + prefix);
        }
        return new ZoneRegion(offset.getTotalSeconds() == 0 ? prefix : prefix + offset.getId(), offset);
    }

    public static ZoneId from(TemporalAccessor temporal) {
        ZoneId zone = temporal.query(TemporalQueries.zone());
        if (zone == null) {
            throw new DateTimeException("Unable to obtain ZoneId from TemporalAccessor: " + temporal + " of type "
                    + temporal.getClass().getName());
        }
        return zone;
    }

    /** "UTC", "UTC+01:00", "GMT-5": the prefix alone, or followed by an offset. */
    private static ZoneId withPrefix(String zoneId, int prefixLength) {
        String prefix = zoneId.substring(0, prefixLength);
        if (zoneId.length() == prefixLength) {
            return new ZoneRegion(prefix, ZoneOffset.UTC);
        }
        char c = zoneId.charAt(prefixLength);
        if (c != '+' && c != '-') {
            return ZoneRegion.unknown(zoneId);
        }
        try {
            return ofOffset(prefix, ZoneOffset.of(zoneId.substring(prefixLength)));
        } catch (DateTimeException e) {
            throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, e);
        }
    }

    public abstract String getId();

    public abstract ZoneRules getRules();

    /** A region with fixed rules answers its offset, as the JDK's does. */
    public ZoneId normalized() {
        return getRules().getOffset(Instant.EPOCH);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZoneId z && getId().equals(z.getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return getId();
    }
}
