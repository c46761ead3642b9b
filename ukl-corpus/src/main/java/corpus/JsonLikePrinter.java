package corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints nested maps and lists as JSON, compact and indented, escaping strings. */
public final class JsonLikePrinter {
    private JsonLikePrinter() {}

    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "ukl");
        doc.put("version", 1);
        doc.put("ratio", 0.75);
        doc.put("stable", false);
        doc.put("nothing", null);
        doc.put("quote", "say \"hi\"\n\ttab\\");
        List<Object> modules = new ArrayList<>();
        for (String m : "classlib linker translator kernel".split(" ")) {
            Map<String, Object> module = new TreeMap<>();
            module.put("id", m);
            module.put("length", m.length());
            module.put("tags", List.of(m.substring(0, 1), m.toUpperCase()));
            modules.add(module);
        }
        doc.put("modules", modules);
        doc.put("empty", new LinkedHashMap<>());
        doc.put("matrix", List.of(List.of(1, 2), List.of(), List.of(3)));
        StringBuilder compact = new StringBuilder();
        write(doc, compact, -1, 0);
        System.out.println(compact);
        StringBuilder pretty = new StringBuilder();
        write(doc, pretty, 2, 0);
        System.out.println(pretty);
        System.out.println(doc.keySet());
    }

    private static void write(Object value, StringBuilder out, int indent, int depth) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(i++ == 0 ? "" : ",");
                newline(out, indent, depth + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(indent < 0 ? ":" : ": ");
                write(e.getValue(), out, indent, depth + 1);
            }
            if (!map.isEmpty()) {
                newline(out, indent, depth);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(out, indent, depth + 1);
                write(list.get(i), out, indent, depth + 1);
            }
            if (!list.isEmpty()) {
                newline(out, indent, depth);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value);
        }
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
