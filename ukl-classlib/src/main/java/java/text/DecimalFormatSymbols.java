package java.text;

import java.util.Locale;

/**
 * The characters DecimalFormat writes. There is no locale data: every locale gets the symbols of
 * English (those of the JDK's CLDR data for en and for the root locale), and the currency is the
 * dollar for a locale whose country is US, otherwise the generic currency sign and XXX.
 */
public class DecimalFormatSymbols implements Cloneable {
    private char zeroDigit = '0';
    private char groupingSeparator = ',';
    private char decimalSeparator = '.';
    private char perMill = '\u2030';
    private char percent = '%';
    private char digit = '#';
    private char patternSeparator = ';';
    private String infinity = "\u221e";
    private String naN = "NaN";
    private char minusSign = '-';
    private String currencySymbol;
    private String intlCurrencySymbol;
    private char monetaryDecimalSeparator = '.';
    private char monetaryGroupingSeparator = ',';
    private String exponentSeparator = "E";
    private final Locale locale;

    public DecimalFormatSymbols() {
        this(Locale.getDefault());
    }

    public DecimalFormatSymbols(Locale locale) {
        this.locale = locale;
        boolean us = locale.getCountry().equals("US");
        currencySymbol = us ? "$" : "\u00a4";
        intlCurrencySymbol = us ? "USD" : "XXX";
    }

    public static DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols();
    }

    public static DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    public Locale getLocale() {
        return locale;
    }

    public char getZeroDigit() {
        return zeroDigit;
    }

    public void setZeroDigit(char zeroDigit) {
        this.zeroDigit = zeroDigit;
    }

    public char getGroupingSeparator() {
        return groupingSeparator;
    }

    public void setGroupingSeparator(char groupingSeparator) {
        this.groupingSeparator = groupingSeparator;
    }

    public char getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public char getPerMill() {
        return perMill;
    }

    public void setPerMill(char perMill) {
        this.perMill = perMill;
    }

    public char getPercent() {
        return percent;
    }

    public void setPercent(char percent) {
        this.percent = percent;
    }

    public char getDigit() {
        return digit;
    }

    public void setDigit(char digit) {
        this.digit = digit;
    }

    public char getPatternSeparator() {
        return patternSeparator;
    }

    public void setPatternSeparator(char patternSeparator) {
        this.patternSeparator = patternSeparator;
    }

    public String getInfinity() {
        return infinity;
    }

    public void setInfinity(String infinity) {
        this.infinity = infinity;
    }

    public String getNaN() {
        return naN;
    }

    public void setNaN(String naN) {
        this.naN = naN;
    }

    public char getMinusSign() {
        return minusSign;
    }

    public void setMinusSign(char minusSign) {
        this.minusSign = minusSign;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public void setCurrencySymbol(String currency) {
        this.currencySymbol = currency;
    }

    public String getInternationalCurrencySymbol() {
        return intlCurrencySymbol;
    }

    public void setInternationalCurrencySymbol(String currencyCode) {
        this.intlCurrencySymbol = currencyCode;
    }

    public char getMonetaryDecimalSeparator() {
        return monetaryDecimalSeparator;
    }

    public void setMonetaryDecimalSeparator(char sep) {
        this.monetaryDecimalSeparator = sep;
    }

    public char getMonetaryGroupingSeparator() {
        return monetaryGroupingSeparator;
    }

    public void setMonetaryGroupingSeparator(char sep) {
        this.monetaryGroupingSeparator = sep;
    }

    public String getExponentSeparator() {
        return exponentSeparator;
    }

    public void setExponentSeparator(String exp) {
        this.exponentSeparator = exp;
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e.toString());
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecimalFormatSymbols s
                && s.zeroDigit == zeroDigit
                && s.groupingSeparator == groupingSeparator
                && s.decimalSeparator == decimalSeparator
                && s.percent == percent
                && s.perMill == perMill
                && s.digit == digit
                && s.minusSign == minusSign
                && s.patternSeparator == patternSeparator
                && s.infinity.equals(infinity)
                && s.naN.equals(naN)
                && s.currencySymbol.equals(currencySymbol)
                && s.intlCurrencySymbol.equals(intlCurrencySymbol)
                && s.monetaryDecimalSeparator == monetaryDecimalSeparator
                && s.monetaryGroupingSeparator == monetaryGroupingSeparator
                && s.exponentSeparator.equals(exponentSeparator);
    }

    @Override
    public int hashCode() {
        return zeroDigit * 37 + groupingSeparator * 37 + decimalSeparator;
    }
}
