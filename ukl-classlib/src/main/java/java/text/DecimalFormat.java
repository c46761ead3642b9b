package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Patterns of the JDK's grammar ({@code #,##0.00;(#,##0.00)}, {@code 0.###E0}, {@code #%},
 * quoted literals, {@code ¤} for the currency), formatting as the JDK's DecimalFormat does — its
 * layout of integer, grouping, fraction and exponent digits, HALF_EVEN by default (see {@link
 * Digits} for how a double rounds), the sign of a negative zero kept — and parsing of the same
 * forms into a Long where the value is integral and fits, else a Double (or a BigDecimal).
 */
public class DecimalFormat extends NumberFormat {
    private static final int DOUBLE_INTEGER_DIGITS = 309;
    private static final int DOUBLE_FRACTION_DIGITS = 340;
    /** Marks a symbol in an affix pattern: the next char names it (%, ‰, ¤, - or X for ¤¤). */
    private static final char SYMBOL = '\uffff';

    private DecimalFormatSymbols symbols;
    private String posPrefixPattern = "";
    private String posSuffixPattern = "";
    private String negPrefixPattern = SYMBOL + "-";
    private String negSuffixPattern = "";
    private int multiplier = 1;
    private int groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown;
    private boolean useExponentialNotation;
    private int minExponentDigits;
    private boolean isCurrencyFormat;
    private boolean parseBigDecimal;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    public DecimalFormat() {
        this("#,##0.###", DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern) {
        this(pattern, DecimalFormatSymbols.getInstance(Locale.getDefault()));
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern);
    }

    // ---- formatting ----

