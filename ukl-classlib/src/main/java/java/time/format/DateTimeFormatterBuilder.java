package java.time.format;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;
import java.util.ArrayList;

/**
 * Builds a {@link DateTimeFormatter} element by element, or from a pattern. Only ChronoFields are
 * accepted. A fixed-width number (or fraction) right after another number makes the earlier one
 * leave it its digits when parsing, as in the JDK ("adjacent value parsing": {@code uuuuMMdd}).
 */
public final class DateTimeFormatterBuilder {
    private DateTimeFormatterBuilder active = this;
    private final DateTimeFormatterBuilder parent;
    private final boolean optional;
    private final ArrayList<PrinterParser> printerParsers = new ArrayList<>();
    /** The number that later fixed-width numbers are adjacent to, or -1. */
    private int valueParserIndex = -1;

    public DateTimeFormatterBuilder() {
        parent = null;
        optional = false;
    }

    private DateTimeFormatterBuilder(DateTimeFormatterBuilder parent, boolean optional) {
        this.parent = parent;
        this.optional = optional;
    }

    public DateTimeFormatterBuilder parseCaseSensitive() {
        appendInternal(new Setting(Setting.CASE_SENSITIVE));
        return this;
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        appendInternal(new Setting(Setting.CASE_INSENSITIVE));
        return this;
    }

    public DateTimeFormatterBuilder parseStrict() {
        appendInternal(new Setting(Setting.STRICT));
        return this;
    }

