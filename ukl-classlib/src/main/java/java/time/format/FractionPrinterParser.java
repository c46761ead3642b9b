package java.time.format;

import java.time.temporal.ChronoField;

/**
 * A field with a range of 0 to 10^n - 1 (nano-, micro-, milli-of-second) as a decimal fraction of
 * its range: between {@code minWidth} and {@code maxWidth} digits, trailing zeros dropped down to
 * {@code minWidth}, truncated (never rounded), optionally after a decimal point.
 */
final class FractionPrinterParser implements PrinterParser {
    final ChronoField field;
    final int minWidth;
    final int maxWidth;
    final boolean decimalPoint;
    /** The number of digits of the field's range (9 for nano-of-second). */
    private final int digits;

    FractionPrinterParser(ChronoField field, int minWidth, int maxWidth, boolean decimalPoint) {
        long size = field.range().getMaximum() + 1;
        int d = 0;
        for (long p = 1; p < size; p *= 10) {
            d++;
        }
        long power = 1;
        for (int i = 0; i < d; i++) {
            power *= 10;
        }
        if (!field.range().isFixed() || field.range().getMinimum() != 0 || power != size) {
            throw new IllegalArgumentException("Field must have a fixed set of values: " + field);
        }
        if (minWidth < 0 || minWidth > 9) {
            throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 9) {
            throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException(
                    "Maximum width must exceed or equal the minimum width but " + maxWidth + " < " + minWidth);
        }
        this.field = field;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.decimalPoint = decimalPoint;
        this.digits = d;
    }

    /** Fixed width without a point: takes part in adjacent value parsing ({@code HHmmssSSS}). */
    boolean isFixedWidth() {
        return minWidth == maxWidth && !decimalPoint;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long boxed = context.value(field);
        if (boxed == null) {
            return false;
        }
        long value = field.checkValidValue(boxed);
        String all = Long.toString(value + pow10(digits)).substring(1);
        int scale = all.length();
        while (scale > 0 && all.charAt(scale - 1) == '0') {
            scale--;
        }
        if (scale == 0) {
            if (minWidth > 0) {
                if (decimalPoint) {
                    buf.append('.');
                }
                for (int i = 0; i < minWidth; i++) {
                    buf.append('0');
                }
            }
            return true;
        }
        int outputScale = Math.min(Math.max(scale, minWidth), maxWidth);
        if (decimalPoint) {
            buf.append('.');
        }
        for (int i = 0; i < outputScale; i++) {
            buf.append(i < all.length() ? all.charAt(i) : '0');
        }
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        int effectiveMin = context.strict || isFixedWidth() ? minWidth : 0;
        int effectiveMax = context.strict || isFixedWidth() ? maxWidth : 9;
        int length = text.length();
        if (position == length) {
            return effectiveMin > 0 ? ~position : position;
        }
        if (decimalPoint) {
            if (text.charAt(position) != '.') {
                return effectiveMin > 0 ? ~position : position;
            }
            position++;
        }
        int minEndPos = position + effectiveMin;
        if (minEndPos > length) {
            return ~position;
        }
        int maxEndPos = Math.min(position + effectiveMax, length);
        long total = 0;
        int pos = position;
        while (pos < maxEndPos) {
            int digit = text.charAt(pos) - '0';
            if (digit < 0 || digit > 9) {
                if (pos < minEndPos) {
                    return ~position;
                }
                break;
            }
            total = total * 10 + digit;
            pos++;
        }
        int count = pos - position;
        long value = count <= digits ? total * pow10(digits - count) : total / pow10(count - digits);
        return context.setField(field, value, position, pos);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    @Override
    public String toString() {
        return "Fraction(" + field + "," + minWidth + "," + maxWidth + (decimalPoint ? ",DecimalPoint" : "") + ")";
    }
}
