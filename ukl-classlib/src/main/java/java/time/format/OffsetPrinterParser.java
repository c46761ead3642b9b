package java.time.format;

import java.time.temporal.ChronoField;

/**
 * The offset from UTC in one of the JDK's patterns: {@code +HH}, {@code +HHmm}, {@code +HH:mm},
 * {@code +HHMM}, {@code +HH:MM}, {@code +HHMMss}, {@code +HH:MM:ss}, {@code +HHMMSS},
 * {@code +HH:MM:SS}, {@code +HHmmss}, {@code +HH:mm:ss} (and the same with {@code +H}). Upper case
 * parts are always printed, lower case ones only when not zero; a zero offset prints
 * {@code noOffsetText} (such as "Z").
 */
final class OffsetPrinterParser implements PrinterParser {
    static final String[] PATTERNS = {
        "+HH",
        "+HHmm",
        "+HH:mm",
        "+HHMM",
        "+HH:MM",
        "+HHMMss",
        "+HH:MM:ss",
        "+HHMMSS",
        "+HH:MM:SS",
        "+HHmmss",
        "+HH:mm:ss",
        "+H",
        "+Hmm",
        "+H:mm",
        "+HMM",
        "+H:MM",
        "+HMMss",
        "+H:MM:ss",
        "+HMMSS",
        "+H:MM:SS",
        "+Hmmss",
        "+H:mm:ss"
    };

    private final String noOffsetText;
    private final int type;
    private final int style;

    OffsetPrinterParser(String pattern, String noOffsetText) {
        int index = -1;
        for (int i = 0; i < PATTERNS.length; i++) {
            if (PATTERNS[i].equals(pattern)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("Invalid zone offset pattern: " + pattern);
        }
        this.type = index;
        this.style = index % 11;
        this.noOffsetText = noOffsetText;
    }

    private boolean colons() {
        return style > 0 && style % 2 == 0;
    }

    private boolean paddedHour() {
        return type < 11;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        Long offsetSecs = context.value(ChronoField.OFFSET_SECONDS);
        if (offsetSecs == null) {
            return false;
        }
        int total = Math.toIntExact(offsetSecs);
        if (total == 0) {
            buf.append(noOffsetText);
            return true;
        }
        int hours = Math.abs((total / 3600) % 100);
        int minutes = Math.abs((total / 60) % 60);
        int seconds = Math.abs(total % 60);
        int start = buf.length();
        int output = hours;
        buf.append(total < 0 ? "-" : "+");
        if (paddedHour() || hours >= 10) {
            buf.append((char) (hours / 10 + '0')).append((char) (hours % 10 + '0'));
        } else {
            buf.append((char) (hours + '0'));
        }
        if ((style >= 3 && style <= 8) || (style >= 9 && seconds > 0) || (style >= 1 && minutes > 0)) {
            pad(buf, minutes);
            output += minutes;
            if (style == 7 || style == 8 || (style >= 5 && seconds > 0)) {
                pad(buf, seconds);
                output += seconds;
            }
        }
        if (output == 0) {
            buf.setLength(start);
            buf.append(noOffsetText);
        }
        return true;
    }

    private void pad(StringBuilder buf, int value) {
        if (colons()) {
            buf.append(':');
        }
        buf.append((char) (value / 10 + '0')).append((char) (value % 10 + '0'));
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        int length = text.length();
        if (noOffsetText.isEmpty()) {
            if (position == length) {
                return context.setField(ChronoField.OFFSET_SECONDS, 0, position, position);
            }
        } else {
            if (position == length) {
                return ~position;
            }
            if (context.matches(text, position, noOffsetText)) {
                return context.setField(ChronoField.OFFSET_SECONDS, 0, position, position + noOffsetText.length());
            }
        }
        char sign = text.charAt(position);
        if (sign == '+' || sign == '-') {
            int[] pos = {position + 1};
            int hours = paddedHour() ? digits(text, pos, false) : hourDigits(text, pos);
            // lenient parsing takes what is there: "+05" for "+HH:MM"
            boolean minutesRequired = style >= 3 && style <= 8 && context.strict;
            boolean secondsRequired = (style == 7 || style == 8) && context.strict;
            int minutes = 0;
            int seconds = 0;
            if (hours >= 0 && style > 0) {
                int save = pos[0];
                minutes = digits(text, pos, colons());
                if (minutes < 0 || (minutes > 59 && !minutesRequired)) {
                    if (minutesRequired) {
                        hours = -1;
                    }
                    minutes = 0;
                    pos[0] = save;
                } else if (style >= 5) {
                    save = pos[0];
                    seconds = digits(text, pos, colons());
                    if (seconds < 0 || (seconds > 59 && !secondsRequired)) {
                        if (secondsRequired) {
                            hours = -1;
                        }
                        seconds = 0;
                        pos[0] = save;
                    }
                }
            }
            if (hours >= 0 && hours <= 23 && minutes <= 59 && seconds <= 59) {
                long offset = (sign == '-' ? -1L : 1L) * (hours * 3600L + minutes * 60L + seconds);
                return context.setField(ChronoField.OFFSET_SECONDS, offset, position, pos[0]);
            }
        }
        if (noOffsetText.isEmpty()) {
            return context.setField(ChronoField.OFFSET_SECONDS, 0, position, position);
        }
        return ~position;
    }

    /** Two digits, after a colon if {@code colon}; -1 if absent. */
    private static int digits(CharSequence text, int[] pos, boolean colon) {
        int p = pos[0];
        if (colon) {
            if (p >= text.length() || text.charAt(p) != ':') {
                return -1;
            }
            p++;
        }
        if (p + 2 > text.length()) {
            return -1;
        }
        int a = text.charAt(p) - '0';
        int b = text.charAt(p + 1) - '0';
        if (a < 0 || a > 9 || b < 0 || b > 9) {
            return -1;
        }
        pos[0] = p + 2;
        return a * 10 + b;
    }

    /** One or two digits of hour ({@code +H} patterns). */
    private static int hourDigits(CharSequence text, int[] pos) {
        int p = pos[0];
        if (p >= text.length() || text.charAt(p) < '0' || text.charAt(p) > '9') {
            return -1;
        }
        int h = text.charAt(p) - '0';
        p++;
        if (p < text.length()
                && text.charAt(p) >= '0'
                && text.charAt(p) <= '9'
                && h * 10 + (text.charAt(p) - '0') <= 18) {
            h = h * 10 + (text.charAt(p) - '0');
            p++;
        }
        pos[0] = p;
        return h;
    }

    @Override
    public String toString() {
        return "Offset(" + PATTERNS[type] + ",'" + noOffsetText.replace("'", "''") + "')";
    }
}
