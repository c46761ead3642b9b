/**
 * The image's {@code java.text} formatting: Format with FieldPosition/ParsePosition/ParseException,
 * NumberFormat and DecimalFormat (the JDK's pattern grammar, layout, HALF_EVEN rounding and the
 * way a double's digits round, parsing into Long/Double/BigDecimal), DecimalFormatSymbols,
 * MessageFormat and ChoiceFormat. No locale data: every locale formats as English does (the JDK's
 * CLDR patterns and symbols), with the dollar as the currency of country US. Checked against JDK
 * 25 by this module's tests. Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.text;
