package java.time;

import static java.time.temporal.ChronoField.OFFSET_SECONDS;

import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.zone.ZoneRules;

/** An offset from UTC, -18:00 to +18:00 to the second; its own zone with fixed rules. */
public final class ZoneOffset extends ZoneId implements TemporalAccessor, TemporalAdjuster, Comparable<ZoneOffset> {
    private static final int MAX_SECONDS = 18 * 3600;

    public static final ZoneOffset UTC = new ZoneOffset(0);
    public static final ZoneOffset MIN = ofTotalSeconds(-MAX_SECONDS);
    public static final ZoneOffset MAX = ofTotalSeconds(MAX_SECONDS);

    private static ZoneOffset[] quarterHours;

    private final int totalSeconds;
    private final String id;

    private ZoneOffset(int totalSeconds) {
        this.totalSeconds = totalSeconds;
        this.id = buildId(totalSeconds);
    }

    /** {@code Z}, {@code +h}, {@code +hh}, {@code +hh:mm}, {@code +hhmm}, {@code +hh:mm:ss} or {@code +hhmmss}. */
    public static ZoneOffset of(String offsetId) {
        if (offsetId.equals("Z")) {
            return UTC;
        }
        int hours;
        int minutes = 0;
        int seconds = 0;
        switch (offsetId.length()) {
            case 2:
                offsetId = offsetId.charAt(0) + "0" + offsetId.charAt(1);
                hours = digits(offsetId, 1, false);
                break;
            case 3:
                hours = digits(offsetId, 1, false);
                break;
            case 5:
                hours = digits(offsetId, 1, false);
                minutes = digits(offsetId, 3, false);
                break;
            case 6:
                hours = digits(offsetId, 1, false);
                minutes = digits(offsetId, 4, true);
                break;
            case 7:
                hours = digits(offsetId, 1, false);
                minutes = digits(offsetId, 3, false);
                seconds = digits(offsetId, 5, false);
                break;
            case 9:
                hours = digits(offsetId, 1, false);
                minutes = digits(offsetId, 4, true);
                seconds = digits(offsetId, 7, true);
                break;
            default:
                throw new DateTimeException("Invalid ID for ZoneOffset, invalid format: " + offsetId);
        }
        char first = offsetId.charAt(0);
        if (first != '+' && first != '-') {
            throw new DateTimeException("Invalid ID for ZoneOffset, plus/minus not found when expected: " + offsetId);
        }
        return first == '-'
                ? ofHoursMinutesSeconds(-hours, -minutes, -seconds)
                : ofHoursMinutesSeconds(hours, minutes, seconds);
    }

    private static int digits(String offsetId, int pos, boolean precededByColon) {
        if (precededByColon && offsetId.charAt(pos - 1) != ':') {
            throw new DateTimeException("Invalid ID for ZoneOffset, colon not found when expected: " + offsetId);
        }
        char c1 = offsetId.charAt(pos);
        char c2 = offsetId.charAt(pos + 1);
        if (c1 < '0' || c1 > '9' || c2 < '0' || c2 > '9') {
            throw new DateTimeException("Invalid ID for ZoneOffset, non numeric characters found: " + offsetId);
        }
        return (c1 - '0') * 10 + (c2 - '0');
    }

    public static ZoneOffset ofHours(int hours) {
        return ofHoursMinutesSeconds(hours, 0, 0);
    }

    public static ZoneOffset ofHoursMinutes(int hours, int minutes) {
        return ofHoursMinutesSeconds(hours, minutes, 0);
    }

