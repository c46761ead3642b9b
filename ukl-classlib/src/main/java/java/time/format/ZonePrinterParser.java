package java.time.format;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;

/**
 * The zone: its id ({@code VV}, {@code appendZoneId}), only a region's id (the bracketed part of
 * ISO_ZONED_DATE_TIME), or its name ({@code z}: "UTC", "Coordinated Universal Time"). Parsing
 * reads an offset, a {@code UTC}/{@code GMT}/{@code UT} id or a region id; a region goes through
 * {@code ZoneId.of}, which explains that images carry no time-zone database.
 */
final class ZonePrinterParser implements PrinterParser {
    static final int ID = 0;
    static final int REGION_ID = 1;
    static final int ID_OR_OFFSET = 2;
    static final int TEXT = 3;

    private final int kind;
    private final TextStyle style;

    ZonePrinterParser(int kind, TextStyle style) {
        this.kind = kind;
        this.style = style;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        ZoneId zone =
                switch (kind) {
                    case REGION_ID -> context.value(RegionOnly.QUERY);
                    case ID_OR_OFFSET -> context.value(TemporalQueries.zone());
                    default -> context.value(TemporalQueries.zoneId());
                };
        if (zone == null) {
            return false;
        }
        buf.append(kind == TEXT ? name(zone) : zone.getId());
        return true;
    }

    private String name(ZoneId zone) {
        boolean full = style.asNormal() == TextStyle.FULL;
        return switch (zone instanceof ZoneOffset ? "" : zone.getId()) {
            case "UTC" -> full ? "Coordinated Universal Time" : "UTC";
            case "GMT" -> full ? "Greenwich Mean Time" : "GMT";
            default -> zone.getId();
        };
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        return parseZone(context, text, position);
    }

    private int parseZone(ParseContext context, CharSequence text, int position) {
        int length = text.length();
        if (position >= length) {
            return ~position;
        }
        if (kind == TEXT) {
            String[] names = {"Coordinated Universal Time", "Greenwich Mean Time"};
            for (int i = 0; i < names.length; i++) {
                if (context.matches(text, position, names[i])) {
                    context.parsed.zone = ZoneId.of(i == 0 ? "UTC" : "GMT");
                    context.parsed.zoneNameType = 0; // read by its name, not its id
                    return position + names[i].length();
                }
            }
        }
        char c = text.charAt(position);
        if (c == '+' || c == '-') {
            return offset(context, text, position, "");
        }
        int end = position;
        while (end < length && isRegionChar(text.charAt(end))) {
            end++;
        }
        // "Area/City" names a region of a zone database: say that images have none
        String id = text.subSequence(position, end).toString();
        int slash = id.indexOf('/');
        if (slash > 0 && slash + 1 < id.length() && Character.isLetter(id.charAt(slash + 1)) && Character.isLetter(c)) {
            context.parsed.zone = ZoneId.of(id);
            return end;
        }
        String[] prefixes = {"UTC", "GMT", "UT"};
        for (String prefix : prefixes) {
            if (context.matches(text, position, prefix)) {
                int afterPrefix = position + prefix.length();
                if (afterPrefix < length && (text.charAt(afterPrefix) == '+' || text.charAt(afterPrefix) == '-')) {
                    return offset(context, text, afterPrefix, prefix);
                }
                context.parsed.zone = ZoneId.of(prefix);
                return afterPrefix;
            }
        }
        if (context.charEquals(c, 'Z')) {
            context.parsed.zone = ZoneOffset.UTC;
            return position + 1;
        }
        return ~position;
    }

    private static int offset(ParseContext context, CharSequence text, int position, String prefix) {
        ParseContext sub = new ParseContext();
        sub.caseSensitive = context.caseSensitive;
        sub.strict = context.strict;
        int end = new OffsetPrinterParser("+HH:MM:ss", "Z").parse(sub, text, position);
        if (end < 0) {
            if (prefix.isEmpty()) {
                return end;
            }
            context.parsed.zone = ZoneId.of(prefix);
            return position;
        }
        ZoneOffset offset =
                ZoneOffset.ofTotalSeconds((int) sub.parsed.getLong(java.time.temporal.ChronoField.OFFSET_SECONDS));
        context.parsed.zone = ZoneId.ofOffset(prefix, offset);
        return end;
    }

    private static boolean isRegionChar(char c) {
        return Character.isLetterOrDigit(c) || c == '~' || c == '/' || c == '.' || c == '_' || c == '+' || c == '-';
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ID -> "ZoneId()";
            case REGION_ID -> "ZoneRegionId()";
            case ID_OR_OFFSET -> "ZoneOrOffsetId()";
            default -> "ZoneText(" + style + ")";
        };
    }

    /** The zone unless it is a bare offset. */
    private static final class RegionOnly implements TemporalQuery<ZoneId> {
        static final RegionOnly QUERY = new RegionOnly();

        @Override
        public ZoneId queryFrom(TemporalAccessor temporal) {
            ZoneId zone = temporal.query(TemporalQueries.zoneId());
            return zone instanceof ZoneOffset ? null : zone;
        }

        @Override
        public String toString() {
            return "ZoneRegionId()";
        }
    }
}
