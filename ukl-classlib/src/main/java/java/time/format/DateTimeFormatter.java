package java.time.format;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;

/**
 * Formats and parses dates and times: the ISO-8601 and RFC 1123 constants, and {@link #ofPattern}.
 * Parse errors are {@link DateTimeParseException}s worded as the JDK's: "Text '...' could not be
 * parsed at index N", "..., unparsed text found at index N", or "...: " and the resolver's message.
 */
public final class DateTimeFormatter {
    /** {@code 2011-12-03}: ISO-8601 §4.1.2.2 extended calendar date, four-digit year or signed. */
    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatterBuilder()
            .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral('-')
            .appendValue(MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(DAY_OF_MONTH, 2)
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .appendOffsetId()
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(ResolverStyle.STRICT);

    /** {@code 10:15}, {@code 10:15:30} or {@code 10:15:30.5}: seconds and fraction optional when parsing. */
    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(NANO_OF_SECOND, 0, 9, true)
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(ISO_LOCAL_TIME)
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(ISO_LOCAL_DATE_TIME)
            .parseLenient()
            .appendOffsetId()
            .parseStrict()
            .toFormatter(ResolverStyle.STRICT);

    /** The offset date-time, then the region in brackets unless the zone is the offset itself. */
    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = new DateTimeFormatterBuilder()
            .append(ISO_OFFSET_DATE_TIME)
            .optionalStart()
            .appendLiteral('[')
            .parseCaseSensitive()
            .appendZoneRegionId()
            .appendLiteral(']')
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .append(ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalStart()
            .appendLiteral('[')
            .parseCaseSensitive()
            .appendZoneRegionId()
            .appendLiteral(']')
            .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_ORDINAL_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral('-')
            .appendValue(DAY_OF_YEAR, 3)
            .optionalStart()
            .appendOffsetId()
            .toFormatter(ResolverStyle.STRICT);

    /** {@code 2011-12-03T10:15:30Z}, as {@code Instant.toString}; parses any offset. */
    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendInstant()
            .toFormatter(ResolverStyle.STRICT);

    /** {@code 20111203}, with an optional {@code +0100}-style offset. */
    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4)
            .appendValue(MONTH_OF_YEAR, 2)
            .appendValue(DAY_OF_MONTH, 2)
            .optionalStart()
            .parseLenient()
            .appendOffset("+HHMMss", "Z")
            .parseStrict()
            .toFormatter(ResolverStyle.STRICT);

    /** RFC 1123 §5.2.14 (RFC 822 dates with four-digit years): {@code Tue, 3 Jun 2008 11:05:30 GMT}. */
    public static final DateTimeFormatter RFC_1123_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .parseLenient()
            .optionalStart()
            .appendFixedEnglishText(DAY_OF_WEEK)
            .appendLiteral(", ")
            .optionalEnd()
            .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(' ')
            .appendFixedEnglishText(MONTH_OF_YEAR)
            .appendLiteral(' ')
            .appendValue(YEAR, 4)
            .appendLiteral(' ')
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "GMT")
            .toFormatter(ResolverStyle.SMART);

    final Composite printerParser;
    private final ResolverStyle resolverStyle;
    private final ZoneId zone;

    DateTimeFormatter(Composite printerParser, ResolverStyle resolverStyle, ZoneId zone) {
        this.printerParser = printerParser;
        this.resolverStyle = resolverStyle;
        this.zone = zone;
    }

    /** The pattern letters of the JDK's DateTimeFormatter javadoc, with English texts. */
    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter();
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Formats instants in {@code zone}; parsed texts without a zone get it. */
    public DateTimeFormatter withZone(ZoneId zone) {
        return java.util.Objects.equals(this.zone, zone)
                ? this
                : new DateTimeFormatter(printerParser, resolverStyle, zone);
    }

    public ResolverStyle getResolverStyle() {
        return resolverStyle;
    }

    public DateTimeFormatter withResolverStyle(ResolverStyle resolverStyle) {
        return resolverStyle == this.resolverStyle ? this : new DateTimeFormatter(printerParser, resolverStyle, zone);
    }

    public String format(TemporalAccessor temporal) {
        StringBuilder buf = new StringBuilder(32);
        printerParser.format(new FormatContext(adjust(temporal)), buf);
        return buf.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        try {
            appendable.append(format(temporal));
        } catch (IOException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    /** With an override zone, something on the time-line is formatted in that zone. */
    private TemporalAccessor adjust(TemporalAccessor temporal) {
        if (zone == null || zone.equals(temporal.query(TemporalQueries.zoneId()))) {
            return temporal;
        }
        if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
            return ZonedDateTime.ofInstant(Instant.from(temporal), zone);
        }
        return new WithZone(temporal, zone);
    }

    public TemporalAccessor parse(CharSequence text) {
        try {
            return parseResolved(text);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw error(text, e);
        }
    }

    public <T> T parse(CharSequence text, TemporalQuery<T> query) {
        try {
            return parseResolved(text).query(query);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw error(text, e);
        }
    }

    private Parsed parseResolved(CharSequence text) {
        ParseContext context = new ParseContext();
        int pos = printerParser.parse(context, text, 0);
        if (pos < 0) {
            throw new DateTimeParseException(
                    "Text '" + abbreviate(text) + "' could not be parsed at index " + ~pos, text, ~pos);
        }
        if (pos < text.length()) {
            throw new DateTimeParseException(
                    "Text '" + abbreviate(text) + "' could not be parsed, unparsed text found at index " + pos,
                    text,
                    pos);
        }
        context.parsed.resolve(resolverStyle, zone);
        return context.parsed;
    }

    private static DateTimeParseException error(CharSequence text, RuntimeException e) {
        return new DateTimeParseException(
                "Text '" + abbreviate(text) + "' could not be parsed: " + e.getMessage(), text, 0, e);
    }

    private static String abbreviate(CharSequence text) {
        return text.length() > 64 ? text.subSequence(0, 64).toString() + "..." : text.toString();
    }

    @Override
    public String toString() {
        String pattern = printerParser.toString();
        return pattern.startsWith("[") ? pattern : pattern.substring(1, pattern.length() - 1);
    }

    /** A temporal not on the time-line, seen with the formatter's zone. */
    private static final class WithZone implements TemporalAccessor {
        private final TemporalAccessor temporal;
        private final ZoneId zone;

        WithZone(TemporalAccessor temporal, ZoneId zone) {
            this.temporal = temporal;
            this.zone = zone;
        }

        @Override
        public boolean isSupported(TemporalField field) {
            return temporal.isSupported(field);
        }

        @Override
        public long getLong(TemporalField field) {
            return temporal.getLong(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R query(TemporalQuery<R> query) {
            if (query == TemporalQueries.zoneId()) {
                return (R) zone;
            }
            return temporal.query(query);
        }

        @Override
        public String toString() {
            return temporal + " with zone " + zone;
        }
    }
}
