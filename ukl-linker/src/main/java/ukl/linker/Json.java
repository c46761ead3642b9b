package ukl.linker;

/** A minimal JSON writer (RFC 8259): objects, arrays, strings and integers, commas placed for you. */
final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    Json open(char bracket) {
        comma();
        out.append(bracket);
        needComma = false;
        return this;
    }

    Json close(char bracket) {
        out.append(bracket);
        needComma = true;
        return this;
    }

    Json key(String key) {
        comma();
        quote(key);
        out.append(':');
        needComma = false;
        return this;
    }

    Json string(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        needComma = true;
        return this;
    }

    Json number(long value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json strings(Iterable<String> values) {
        open('[');
        values.forEach(this::string);
        return close(']');
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    /** RFC 8259 §7: quote, backslash and control characters are escaped. */
    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
