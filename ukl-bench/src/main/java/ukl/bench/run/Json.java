package ukl.bench.run;

import java.util.Map;

/** JSON text for the benchmarks' {@code results.json}. */
public final class Json {
    private Json() {}

    /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    public static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * A JSON object of strings, one member a line: each line indented by {@code indent} and two
     * spaces, the closing brace by {@code indent}.
     */
    public static String object(Map<String, String> members, String indent) {
        StringBuilder b = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, String> e : members.entrySet()) {
            b.append(sep)
                    .append('\n')
                    .append(indent)
                    .append("  ")
                    .append(string(e.getKey()))
                    .append(": ")
                    .append(string(e.getValue()));
            sep = ",";
        }
        return b.append('\n').append(indent).append('}').toString();
    }
}
