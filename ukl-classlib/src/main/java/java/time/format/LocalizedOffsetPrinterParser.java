package java.time.format;

import java.time.temporal.ChronoField;

/** {@code GMT+2} (short) or {@code GMT+02:00} (full), and {@code GMT} for a zero offset. */
final class LocalizedOffsetPrinterParser implements PrinterParser {
    private final TextStyle style;

    LocalizedOffsetPrinterParser(TextStyle style) {
        this.style = style;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long offsetSecs = context.value(ChronoField.OFFSET_SECONDS);
        if (offsetSecs == null) {
            return false;
        }
        buf.append("GMT");
        int total = Math.toIntExact(offsetSecs);
        if (total != 0) {
            int hours = Math.abs((total / 3600) % 100);
            int minutes = Math.abs((total / 60) % 60);
            int seconds = Math.abs(total % 60);
            buf.append(total < 0 ? "-" : "+");
            if (style == TextStyle.FULL) {
                two(buf.append(hours < 10 ? "0" : ""), hours, false);
                two(buf, minutes, true);
                if (seconds != 0) {
                    two(buf, seconds, true);
                }
            } else {
                buf.append(hours);
                if (minutes != 0 || seconds != 0) {
                    two(buf, minutes, true);
                    if (seconds != 0) {
                        two(buf, seconds, true);
                    }
                }
            }
        }
        return true;
    }

    private static void two(StringBuilder buf, int value, boolean colon) {
        if (colon) {
            buf.append(':').append(value < 10 ? "0" : "");
        }
        buf.append(value);
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        if (!context.matches(text, position, "GMT")) {
            return ~position;
        }
        int pos = position + 3;
        if (pos == text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-')) {
            return context.setField(ChronoField.OFFSET_SECONDS, 0, position, pos);
        }
        int sign = text.charAt(pos++) == '-' ? -1 : 1;
        int[] parts = new int[3];
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (pos >= text.length() || text.charAt(pos) != ':') {
                    break;
                }
                pos++;
            }
            int start = pos;
            int value = 0;
            while (pos < text.length() && pos - start < 2 && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                value = value * 10 + text.charAt(pos++) - '0';
            }
            boolean wide = style == TextStyle.FULL || part > 0;
            if (pos == start || (wide && pos - start != 2)) {
                return ~position;
            }
            parts[part] = value;
        }
        if (parts[0] > 18 || parts[1] > 59 || parts[2] > 59) {
            return ~position;
        }
        long offset = sign * (parts[0] * 3600L + parts[1] * 60L + parts[2]);
        return context.setField(ChronoField.OFFSET_SECONDS, offset, position, pos);
    }

    @Override
    public String toString() {
        return "LocalizedOffset(" + style + ")";
    }
}