    public static ZoneOffset ofHoursMinutesSeconds(int hours, int minutes, int seconds) {
        validate(hours, minutes, seconds);
        return ofTotalSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    private static void validate(int hours, int minutes, int seconds) {
        if (hours < -18 || hours > 18) {
            throw new DateTimeException(
                    "Zone offset hours not in valid range: value " + hours + " is not in the range -18 to 18");
        }
        if (hours > 0) {
            if (minutes < 0 || seconds < 0) {
                throw new DateTimeException(
                        "Zone offset minutes and seconds must be positive because hours is positive");
            }
        } else if (hours < 0) {
            if (minutes > 0 || seconds > 0) {
                throw new DateTimeException(
                        "Zone offset minutes and seconds must be negative because hours is negative");
            }
        } else if ((minutes > 0 && seconds < 0) || (minutes < 0 && seconds > 0)) {
            throw new DateTimeException("Zone offset minutes and seconds must have the same sign");
        }
        if (minutes < -59 || minutes > 59) {
            throw new DateTimeException(
                    "Zone offset minutes not in valid range: value " + minutes + " is not in the range -59 to 59");
        }
        if (seconds < -59 || seconds > 59) {
            throw new DateTimeException(
                    "Zone offset seconds not in valid range: value " + seconds + " is not in the range -59 to 59");
        }
        if (Math.abs(hours) == 18 && (minutes | seconds) != 0) {
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        }
    }

    public static ZoneOffset ofTotalSeconds(int totalSeconds) {
        if (totalSeconds < -MAX_SECONDS || totalSeconds > MAX_SECONDS) {
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        }
        if (totalSeconds == 0) {
            return UTC;
        }
        if (totalSeconds % 900 != 0) {
            return new ZoneOffset(totalSeconds);
        }
        // Whole quarter hours are shared, as in the JDK: ZonedDateTime.toString compares its offset
        // and zone by identity. Made on first use, to keep the class initialiser light.
        if (quarterHours == null) {
            quarterHours = new ZoneOffset[2 * 72 + 1];
        }
        int i = totalSeconds / 900 + 72;
        if (quarterHours[i] == null) {
            quarterHours[i] = new ZoneOffset(totalSeconds);
        }
        return quarterHours[i];
    }

    public static ZoneOffset from(TemporalAccessor temporal) {
        ZoneOffset offset = temporal.query(TemporalQueries.offset());
        if (offset == null) {
            throw new DateTimeException("Unable to obtain ZoneOffset from TemporalAccessor: " + temporal + " of type "
                    + temporal.getClass().getName());
        }
        return offset;
    }

    private static String buildId(int totalSeconds) {
        if (totalSeconds == 0) {
            return "Z";
        }
        int abs = Math.abs(totalSeconds);
        int h = abs / 3600;
        int m = abs / 60 % 60;
        StringBuilder b = new StringBuilder()
                .append(totalSeconds < 0 ? "-" : "+")
                .append(h < 10 ? "0" : "")
                .append(h)
                .append(m < 10 ? ":0" : ":")
                .append(m);
        int s = abs % 60;
        if (s != 0) {
            b.append(s < 10 ? ":0" : ":").append(s);
        }
        return b.toString();
    }

    public int getTotalSeconds() {
        return totalSeconds;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public ZoneRules getRules() {
        return ZoneRules.of(this);
    }

    @Override
    public ZoneId normalized() {
        return this;
    }

    @Override
    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField ? field == OFFSET_SECONDS : field != null && field.isSupportedBy(this);
    }

    @Override
    public int get(TemporalField field) {
        if (field == OFFSET_SECONDS) {
            return totalSeconds;
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return TemporalAccessor.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field == OFFSET_SECONDS) {
            return totalSeconds;
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.offset() || query == TemporalQueries.zone()) {
            return (R) this;
        }
        return TemporalAccessor.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(OFFSET_SECONDS, totalSeconds);
    }

    /** Descending: the offset furthest ahead of UTC (the earliest local time) sorts first. */
    @Override
    public int compareTo(ZoneOffset other) {
        return other.totalSeconds - totalSeconds;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZoneOffset o && totalSeconds == o.totalSeconds;
    }

    @Override
    public int hashCode() {
        return totalSeconds;
    }

    @Override
    public String toString() {
        return id;
    }
}
