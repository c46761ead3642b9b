package java.time.format;

/**
 * One element of a formatter. {@code format} appends the element's text and answers false when
 * an optional section's field is missing; {@code parse} answers the position after the element,
 * or the complement ({@code ~index}) of where it failed. {@code toString} is the JDK's description.
 */
interface PrinterParser {
    boolean format(FormatContext context, StringBuilder buf);

    int parse(ParseContext context, CharSequence text, int position);
}
