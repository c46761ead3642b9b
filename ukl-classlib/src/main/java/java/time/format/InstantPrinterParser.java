package java.time.format;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;

/**
 * An instant in UTC as {@code Instant.toString} writes it (ISO_INSTANT). Parsing takes a local
 * date-time with seconds, an optional fraction and any offset, and converts to the instant.
 */
final class InstantPrinterParser implements PrinterParser {
    /** The parse form, made on first use so that formatting alone does not build it. */
    private static Composite parser;

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long seconds = context.value(ChronoField.INSTANT_SECONDS);
        if (seconds == null) {
            return false;
        }
        long nanos = context.temporal.isSupported(ChronoField.NANO_OF_SECOND)
                ? context.temporal.getLong(ChronoField.NANO_OF_SECOND)
                : 0;
        buf.append(Instant.ofEpochSecond(seconds, nanos));
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        if (parser == null) {
            parser = new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .appendLiteral('T')
                    .appendValue(ChronoField.HOUR_OF_DAY, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                    .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                    .appendOffsetId()
                    .toFormatter()
                    .printerParser;
        }
        ParseContext sub = new ParseContext();
        sub.caseSensitive = context.caseSensitive;
        sub.strict = context.strict;
        int pos = parser.parse(sub, text, position);
        if (pos < 0) {
            return pos;
        }
        Parsed p = sub.parsed;
        int hour = (int) p.getLong(ChronoField.HOUR_OF_DAY);
        int minute = (int) p.getLong(ChronoField.MINUTE_OF_HOUR);
        int second = (int) p.getLong(ChronoField.SECOND_OF_MINUTE);
        long nano = p.isSupported(ChronoField.NANO_OF_SECOND) ? p.getLong(ChronoField.NANO_OF_SECOND) : 0;
        int days = 0;
        if (hour == 24 && minute == 0 && second == 0 && nano == 0) {
            hour = 0;
            days = 1;
        }
        // years beyond LocalDate's range: compute within 10,000 years, then add whole 400-year cycles
        long yearParsed = p.getLong(ChronoField.YEAR);
        long instantSecs;
        try {
            LocalDateTime ldt = LocalDateTime.of(
                            (int) yearParsed % 10_000,
                            (int) p.getLong(ChronoField.MONTH_OF_YEAR),
                            (int) p.getLong(ChronoField.DAY_OF_MONTH),
                            hour,
                            minute,
                            second,
                            0)
                    .plusDays(days);
            instantSecs = ldt.toEpochSecond(ZoneOffset.ofTotalSeconds((int) p.getLong(ChronoField.OFFSET_SECONDS)));
            instantSecs += Math.multiplyExact(yearParsed / 10_000L, 146097L * 25L * 86400L);
        } catch (RuntimeException e) {
            return ~position;
        }
        int result = context.setField(ChronoField.INSTANT_SECONDS, instantSecs, position, pos);
        return context.setField(ChronoField.NANO_OF_SECOND, nano, position, result);
    }

    @Override
    public String toString() {
        return "Instant()";
    }
}
