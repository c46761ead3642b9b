package java.time.format;

import java.time.temporal.ChronoField;

/**
 * Turns an {@code ofPattern} pattern into builder calls, letter by letter as the JDK's
 * DateTimeFormatterBuilder.appendPattern does (its javadoc is the specification of the letters).
 * Letters whose meaning depends on locale data an image does not carry (week-based fields,
 * quarters, generic zone names, padding) are rejected with a message that names them.
 */
final class PatternCompiler {
    private final DateTimeFormatterBuilder b;

    PatternCompiler(DateTimeFormatterBuilder builder) {
        this.b = builder;
    }

    void compile(String pattern) {
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                int start = pos++;
                while (pos < pattern.length() && pattern.charAt(pos) == cur) {
                    pos++;
                }
                letter(cur, pos - start);
                pos--;
            } else if (cur == '\'') {
                int start = pos++;
                for (; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'') {
                            pos++;
                        } else {
                            break;
                        }
                    }
                }
                if (pos >= pattern.length()) {
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                }
                String str = pattern.substring(start + 1, pos);
                if (str.isEmpty()) {
                    b.appendLiteral('\'');
                } else {
                    b.appendLiteral(str.replace("''", "'"));
                }
            } else if (cur == '[') {
                b.optionalStart();
            } else if (cur == ']') {
                if (!b.inOptional()) {
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                }
                b.optionalEnd();
            } else if (cur == '{' || cur == '}' || cur == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + cur + "'");
            } else {
                b.appendLiteral(cur);
            }
        }
    }

    private static ChronoField field(char letter) {
        return switch (letter) {
            case 'G' -> ChronoField.ERA;
            case 'y' -> ChronoField.YEAR_OF_ERA;
            case 'u' -> ChronoField.YEAR;
            case 'M', 'L' -> ChronoField.MONTH_OF_YEAR;
            case 'D' -> ChronoField.DAY_OF_YEAR;
            case 'd' -> ChronoField.DAY_OF_MONTH;
            case 'E', 'e', 'c' -> ChronoField.DAY_OF_WEEK;
            case 'a' -> ChronoField.AMPM_OF_DAY;
            case 'H' -> ChronoField.HOUR_OF_DAY;
            case 'k' -> ChronoField.CLOCK_HOUR_OF_DAY;
            case 'K' -> ChronoField.HOUR_OF_AMPM;
            case 'h' -> ChronoField.CLOCK_HOUR_OF_AMPM;
            case 'm' -> ChronoField.MINUTE_OF_HOUR;
            case 's' -> ChronoField.SECOND_OF_MINUTE;
            case 'S', 'n' -> ChronoField.NANO_OF_SECOND;
            case 'A' -> ChronoField.MILLI_OF_DAY;
            case 'N' -> ChronoField.NANO_OF_DAY;
            default -> null;
        };
    }

    private void letter(char cur, int count) {
        ChronoField field = field(cur);
        if (field != null) {
            field(cur, count, field);
        } else if (cur == 'z') {
            if (count > 4) {
                throw tooMany(cur);
            }
            b.appendZoneText(count == 4 ? TextStyle.FULL : TextStyle.SHORT);
        } else if (cur == 'V') {
            if (count != 2) {
                throw new IllegalArgumentException("Pattern letter count must be 2: " + cur);
            }
            b.appendZoneId();
        } else if (cur == 'Z') {
            if (count < 4) {
                b.appendOffset("+HHMM", "+0000");
            } else if (count == 4) {
                b.appendLocalizedOffset(TextStyle.FULL);
            } else if (count == 5) {
                b.appendOffset("+HH:MM:ss", "Z");
            } else {
                throw tooMany(cur);
            }
        } else if (cur == 'O') {
            if (count == 1) {
                b.appendLocalizedOffset(TextStyle.SHORT);
            } else if (count == 4) {
                b.appendLocalizedOffset(TextStyle.FULL);
            } else {
                throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + cur);
            }
        } else if (cur == 'X' || cur == 'x') {
            if (count > 5) {
                throw tooMany(cur);
            }
            String zero = cur == 'X' ? "Z" : count == 1 ? "+00" : count % 2 == 0 ? "+0000" : "+00:00";
            b.appendOffset(OffsetPrinterParser.PATTERNS[count + (count == 1 ? 0 : 1)], zero);
        } else if ("QqwWYgBvpF".indexOf(cur) >= 0) {
            throw new IllegalArgumentException("Pattern letter '" + cur + "' is not supported by ukl's class library"
                    + " (it needs locale data or fields an image does not carry)");
        } else {
            throw new IllegalArgumentException("Unknown pattern letter: " + cur);
        }
    }

    private void field(char cur, int count, ChronoField field) {
        switch (cur) {
            case 'u', 'y' -> {
                if (count == 2) {
                    b.appendValueReduced(field, 2, 2, 2000);
                } else if (count < 4) {
                    b.appendValue(field, count, 19, SignStyle.NORMAL);
                } else {
                    b.appendValue(field, count, 19, SignStyle.EXCEEDS_PAD);
                }
            }
            case 'M', 'L', 'E', 'e', 'c' -> text(cur, count, field);
            case 'a' -> {
                if (count != 1) {
                    throw tooMany(cur);
                }
                b.appendText(field, TextStyle.SHORT);
            }
            case 'G' -> {
                if (count > 5) {
                    throw tooMany(cur);
                }
                b.appendText(field, count == 4 ? TextStyle.FULL : count == 5 ? TextStyle.NARROW : TextStyle.SHORT);
            }
            case 'S' -> b.appendFraction(ChronoField.NANO_OF_SECOND, count, count, false);
            case 'd', 'h', 'H', 'k', 'K', 'm', 's' -> {
                if (count == 1) {
                    b.appendValue(field);
                } else if (count == 2) {
                    b.appendValue(field, 2);
                } else {
                    throw tooMany(cur);
                }
            }
            case 'D' -> {
                if (count == 1) {
                    b.appendValue(field);
                } else if (count <= 3) {
                    b.appendValue(field, count, 3, SignStyle.NOT_NEGATIVE);
                } else {
                    throw tooMany(cur);
                }
            }
            default -> b.appendValue(field, count, 19, SignStyle.NOT_NEGATIVE); // A n N
        }
    }

    /**
     * M/L: number, two digits, short, full, narrow text; E: short text for 1-3 letters. e and c are
     * the localized day-of-week number for 1-2 letters: Sunday is 1 (the JDK's default locale,
     * {@code en}, counts weeks from Sunday), which an image cannot follow anywhere else.
     */
    private void text(char cur, int count, ChronoField field) {
        boolean standalone = cur == 'L' || cur == 'c';
        if (count <= 2) {
            if (cur == 'E') {
                b.appendText(field, TextStyle.SHORT);
            } else if (cur == 'e' || cur == 'c') {
                if (cur == 'c' && count == 2) {
                    throw new IllegalArgumentException("Invalid pattern \"cc\"");
                }
                b.appendLocalizedDayOfWeek(count);
            } else if (count == 1) {
                b.appendValue(field);
            } else {
                b.appendValue(field, 2);
            }
        } else if (count == 3) {
            b.appendText(field, standalone ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT);
        } else if (count == 4) {
            b.appendText(field, standalone ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
        } else if (count == 5) {
            b.appendText(field, standalone ? TextStyle.NARROW_STANDALONE : TextStyle.NARROW);
        } else {
            throw tooMany(cur);
        }
    }

    private static IllegalArgumentException tooMany(char cur) {
        return new IllegalArgumentException("Too many pattern letters: " + cur);
    }
}
