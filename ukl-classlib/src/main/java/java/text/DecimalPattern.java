package java.text;

/**
 * DecimalFormat's pattern grammar, both ways (the JDK's DecimalFormat class comment):
 * {@code prefix number suffix [; prefix number suffix]}; the number is {@code #} and {@code 0}
 * digits, {@code ,} grouping, one {@code .}, and {@code E0...} for scientific notation; the
 * affixes may hold {@code %} (×100), {@code ‰} (×1000), {@code ¤} or {@code ¤¤} (the currency),
 * {@code -} and quoted literals ({@code ''} is a quote). Of the negative subpattern only the
 * affixes count. Messages are the JDK's.
 */
final class DecimalPattern {
    private static final char SYMBOL = '\uffff';
    private static final char QUOTE = '\'';

    private final DecimalFormat format;
    private final String pattern;

    DecimalPattern(DecimalFormat format, String pattern) {
        this.format = format;
        this.pattern = pattern;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " in pattern \"" + pattern + '"');
    }

    void apply() {
        boolean gotNegative = false;
        boolean currency = false;
        boolean exponential = false;
        int minExponentDigits = 0;
        String posPrefix = "";
        String posSuffix = "";
        String negPrefix = "";
        String negSuffix = "";
        int start = 0;
        for (int j = 1; j >= 0 && start < pattern.length(); j--) {
            boolean inQuote = false;
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            StringBuilder affix = prefix;
            int decimalPos = -1;
            int multiplier = 1;
            int digitLeft = 0;
            int zeros = 0;
            int digitRight = 0;
            int groupingCount = -1;
            int phase = 0;
            for (int pos = start; pos < pattern.length(); pos++) {
                char ch = pattern.charAt(pos);
                if (phase == 1) {
                    if (j == 0) {
                        // the negative subpattern's number part is skipped
                        if ("#0,.".indexOf(ch) >= 0) {
                            continue;
                        }
                        if (pattern.startsWith("E", pos)) {
                            continue;
                        }
                        phase = 2;
                        affix = suffix;
                        pos--;
                        continue;
                    }
                    if (ch == '#') {
                        if (zeros > 0) {
                            digitRight++;
                        } else {
                            digitLeft++;
                        }
                        if (groupingCount >= 0 && decimalPos < 0) {
                            groupingCount++;
                        }
                    } else if (ch == '0') {
                        if (digitRight > 0) {
                            throw error("Unexpected '0'");
                        }
                        zeros++;
                        if (groupingCount >= 0 && decimalPos < 0) {
                            groupingCount++;
                        }
                    } else if (ch == ',') {
                        groupingCount = 0;
                    } else if (ch == '.') {
                        if (decimalPos >= 0) {
                            throw error("Multiple decimal separators");
                        }
                        decimalPos = digitLeft + zeros + digitRight;
                    } else if (ch == 'E') {
                        if (exponential) {
                            throw error("Multiple exponential symbols");
                        }
                        exponential = true;
                        minExponentDigits = 0;
                        pos++;
                        while (pos < pattern.length() && pattern.charAt(pos) == '0') {
                            minExponentDigits++;
                            pos++;
                        }
                        if (digitLeft + zeros < 1 || minExponentDigits < 1) {
                            throw new IllegalArgumentException("Malformed exponential pattern \"" + pattern + '"');
                        }
                        phase = 2;
                        affix = suffix;
                        pos--;
                    } else {
                        phase = 2;
                        affix = suffix;
                        pos--;
                    }
                    continue;
                }
                if (inQuote) {
                    if (ch == QUOTE) {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                            pos++;
                            affix.append(QUOTE);
                        } else {
                            inQuote = false;
                        }
                        continue;
                    }
                    affix.append(ch);
                    continue;
                }
                if (ch == '#' || ch == '0' || ch == ',' || ch == '.') {
                    phase = 1;
                    pos--;
                } else if (ch == '\u00a4') {
                    boolean doubled = pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\u00a4';
                    if (doubled) {
                        pos++;
                    }
                    currency = true;
                    affix.append(SYMBOL).append(doubled ? 'X' : '\u00a4');
                } else if (ch == QUOTE) {
                    if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                        pos++;
                        affix.append(QUOTE);
                    } else {
                        inQuote = true;
                    }
                } else if (ch == ';') {
                    if (phase == 0 || j == 0) {
                        throw new IllegalArgumentException(
                                "Unquoted special character '" + ch + "' in pattern \"" + pattern + '"');
                    }
                    start = pos + 1;
                    pos = pattern.length();
                } else if (ch == '%' || ch == '\u2030') {
                    if (multiplier != 1) {
                        throw error("Too many percent/per mille characters");
                    }
                    multiplier = ch == '%' ? 100 : 1000;
                    affix.append(SYMBOL).append(ch);
                } else if (ch == '-') {
                    affix.append(SYMBOL).append('-');
                } else {
                    affix.append(ch);
                }
            }
            // "###.##" has no zero digit: the JDK makes one of the # before the point a 0
            if (zeros == 0 && digitLeft > 0 && decimalPos >= 0) {
                int n = decimalPos == 0 ? 1 : decimalPos;
                digitRight = digitLeft - n;
                digitLeft = n - 1;
                zeros = 1;
            }
            if (decimalPos < 0 && digitRight > 0
                    || decimalPos >= 0 && (decimalPos < digitLeft || decimalPos > digitLeft + zeros)
                    || groupingCount == 0
                    || inQuote) {
                throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
            }
            if (j == 1) {
                posPrefix = prefix.toString();
                posSuffix = suffix.toString();
                negPrefix = posPrefix;
                negSuffix = posSuffix;
                int total = digitLeft + zeros + digitRight;
                int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : total;
                format.setMinimumIntegerDigits(effectiveDecimalPos - digitLeft);
                format.setMaximumIntegerDigits(
                        exponential ? digitLeft + format.getMinimumIntegerDigits() : Integer.MAX_VALUE);
                format.setMaximumFractionDigits(decimalPos >= 0 ? total - decimalPos : 0);
                format.setMinimumFractionDigits(decimalPos >= 0 ? digitLeft + zeros - decimalPos : 0);
                format.setGroupingUsed(groupingCount > 0);
                format.setNumberPart(
                        multiplier, groupingCount > 0 ? groupingCount : 0, exponential, minExponentDigits, currency);
                format.setDecimalSeparatorAlwaysShown(decimalPos == 0 || decimalPos == total);
            } else {
                negPrefix = prefix.toString();
                negSuffix = suffix.toString();
                gotNegative = true;
            }
        }
        if (pattern.isEmpty()) {
            format.setMinimumIntegerDigits(0);
            format.setMaximumIntegerDigits(Integer.MAX_VALUE);
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(340);
        }
        if (!gotNegative || negPrefix.equals(posPrefix) && negSuffix.equals(posSuffix)) {
            negSuffix = posSuffix;
            negPrefix = SYMBOL + "-" + posPrefix;
        }
        format.setAffixes(posPrefix, posSuffix, negPrefix, negSuffix);
    }

    /** The pattern that gives this format (DecimalFormat.toPattern). */
    static String toPattern(DecimalFormat f) {
        StringBuilder sb = new StringBuilder();
        appendAffix(sb, f.affixPattern(0));
        StringBuilder number = new StringBuilder();
        int minInt = f.getMinimumIntegerDigits();
        int maxInt = f.getMaximumIntegerDigits();
        int grouping = f.getGroupingSize();
        int i = f.isExponential() ? maxInt : Math.max(grouping, minInt) + 1;
        for (; i > 0; i--) {
            if (i != maxInt && f.isGroupingUsed() && grouping != 0 && i % grouping == 0) {
                number.append(',');
            }
            number.append(i <= minInt ? '0' : '#');
        }
        int minFrac = f.getMinimumFractionDigits();
        int maxFrac = f.getMaximumFractionDigits();
        if (maxFrac > 0 || f.isDecimalSeparatorAlwaysShown()) {
            number.append('.');
        }
        for (i = 0; i < maxFrac; i++) {
            number.append(i < minFrac ? '0' : '#');
        }
        if (f.isExponential()) {
            number.append('E');
            for (i = 0; i < f.minExponentDigits(); i++) {
                number.append('0');
            }
        }
        sb.append(number.toString());
        appendAffix(sb, f.affixPattern(1));
        // a negative form of "-" and the positive affixes needs no subpattern
        boolean implicit = f.affixPattern(2).equals(SYMBOL + "-" + f.affixPattern(0))
                && f.affixPattern(3).equals(f.affixPattern(1));
        if (!implicit) {
            sb.append(';');
            appendAffix(sb, f.affixPattern(2));
            sb.append(number.toString());
            appendAffix(sb, f.affixPattern(3));
        }
        return sb.toString();
    }

    private static void appendAffix(StringBuilder sb, String affix) {
        for (int i = 0; i < affix.length(); i++) {
            char c = affix.charAt(i);
            if (c == SYMBOL) {
                char s = affix.charAt(++i);
                sb.append(s == 'X' ? "\u00a4\u00a4" : String.valueOf(s));
            } else if (c == QUOTE) {
                sb.append("''");
            } else if ("#0,.;%\u2030\u00a4-E".indexOf(c) >= 0) {
                sb.append(QUOTE).append(c).append(QUOTE);
            } else {
                sb.append(c);
            }
        }
    }
}
