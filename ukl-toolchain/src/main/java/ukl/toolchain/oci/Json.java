package ukl.toolchain.oci;

import java.util.List;
import java.util.Map;

/** The JSON of the OCI documents: objects keep insertion order, so a layout's bytes are stable. */
final class Json {
    private Json() {}

    /** {@code value} is a String, Number, Boolean, List or Map with String keys. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case String s -> string(out, s);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(',');
                    append(out, list.get(i));
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) out.append(',');
                    first = false;
                    string(out, (String) e.getKey());
                    out.append(':');
                    append(out, e.getValue());
                }
                out.append('}');
            }
            default ->
                throw new IllegalArgumentException(
                        "no JSON for " + value.getClass().getName());
        }
    }

    // RFC 8259 §7: quotation mark, reverse solidus and the control characters must be escaped
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
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
}