    @Override
    public final StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof BigDecimal d) {
            return format(d, toAppendTo, pos);
        }
        if (number instanceof BigInteger b && b.bitLength() >= 64) {
            return format(b, toAppendTo, pos);
        }
        return super.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        if (Double.isNaN(number) || Double.isInfinite(number) && multiplier == 0) {
            return result.append(symbols.getNaN());
        }
        boolean negative = (number < 0.0 || number == 0.0 && 1 / number < 0.0) ^ multiplier < 0;
        if (multiplier != 1) {
            number *= multiplier;
        }
        if (Double.isInfinite(number)) {
            result.append(negative ? negativePrefix() : positivePrefix());
            result.append(symbols.getInfinity());
            return result.append(negative ? negativeSuffix() : positiveSuffix());
        }
        if (negative) {
            number = -number;
        }
        int maxInt = Math.min(getMaximumIntegerDigits(), DOUBLE_INTEGER_DIGITS);
        int minInt = Math.min(getMinimumIntegerDigits(), DOUBLE_INTEGER_DIGITS);
        int maxFrac = Math.min(getMaximumFractionDigits(), DOUBLE_FRACTION_DIGITS);
        int minFrac = Math.min(getMinimumFractionDigits(), DOUBLE_FRACTION_DIGITS);
        Digits digits = new Digits();
        digits.set(
                negative,
                Math.abs(number),
                useExponentialNotation ? maxInt + maxFrac : maxFrac,
                !useExponentialNotation,
                roundingMode);
        return subformat(result, digits, negative, false, maxInt, minInt, maxFrac, minFrac);
    }

    @Override
    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        if (multiplier != 1 || number == Long.MIN_VALUE) {
            return format(BigInteger.valueOf(number), result, fieldPosition);
        }
        boolean negative = number < 0;
        return formatInteger(Long.toString(Math.abs(number)), negative, result, true);
    }

    private StringBuffer format(BigInteger number, StringBuffer result, FieldPosition fieldPosition) {
        if (multiplier != 1) {
            number = number.multiply(BigInteger.valueOf(multiplier));
        }
        return formatInteger(number.abs().toString(), number.signum() < 0, result, false);
    }

    private StringBuffer formatInteger(String plain, boolean negative, StringBuffer result, boolean isLong) {
        int maxInt = isLong ? Math.min(getMaximumIntegerDigits(), DOUBLE_INTEGER_DIGITS) : getMaximumIntegerDigits();
        int minInt = isLong ? Math.min(getMinimumIntegerDigits(), DOUBLE_INTEGER_DIGITS) : getMinimumIntegerDigits();
        int maxFrac =
                isLong ? Math.min(getMaximumFractionDigits(), DOUBLE_FRACTION_DIGITS) : getMaximumFractionDigits();
        int minFrac =
                isLong ? Math.min(getMinimumFractionDigits(), DOUBLE_FRACTION_DIGITS) : getMinimumFractionDigits();
        Digits digits = new Digits();
        digits.set(negative, plain, useExponentialNotation ? maxInt + maxFrac : 0, false, roundingMode, true);
        return subformat(result, digits, negative, true, maxInt, minInt, maxFrac, minFrac);
    }

    private StringBuffer format(BigDecimal number, StringBuffer result, FieldPosition fieldPosition) {
        if (multiplier != 1) {
            number = number.multiply(BigDecimal.valueOf(multiplier));
        }
        boolean negative = number.signum() < 0;
        int maxInt = getMaximumIntegerDigits();
        int maxFrac = getMaximumFractionDigits();
        Digits digits = new Digits();
        digits.set(
                negative,
                number.abs().toPlainString(),
                useExponentialNotation ? maxInt + maxFrac : maxFrac,
                !useExponentialNotation,
                roundingMode,
                false);
        return subformat(
                result,
                digits,
                negative,
                false,
                maxInt,
                getMinimumIntegerDigits(),
                maxFrac,
                getMinimumFractionDigits());
    }

    private StringBuffer subformat(
            StringBuffer result,
            Digits d,
            boolean negative,
            boolean isInteger,
            int maxInt,
            int minInt,
            int maxFrac,
            int minFrac) {
        result.append(negative ? negativePrefix() : positivePrefix());
        char zero = symbols.getZeroDigit();
        int zeroDelta = zero - '0';
        char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
        char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
        if (d.isZero()) {
            d.decimalAt = 0;
        }
        if (useExponentialNotation) {
            int exponent = d.decimalAt;
            int repeat = maxInt;
            int minimumIntegerDigits = minInt;
            if (repeat > 1 && repeat > minInt) {
                // engineering-style: the exponent is a multiple of the maximum integer digits
                exponent = exponent >= 1 ? (exponent - 1) / repeat * repeat : (exponent - repeat) / repeat * repeat;
                minimumIntegerDigits = 1;
            } else {
                exponent -= minimumIntegerDigits;
            }
            int minimumDigits = minInt + minFrac;
            if (minimumDigits < 0) {
                minimumDigits = Integer.MAX_VALUE;
            }
            int integerDigits = d.isZero() ? minimumIntegerDigits : d.decimalAt - exponent;
            if (minimumDigits < integerDigits) {
                minimumDigits = integerDigits;
            }
            int totalDigits = Math.max(d.count, minimumDigits);
            for (int i = 0; i < totalDigits; i++) {
                if (i == integerDigits) {
                    result.append(decimal);
                }
                result.append(i < d.count ? (char) (d.digits[i] + zeroDelta) : zero);
            }
            if (decimalSeparatorAlwaysShown && totalDigits == integerDigits) {
                result.append(decimal);
            }
            result.append(symbols.getExponentSeparator());
            if (d.isZero()) {
                exponent = 0;
            }
            if (exponent < 0) {
                exponent = -exponent;
                result.append(symbols.getMinusSign());
            }
            String e = Integer.toString(exponent);
            for (int i = e.length(); i < minExponentDigits; i++) {
                result.append(zero);
            }
            for (int i = 0; i < e.length(); i++) {
                result.append((char) (e.charAt(i) + zeroDelta));
            }
        } else {
            int count = minInt;
            int digitIndex = 0;
            if (d.decimalAt > 0 && count < d.decimalAt) {
                count = d.decimalAt;
            }
            if (count > maxInt) {
                count = maxInt;
                digitIndex = d.decimalAt - count;
            }
            int sizeBeforeIntegerPart = result.length();
            for (int i = count - 1; i >= 0; i--) {
                if (i < d.decimalAt && digitIndex < d.count) {
                    result.append((char) (d.digits[digitIndex++] + zeroDelta));
                } else {
                    result.append(zero);
                }
                if (isGroupingUsed() && i > 0 && groupingSize != 0 && i % groupingSize == 0) {
                    result.append(grouping);
                }
            }
            boolean fractionPresent = minFrac > 0 || !isInteger && digitIndex < d.count;
            if (!fractionPresent && result.length() == sizeBeforeIntegerPart) {
                result.append(zero);
            }
            if (decimalSeparatorAlwaysShown || fractionPresent) {
                result.append(decimal);
            }
            for (int i = 0; i < maxFrac; i++) {
                if (i >= minFrac && (isInteger || digitIndex >= d.count)) {
                    break;
                }
                if (-1 - i > d.decimalAt - 1) {
                    result.append(zero);
                    continue;
                }
                result.append(!isInteger && digitIndex < d.count ? (char) (d.digits[digitIndex++] + zeroDelta) : zero);
            }
        }
        return result.append(negative ? negativeSuffix() : positiveSuffix());
    }

    // ---- parsing ----

    @Override
    public Number parse(String text, ParsePosition pos) {
        int start = pos.getIndex();
        if (text.startsWith(symbols.getNaN(), start)) {
            pos.setIndex(start + symbols.getNaN().length());
            return Double.NaN;
        }
        String pp = positivePrefix();
        String np = negativePrefix();
        boolean gotPositive = text.startsWith(pp, start);
        boolean gotNegative = text.startsWith(np, start);
        if (gotPositive && gotNegative) {
            gotPositive = pp.length() >= np.length();
            gotNegative = np.length() >= pp.length();
        }
        if (!gotPositive && !gotNegative) {
            pos.setErrorIndex(start);
            return null;
        }
        int position = start + (gotPositive ? pp.length() : np.length());
        StringBuilder digits = new StringBuilder();
        boolean infinite = false;
        long exponent = 0;
        if (text.startsWith(symbols.getInfinity(), position)) {
            infinite = true;
            position += symbols.getInfinity().length();
        } else {
            int begin = position;
            boolean sawDecimal = false;
            boolean sawDigit = false;
            int fractionDigits = 0;
            char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
            char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
            for (; position < text.length(); position++) {
                char c = text.charAt(position);
                int digit = c - symbols.getZeroDigit();
                if (digit < 0 || digit > 9) {
                    digit = Character.digit(c, 10);
                }
                if (digit >= 0 && digit <= 9) {
                    sawDigit = true;
                    digits.append((char) ('0' + digit));
                    if (sawDecimal) {
                        fractionDigits++;
                    }
                } else if (!sawDecimal && c == decimal && !isParseIntegerOnly()) {
                    sawDecimal = true;
                } else if (!sawDecimal && c == grouping && isGroupingUsed()) {
                    continue;
                } else if (sawDigit && text.startsWith(symbols.getExponentSeparator(), position)) {
                    int p = position + symbols.getExponentSeparator().length();
                    boolean negativeExponent = false;
                    if (p < text.length() && (text.charAt(p) == '+' || text.charAt(p) == symbols.getMinusSign())) {
                        negativeExponent = text.charAt(p) != '+';
                        p++;
                    }
                    int digitsStart = p;
                    long e = 0;
                    while (p < text.length() && Character.digit(text.charAt(p), 10) >= 0) {
                        e = Math.min(e * 10 + Character.digit(text.charAt(p), 10), 1_000_000_000L);
                        p++;
                    }
                    if (p > digitsStart) {
                        exponent = negativeExponent ? -e : e;
                        position = p;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (!sawDigit) {
                pos.setErrorIndex(begin);
                return null;
            }
            exponent -= fractionDigits;
        }
        String ps = positiveSuffix();
        String ns = negativeSuffix();
        if (gotPositive) {
            gotPositive = text.startsWith(ps, position);
        }
        if (gotNegative) {
            gotNegative = text.startsWith(ns, position);
        }
        if (gotPositive && gotNegative) {
            gotPositive = ps.length() >= ns.length();
            gotNegative = ns.length() >= ps.length();
        }
        if (gotPositive == gotNegative) {
            pos.setErrorIndex(position);
            return null;
        }
        pos.setIndex(position + (gotPositive ? ps.length() : ns.length()));
        return value(digits.toString(), exponent, infinite, gotNegative);
    }

    private Number value(String digits, long exponent, boolean infinite, boolean negative) {
        if (infinite) {
            double d = Double.POSITIVE_INFINITY / multiplier;
            return negative ? -d : d;
        }
        BigDecimal magnitude =
                new BigDecimal(new BigInteger(digits), (int) Math.max(Math.min(-exponent, 1 << 30), -(1 << 30)));
        if (parseBigDecimal) {
            BigDecimal v = magnitude;
            if (multiplier != 1) {
                BigDecimal m = BigDecimal.valueOf(multiplier);
                try {
                    v = v.divide(m);
                } catch (ArithmeticException e) {
                    v = v.divide(m, roundingMode); // a non-terminating quotient
                }
            }
            return negative ? v.negate() : v;
        }
        // the JDK's order: a Long when the digits are integral and fit, else a Double; then the
        // multiplier divides; a Double that comes out integral is a Long after all
        boolean integral =
                magnitude.signum() == 0 || magnitude.stripTrailingZeros().scale() <= 0;
        BigDecimal limit = BigDecimal.valueOf(Long.MAX_VALUE).add(negative ? BigDecimal.ONE : BigDecimal.ZERO);
        boolean gotDouble = !integral
                || magnitude.compareTo(limit) > 0
                || negative && magnitude.signum() == 0 && !isParseIntegerOnly();
        long l = gotDouble ? 0 : magnitude.toBigInteger().longValue();
        double d = gotDouble ? Double.parseDouble(magnitude.toString()) : 0;
        if (multiplier != 1) {
            if (gotDouble) {
                d /= multiplier;
            } else if (l % multiplier == 0) {
                l /= multiplier;
            } else {
                d = (double) l / multiplier;
                gotDouble = true;
            }
        }
        if (negative) {
            d = -d;
            l = -l;
        }
        if (multiplier != 1 && gotDouble) {
            l = (long) d;
            gotDouble = (d != (double) l || d == 0.0 && 1 / d < 0.0) && !isParseIntegerOnly();
        }
        return gotDouble ? (Number) d : (Number) l;
    }

    // ---- affixes ----

    private String expand(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != SYMBOL) {
                sb.append(c);
                continue;
            }
            char s = pattern.charAt(++i);
            switch (s) {
                case '%' -> sb.append(symbols.getPercent());
                case '\u2030' -> sb.append(symbols.getPerMill());
                case '-' -> sb.append(symbols.getMinusSign());
                case '\u00a4' -> sb.append(symbols.getCurrencySymbol());
                default -> sb.append(symbols.getInternationalCurrencySymbol());
            }
        }
        return sb.toString();
    }

    public String getPositivePrefix() {
        return positivePrefix();
    }

    public String getNegativePrefix() {
        return negativePrefix();
    }

    public String getPositiveSuffix() {
        return positiveSuffix();
    }

    public String getNegativeSuffix() {
        return negativeSuffix();
    }

    private String positivePrefix() {
        return expand(posPrefixPattern);
    }

    private String negativePrefix() {
        return expand(negPrefixPattern);
    }

    private String positiveSuffix() {
        return expand(posSuffixPattern);
    }

    private String negativeSuffix() {
        return expand(negSuffixPattern);
    }

    public void setPositivePrefix(String newValue) {
        posPrefixPattern = literal(newValue);
    }

    public void setNegativePrefix(String newValue) {
        negPrefixPattern = literal(newValue);
    }

    public void setPositiveSuffix(String newValue) {
        posSuffixPattern = literal(newValue);
    }

    public void setNegativeSuffix(String newValue) {
        negSuffixPattern = literal(newValue);
    }

    private static String literal(String s) {
        return s.replace(SYMBOL, ' ');
    }

    // ---- pattern ----

    public void applyPattern(String pattern) {
        new DecimalPattern(this, pattern).apply();
    }

    /** Called by DecimalPattern with what a pattern gives. */
    void setAffixes(String posPrefix, String posSuffix, String negPrefix, String negSuffix) {
        posPrefixPattern = posPrefix;
        posSuffixPattern = posSuffix;
        negPrefixPattern = negPrefix;
        negSuffixPattern = negSuffix;
    }

    void setNumberPart(int multiplier, int groupingSize, boolean exponential, int minExponentDigits, boolean currency) {
        this.multiplier = multiplier;
        this.groupingSize = groupingSize;
        this.useExponentialNotation = exponential;
        this.minExponentDigits = minExponentDigits;
        this.isCurrencyFormat = currency;
    }

    public String toPattern() {
        return DecimalPattern.toPattern(this);
    }

    String affixPattern(int which) {
        return switch (which) {
            case 0 -> posPrefixPattern;
            case 1 -> posSuffixPattern;
            case 2 -> negPrefixPattern;
            default -> negSuffixPattern;
        };
    }

    boolean isExponential() {
        return useExponentialNotation;
    }

    int minExponentDigits() {
        return minExponentDigits;
    }

    // ---- properties ----

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int newValue) {
        if (newValue < 0 || newValue > 127) {
            throw new IllegalArgumentException("newValue is out of valid range. value: " + newValue);
        }
        groupingSize = newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    @Override
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecimalFormat f && f.toPattern().equals(toPattern()) && f.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return toPattern().hashCode();
    }
}
