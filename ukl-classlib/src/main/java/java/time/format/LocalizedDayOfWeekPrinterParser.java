package java.time.format;

import java.time.temporal.ChronoField;

/** The day-of-week number of a week that starts on Sunday (pattern letters e and c): Sunday 1, Saturday 7. */
final class LocalizedDayOfWeekPrinterParser implements PrinterParser {
    private final int width;

    LocalizedDayOfWeekPrinterParser(int width) {
        this.width = width;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long dow = context.value(ChronoField.DAY_OF_WEEK);
        if (dow == null) {
            return false;
        }
        long local = dow % 7 + 1;
        buf.append(width == 2 ? "0" : "").append(local);
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        if (position + width > text.length()) {
            return ~position;
        }
        int value = 0;
        for (int i = position; i < position + width; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return ~position;
            }
            value = value * 10 + digit;
        }
        // like the JDK, any digits parse; a value outside 1-7 is kept as is and fails when resolved
        long dow = value >= 1 && value <= 7 ? (value + 5) % 7 + 1 : value;
        return context.setField(ChronoField.DAY_OF_WEEK, dow, position, position + width);
    }

    @Override
    public String toString() {
        return "Localized(DayOfWeek," + width + ")";
    }
}
