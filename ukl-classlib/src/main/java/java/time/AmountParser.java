package java.time;

import java.time.format.DateTimeParseException;

/**
 * Reads the ISO-8601 §4.4.3.2 texts of {@link Duration#parse} ({@code [-+]PnDTnHnMn.nS}) and
 * {@link Period#parse} ({@code [-+]PnYnMnWnD}): letters in either case, each number with an
 * optional sign, the JDK's messages. A hand-written scanner: the JDK's regular expressions, in
 * order, with the same groups.
 */
final class AmountParser {
    private final CharSequence text;
    private int pos;

    private AmountParser(CharSequence text) {
        this.text = text;
    }

    static Duration duration(CharSequence text) {
        AmountParser p = new AmountParser(text);
        boolean negate = p.sign() < 0;
        if (p.letter('P')) {
            int[] days = p.number('D');
            boolean t = p.letter('T');
            int[] hours = t ? p.number('H') : null;
            int[] minutes = t ? p.number('M') : null;
            int[] secs = null;
            int[] fraction = null;
            if (t) {
                int start = p.pos;
                secs = p.signedDigits();
                if (secs != null) {
                    if (p.pos < text.length() && (text.charAt(p.pos) == '.' || text.charAt(p.pos) == ',')) {
                        p.pos++;
                        int fs = p.pos;
                        while (p.pos < text.length() && p.pos - fs < 9 && isDigit(text.charAt(p.pos))) {
                            p.pos++;
                        }
                        fraction = new int[] {fs, p.pos};
                    }
                    if (!p.letter('S')) {
                        p.pos = start;
                        secs = null;
                        fraction = null;
                    }
                }
            }
            boolean anyTime = hours != null || minutes != null || secs != null;
            if (p.pos == text.length() && (days != null || anyTime) && (!t || anyTime)) {
                long d = p.scaled(days, 86400, "days");
                long h = p.scaled(hours, 3600, "hours");
                long m = p.scaled(minutes, 60, "minutes");
                long s = p.scaled(secs, 1, "seconds");
                int nanos = 0;
                if (fraction != null && fraction[1] > fraction[0]) {
                    nanos = Integer.parseInt(
                            text.subSequence(fraction[0], fraction[1]).toString());
                    for (int i = fraction[1] - fraction[0]; i < 9; i++) {
                        nanos *= 10;
                    }
                    if (text.charAt(secs[0]) == '-') {
                        nanos = -nanos;
                    }
                }
                try {
                    long total = Math.addExact(d, Math.addExact(h, Math.addExact(m, s)));
                    Duration result = Duration.ofSeconds(total, nanos);
                    return negate ? result.negated() : result;
                } catch (ArithmeticException e) {
                    throw new DateTimeParseException("Text cannot be parsed to a Duration: overflow", text, 0, e);
                }
            }
        }
        throw new DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
    }

    static Period period(CharSequence text) {
        AmountParser p = new AmountParser(text);
        int negate = p.sign();
        if (p.letter('P')) {
            int[] years = p.number('Y');
            int[] months = p.number('M');
            int[] weeks = p.number('W');
            int[] days = p.number('D');
            if (p.pos == text.length() && (years != null || months != null || weeks != null || days != null)) {
                try {
                    int d = p.intValue(days, negate);
                    int w = p.intValue(weeks, negate);
                    return Period.of(
                            p.intValue(years, negate),
                            p.intValue(months, negate),
                            Math.addExact(d, Math.multiplyExact(w, 7)));
                } catch (NumberFormatException e) {
                    throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0, e);
                }
            }
        }
        throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An optional leading sign: -1 for '-', else 1. */
    private int sign() {
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            return text.charAt(pos++) == '-' ? -1 : 1;
        }
        return 1;
    }

    private boolean letter(char upper) {
        if (pos < text.length() && Character.toUpperCase(text.charAt(pos)) == upper) {
            pos++;
            return true;
        }
        return false;
    }

    /** {@code [-+]?[0-9]+}, as {start, end}, or null (and nothing consumed). */
    private int[] signedDigits() {
        int start = pos;
        int i = pos;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        pos = i;
        return new int[] {start, i};
    }

    /** {@code [-+]?[0-9]+} followed by {@code unit}, or null (and nothing consumed). */
    private int[] number(char unit) {
        int start = pos;
        int[] n = signedDigits();
        if (n != null && letter(unit)) {
            return n;
        }
        pos = start;
        return null;
    }

    private long scaled(int[] group, long multiplier, String what) {
        if (group == null) {
            return 0;
        }
        try {
            return Math.multiplyExact(
                    Long.parseLong(text.subSequence(group[0], group[1]).toString()), multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DateTimeParseException("Text cannot be parsed to a Duration: " + what, text, 0, e);
        }
    }

    private int intValue(int[] group, int negate) {
        if (group == null) {
            return 0;
        }
        int v = Integer.parseInt(text.subSequence(group[0], group[1]).toString());
        try {
            return Math.multiplyExact(v, negate);
        } catch (ArithmeticException e) {
            throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0, e);
        }
    }
}
