package java.time.format;

/** A sequence of elements; when optional ({@code [...]}) it prints nothing, and parses nothing, unless all of it works. */
final class Composite implements PrinterParser {
    final PrinterParser[] elements;
    final boolean optional;

    Composite(PrinterParser[] elements, boolean optional) {
        this.elements = elements;
        this.optional = optional;
    }

    Composite withOptional(boolean optional) {
        return optional == this.optional ? this : new Composite(elements, optional);
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        int length = buf.length();
        if (optional) {
            context.startOptional();
        }
        try {
            for (PrinterParser pp : elements) {
                if (!pp.format(context, buf)) {
                    buf.setLength(length);
                    return true;
                }
            }
        } finally {
            if (optional) {
                context.endOptional();
            }
        }
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        if (!optional) {
            for (PrinterParser pp : elements) {
                position = pp.parse(context, text, position);
                if (position < 0) {
                    break;
                }
            }
            return position;
        }
        context.startOptional();
        int pos = position;
        for (PrinterParser pp : elements) {
            pos = pp.parse(context, text, pos);
            if (pos < 0) {
                context.endOptional(false);
                return position;
            }
        }
        context.endOptional(true);
        return pos;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(optional ? "[" : "(");
        for (PrinterParser pp : elements) {
            b.append(pp);
        }
        return b.append(optional ? "]" : ")").toString();
    }
}
