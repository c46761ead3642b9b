package java.time.format;

import java.time.temporal.ChronoField;

/**
 * A field as English text: month and day-of-week names, AM/PM, the era. These are the texts the
 * JDK gives for {@code Locale.ROOT} and {@code en}; a field without texts prints as a number.
 * Parsing takes the longest text of the style that matches.
 */
final class TextPrinterParser implements PrinterParser {
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final ChronoField field;
    private final TextStyle style;

    /** True for RFC 1123's fixed English names, which the JDK describes as "Text(field)". */
    private final boolean fixedNames;

    TextPrinterParser(ChronoField field, TextStyle style, boolean fixedNames) {
        this.field = field;
        this.style = style;
        this.fixedNames = fixedNames;
    }

    /** The text of {@code value}, or null if the field has none. */
    private String text(long value) {
        TextStyle s = style.asNormal();
        switch (field) {
            case MONTH_OF_YEAR:
                if (value < 1 || value > 12) {
                    return null;
                }
                String month = MONTHS[(int) value - 1];
                return s == TextStyle.FULL
                        ? month
                        : s == TextStyle.SHORT ? month.substring(0, 3) : month.substring(0, 1);
            case DAY_OF_WEEK:
                if (value < 1 || value > 7) {
                    return null;
                }
                String day = DAYS[(int) value - 1];
                return s == TextStyle.FULL ? day : s == TextStyle.SHORT ? day.substring(0, 3) : day.substring(0, 1);
            case AMPM_OF_DAY:
                if (value < 0 || value > 1) {
                    return null;
                }
                return s == TextStyle.NARROW ? (value == 0 ? "a" : "p") : (value == 0 ? "AM" : "PM");
            case ERA:
                if (value < 0 || value > 1) {
                    return null;
                }
                if (s == TextStyle.FULL) {
                    return value == 0 ? "Before Christ" : "Anno Domini";
                }
                return s == TextStyle.SHORT ? (value == 0 ? "BC" : "AD") : (value == 0 ? "B" : "A");
            default:
                return null;
        }
    }

    private NumberPrinterParser number() {
        return new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL);
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long value = context.value(field);
        if (value == null) {
            return false;
        }
        String text = text(value);
        if (text == null) {
            return number().format(context, buf);
        }
        buf.append(text);
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence parseText, int position) {
        if (position < 0 || position > parseText.length()) {
            throw new IndexOutOfBoundsException();
        }
        long min = field.range().getMinimum();
        long best = 0;
        int bestLength = -1;
        for (long v = min; v <= Math.min(field.range().getMaximum(), min + 12); v++) {
            String t = text(v);
            // on equal length the later value wins, as in the JDK ("M" parses as May, not March)
            if (t != null && t.length() >= bestLength && context.matches(parseText, position, t)) {
                best = v;
                bestLength = t.length();
            }
        }
        if (bestLength >= 0) {
            return context.setField(field, best, position, position + bestLength);
        }
        return context.strict ? ~position : number().parse(context, parseText, position);
    }

    @Override
    public String toString() {
        return style == TextStyle.FULL || fixedNames ? "Text(" + field + ")" : "Text(" + field + "," + style + ")";
    }
}
