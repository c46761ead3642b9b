package java.time.format;

import java.time.DateTimeException;
import java.time.temporal.ChronoField;

/**
 * A field as digits: at least {@code minWidth} (zero padded), at most {@code maxWidth}, with a
 * {@link SignStyle}. A variable-width number followed directly by fixed-width ones (as in
 * {@code uuuuMMdd}) leaves them their digits: {@code subsequentWidth} counts them ("adjacent value
 * parsing"). The reduced form ({@code yy}) prints the last two digits and parses them into the
 * century starting at {@code baseValue}.
 */
final class NumberPrinterParser implements PrinterParser {
    private static final long[] EXCEED_POINTS = {
        0L,
        10L,
        100L,
        1000L,
        10000L,
        100000L,
        1000000L,
        10000000L,
        100000000L,
        1000000000L,
        10000000000L,
        100000000000L,
        1000000000000L,
        10000000000000L,
        100000000000000L,
        1000000000000000L,
        10000000000000000L,
        100000000000000000L,
        1000000000000000000L
    };

    final ChronoField field;
    final int minWidth;
    final int maxWidth;
    final SignStyle signStyle;
    /** Digits the following fixed-width fields need; -1 when this one is itself fixed by its neighbours. */
    final int subsequentWidth;
    /** Reduced form: the first year of the two-digit century, or {@code Integer.MIN_VALUE} when not reduced. */
    private final int baseValue;

    NumberPrinterParser(ChronoField field, int minWidth, int maxWidth, SignStyle signStyle) {
        this(field, minWidth, maxWidth, signStyle, 0, Integer.MIN_VALUE);
    }

    private NumberPrinterParser(
            ChronoField field, int minWidth, int maxWidth, SignStyle signStyle, int subsequentWidth, int baseValue) {
        this.field = field;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.signStyle = signStyle;
        this.subsequentWidth = subsequentWidth;
        this.baseValue = baseValue;
    }

    static NumberPrinterParser reduced(ChronoField field, int width, int baseValue) {
        return new NumberPrinterParser(field, width, width, SignStyle.NOT_NEGATIVE, 0, baseValue);
    }

    NumberPrinterParser withFixedWidth() {
        return subsequentWidth == -1
                ? this
                : new NumberPrinterParser(field, minWidth, maxWidth, signStyle, -1, baseValue);
    }

    NumberPrinterParser withSubsequentWidth(int width) {
        return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, subsequentWidth + width, baseValue);
    }

    boolean isFixedWidth() {
        return minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE;
    }

    private boolean fixedForParse() {
        return subsequentWidth == -1
                || (subsequentWidth > 0 && minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE);
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long boxed = context.value(field);
        if (boxed == null) {
            return false;
        }
        long value = boxed;
        if (baseValue != Integer.MIN_VALUE) {
            long abs = Math.abs(value);
            value = abs >= baseValue && abs < baseValue + EXCEED_POINTS[minWidth]
                    ? abs % EXCEED_POINTS[minWidth]
                    : abs % EXCEED_POINTS[maxWidth];
        }
        String str = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
        if (str.length() > maxWidth) {
            throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " exceeds the maximum print width of " + maxWidth);
        }
        if (value >= 0) {
            if ((signStyle == SignStyle.EXCEEDS_PAD && minWidth < 19 && value >= EXCEED_POINTS[minWidth])
                    || signStyle == SignStyle.ALWAYS) {
                buf.append('+');
            }
        } else if (signStyle == SignStyle.NORMAL
                || signStyle == SignStyle.EXCEEDS_PAD
                || signStyle == SignStyle.ALWAYS) {
            buf.append('-');
        } else if (signStyle == SignStyle.NOT_NEGATIVE) {
            throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " cannot be negative according to the SignStyle");
        }
        for (int i = 0; i < minWidth - str.length(); i++) {
            buf.append('0');
        }
        buf.append(str);
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        int length = text.length();
        if (position == length) {
            return ~position;
        }
        char sign = text.charAt(position);
        boolean negative = false;
        boolean positive = false;
        boolean strict = context.strict;
        if (sign == '+') {
            if (!signStyle.parse(true, strict, minWidth == maxWidth)) {
                return ~position;
            }
            positive = true;
            position++;
        } else if (sign == '-') {
            if (!signStyle.parse(false, strict, minWidth == maxWidth)) {
                return ~position;
            }
            negative = true;
            position++;
        } else if (signStyle == SignStyle.ALWAYS && strict) {
            return ~position;
        }
        boolean fixed = fixedForParse();
        int effMinWidth = strict || fixed ? minWidth : 1;
        int minEndPos = position + effMinWidth;
        if (minEndPos > length) {
            return ~position;
        }
        int effMaxWidth = (strict || fixed ? maxWidth : 9) + Math.max(subsequentWidth, 0);
        long total = 0;
        int pos = position;
        for (int pass = 0; pass < 2; pass++) {
            int maxEndPos = Math.min(pos + effMaxWidth, length);
            while (pos < maxEndPos) {
                int digit = text.charAt(pos) - '0';
                if (digit < 0 || digit > 9 || total > (Long.MAX_VALUE - digit) / 10) {
                    if (pos < minEndPos) {
                        return ~position;
                    }
                    break;
                }
                total = total * 10 + digit;
                pos++;
            }
            if (pos < minEndPos) {
                return ~position;
            }
            if (subsequentWidth > 0 && pass == 0) {
                // second pass: leave the following fixed-width fields their digits
                effMaxWidth = Math.max(effMinWidth, pos - position - subsequentWidth);
                pos = position;
                total = 0;
            } else {
                break;
            }
        }
        if (negative) {
            if (total == 0 && strict) {
                return ~(position - 1); // "-0" is not a number here
            }
            total = -total;
        } else if (signStyle == SignStyle.EXCEEDS_PAD && strict) {
            int parseLen = pos - position;
            if (positive) {
                if (parseLen <= minWidth) {
                    return ~(position - 1); // '+' only when the width is exceeded
                }
            } else if (parseLen > minWidth) {
                return ~position; // and then it is required
            }
        }
        if (baseValue != Integer.MIN_VALUE && pos - position == minWidth) {
            long range = EXCEED_POINTS[minWidth];
            long basePart = baseValue - baseValue % range;
            total = baseValue > 0 ? basePart + total : basePart - total;
            if (total < baseValue) {
                total += range;
            }
        }
        return context.setField(field, total, position, pos);
    }

    @Override
    public String toString() {
        if (baseValue != Integer.MIN_VALUE) {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + ","
                    + (baseValue == 2000 ? "2000-01-01" : Integer.toString(baseValue)) + ")";
        }
        if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL) {
            return "Value(" + field + ")";
        }
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
            return "Value(" + field + "," + minWidth + ")";
        }
        return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
    }
}