    public DateTimeFormatterBuilder parseLenient() {
        appendInternal(new Setting(Setting.LENIENT));
        return this;
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        appendInternal(new Setting(Setting.DEFAULT, chrono(field), value));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        return appendValue(new NumberPrinterParser(chrono(field), 1, 19, SignStyle.NORMAL));
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        if (width < 1 || width > 19) {
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        }
        return appendValue(new NumberPrinterParser(chrono(field), width, width, SignStyle.NOT_NEGATIVE));
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
            return appendValue(field, maxWidth);
        }
        if (minWidth < 1 || minWidth > 19) {
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 19) {
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException(
                    "The maximum width must exceed or equal the minimum width but " + maxWidth + " < " + minWidth);
        }
        return appendValue(new NumberPrinterParser(chrono(field), minWidth, maxWidth, signStyle));
    }

    /** Two-digit years and the like: {@code width} digits read into the range starting at {@code baseValue}. */
    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, int baseValue) {
        if (width != maxWidth) {
            throw new IllegalArgumentException(
                    "Only fixed-width reduced values are supported here, but " + width + " != " + maxWidth);
        }
        if (width < 1 || width > 10) {
            throw new IllegalArgumentException("The minWidth must be from 1 to 10 inclusive but was " + width);
        }
        return appendValue(NumberPrinterParser.reduced(chrono(field), width, baseValue));
    }

    private DateTimeFormatterBuilder appendValue(NumberPrinterParser pp) {
        DateTimeFormatterBuilder a = active;
        if (a.valueParserIndex >= 0) {
            int base = a.valueParserIndex;
            NumberPrinterParser basePP = (NumberPrinterParser) a.printerParsers.get(base);
            if (pp.isFixedWidth()) {
                basePP = basePP.withSubsequentWidth(pp.maxWidth);
                appendInternal(pp.withFixedWidth());
                a.valueParserIndex = base;
            } else {
                basePP = basePP.withFixedWidth();
                a.valueParserIndex = appendInternal(pp);
            }
            a.printerParsers.set(base, basePP);
        } else {
            a.valueParserIndex = appendInternal(pp);
        }
        return this;
    }

    public DateTimeFormatterBuilder appendFraction(
            TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
        FractionPrinterParser fpp = new FractionPrinterParser(chrono(field), minWidth, maxWidth, decimalPoint);
        DateTimeFormatterBuilder a = active;
        if (fpp.isFixedWidth() && a.valueParserIndex >= 0) {
            int base = a.valueParserIndex;
            NumberPrinterParser basePP = (NumberPrinterParser) a.printerParsers.get(base);
            appendInternal(fpp);
            a.printerParsers.set(base, basePP.withSubsequentWidth(maxWidth));
            a.valueParserIndex = base;
        } else {
            appendInternal(fpp);
        }
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle textStyle) {
        appendInternal(new TextPrinterParser(chrono(field), textStyle, false));
        return this;
    }

    /** RFC 1123's day and month names: the short English ones, whatever the locale. */
    DateTimeFormatterBuilder appendFixedEnglishText(ChronoField field) {
        appendInternal(new TextPrinterParser(field, TextStyle.SHORT, true));
        return this;
    }

    /** Pattern letters e and c: a day-of-week number counted from Sunday. */
    DateTimeFormatterBuilder appendLocalizedDayOfWeek(int width) {
        appendInternal(new LocalizedDayOfWeekPrinterParser(width));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant() {
        appendInternal(new InstantPrinterParser());
        return this;
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        return appendOffset("+HH:MM:ss", "Z");
    }

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        appendInternal(new OffsetPrinterParser(pattern, noOffsetText));
        return this;
    }

    public DateTimeFormatterBuilder appendLocalizedOffset(TextStyle style) {
        if (style != TextStyle.FULL && style != TextStyle.SHORT) {
            throw new IllegalArgumentException("Style must be either full or short");
        }
        appendInternal(new LocalizedOffsetPrinterParser(style));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneId() {
        appendInternal(new ZonePrinterParser(ZonePrinterParser.ID, TextStyle.FULL));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        appendInternal(new ZonePrinterParser(ZonePrinterParser.REGION_ID, TextStyle.FULL));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneOrOffsetId() {
        appendInternal(new ZonePrinterParser(ZonePrinterParser.ID_OR_OFFSET, TextStyle.FULL));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneText(TextStyle textStyle) {
        appendInternal(new ZonePrinterParser(ZonePrinterParser.TEXT, textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        appendInternal(new Literal(String.valueOf(literal)));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        if (!literal.isEmpty()) {
            appendInternal(new Literal(literal));
        }
        return this;
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        appendInternal(formatter.printerParser.withOptional(false));
        return this;
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        appendInternal(formatter.printerParser.withOptional(true));
        return this;
    }

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        new PatternCompiler(this).compile(pattern);
        return this;
    }

    public DateTimeFormatterBuilder optionalStart() {
        active.valueParserIndex = -1;
        active = new DateTimeFormatterBuilder(active, true);
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (active.parent == null) {
            throw new IllegalStateException(
                    "Cannot call optionalEnd() as there was no previous call to optionalStart()");
        }
        if (!active.printerParsers.isEmpty()) {
            Composite cpp = new Composite(array(active.printerParsers), active.optional);
            active = active.parent;
            appendInternal(cpp);
        } else {
            active = active.parent;
        }
        return this;
    }

    boolean inOptional() {
        return active.parent != null;
    }

    private int appendInternal(PrinterParser pp) {
        active.printerParsers.add(pp);
        active.valueParserIndex = -1;
        return active.printerParsers.size() - 1;
    }

    /** Closes any open optional sections; the formatter resolves in the SMART style. */
    public DateTimeFormatter toFormatter() {
        return toFormatter(ResolverStyle.SMART);
    }

    DateTimeFormatter toFormatter(ResolverStyle resolverStyle) {
        while (active.parent != null) {
            optionalEnd();
        }
        return new DateTimeFormatter(new Composite(array(printerParsers), false), resolverStyle, null);
    }

    private static PrinterParser[] array(ArrayList<PrinterParser> list) {
        PrinterParser[] a = new PrinterParser[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    private static ChronoField chrono(TemporalField field) {
        if (field instanceof ChronoField f) {
            return f;
        }
        if (field == null) {
            throw new NullPointerException("field");
        }
        throw new IllegalArgumentException("Only ChronoField fields are supported in formatters here, not " + field);
    }
}
