package java.time.format;

import java.time.temporal.ChronoField;

/** A parse setting switched at its place in the formatter (case sensitivity, strictness), or a default field value. */
final class Setting implements PrinterParser {
    static final int CASE_SENSITIVE = 0;
    static final int CASE_INSENSITIVE = 1;
    static final int STRICT = 2;
    static final int LENIENT = 3;
    static final int DEFAULT = 4;

    private final int kind;
    private final ChronoField field;
    private final long value;

    Setting(int kind) {
        this(kind, null, 0);
    }

    Setting(int kind, ChronoField field, long value) {
        this.kind = kind;
        this.field = field;
        this.value = value;
    }

    @Override
    public boolean format(FormatContext context, StringBuilder buf) {
        return true;
    }

    @Override
    public int parse(ParseContext context, CharSequence text, int position) {
        switch (kind) {
            case CASE_SENSITIVE -> context.caseSensitive = true;
            case CASE_INSENSITIVE -> context.caseSensitive = false;
            case STRICT -> context.strict = true;
            case LENIENT -> context.strict = false;
            default -> context.parsed.putDefault(field, value);
        }
        return position;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CASE_SENSITIVE -> "ParseCaseSensitive(true)";
            case CASE_INSENSITIVE -> "ParseCaseSensitive(false)";
            case STRICT -> "ParseStrict(true)";
            case LENIENT -> "ParseStrict(false)";
            default -> "Default(" + field + "," + value + ")";
        };
    }
}
