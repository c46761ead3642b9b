package ukl.translator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The string literal pool: every literal and every class name becomes one static
 * {@code java.lang.String} object, so equal literals are the same object (JLS §3.10.5).
 * The layout is fixed by docs/contracts.md §4: {@code char[] value} at offset 16, {@code int hash}
 * at 24; the hash is precomputed with {@link String#hashCode()}'s formula.
 */
final class Literals {
    private final Map<String, String> symbols = new LinkedHashMap<>();

    /** The C expression for the interned String object of {@code s}. */
    String ref(String s) {
        return "((ukl_obj *) &" + symbols.computeIfAbsent(s, k -> "str" + symbols.size()) + ")";
    }

    void emitDeclarations(StringBuilder out) {
        for (String sym : symbols.values()) {
            out.append("static ukl_string ").append(sym).append(";\n");
        }
    }

    /** How many literals have a symbol so far: the next one's number. */
    int count() {
        return symbols.size();
    }

    /** Every literal's symbol, in the order of first use. */
    java.util.Collection<String> symbols() {
        return symbols.values();
    }

    void emit(StringBuilder out, String charArrayClass, String stringClass) {
        emit(out, charArrayClass, stringClass, "static ");
    }

    /** The literals' definitions, the {@code String} objects with {@code linkage} (their chars stay static). */
    void emit(StringBuilder out, String charArrayClass, String stringClass, String linkage) {
        emit(out, charArrayClass, stringClass, linkage, 0, symbols.size());
    }

    /** {@link #emit(StringBuilder, String, String, String)} of the literals numbered {@code from} to {@code to - 1}. */
    void emit(StringBuilder out, String charArrayClass, String stringClass, String linkage, int from, int to) {
        for (Map.Entry<String, String> e : List.copyOf(symbols.entrySet()).subList(from, to)) {
            String s = e.getKey();
            String sym = e.getValue();
            out.append("/* ")
                    .append(Names.comment(s.length() > 60 ? s.substring(0, 60) + "..." : s)
                            .replace("\n", "\\n"))
                    .append(" */\n");
            out.append("static struct { ukl_array h; uint16_t d[")
                    .append(s.length())
                    .append("]; } ")
                    .append(sym)
                    .append("_chars = { { { &")
                    .append(charArrayClass)
                    .append(", 0 }, ")
                    .append(s.length())
                    .append(", 0 }, {");
            for (int i = 0; i < s.length(); i++) {
                out.append(i % 16 == 0 ? "\n    " : " ")
                        .append((int) s.charAt(i))
                        .append(',');
            }
            out.append(" } };\n");
            out.append(linkage)
                    .append("ukl_string ")
                    .append(sym)
                    .append(" = { { &")
                    .append(stringClass)
                    .append(", 0 }, (ukl_obj *) &")
                    .append(sym)
                    .append("_chars, ")
                    .append(Names.intLiteral(s.hashCode()))
                    .append(" };\n");
        }
    }
}
