/**
 * The image's {@code java.time.format}: {@link DateTimeFormatter} with the ISO constants,
 * {@code RFC_1123_DATE_TIME} and {@code ofPattern}, built by {@link DateTimeFormatterBuilder}.
 * A formatter is a list of printer-parsers (one class per kind of element: number, fraction,
 * text, offset, zone, instant, literal); parsing fills a {@code Parsed} that resolves the fields
 * into a date, a time, an offset and a zone with the JDK's rules and messages.
 *
 * <p>Texts are English (the JDK's {@code Locale.ROOT}/{@code en} answers); there are no
 * {@code Locale} overloads, localized styles or week-based fields ({@code Y w W e} of other
 * locales). Pattern letters that need them are rejected with a message saying so.
 */
package java.time.format;
