package java.time.format;

/** Literal text: printed as is, matched (in the context's case sensitivity) when parsing. */
final class Literal implements PrinterParser {
    private final String text;

    Literal(String text) {
        this.text = text;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        buf.append(text);
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence parseText, int position) {
        if (position > parseText.length() || position < 0) {
            throw new IndexOutOfBoundsException();
        }
        return context.matches(parseText, position, text) ? position + text.length() : ~position;
    }

    @Override
    public String toString() {
        if (text.length() == 1) {
            return text.equals("'") ? "''" : "'" + text + "'";
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
