package ukl.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The debugging information entries (DWARF 5 §2.1) that say what became of calls, parsed from
 * the text {@code readelf --debug-dump=info} prints: functions ({@code DW_TAG_subprogram}),
 * inlined copies ({@code DW_TAG_inlined_subroutine}) and calls left in the code
 * ({@code DW_TAG_call_site}). Each entry's parent is the nearest enclosing one of these three
 * (lexical blocks are passed over), so a call's parent is the function or inlined copy whose code
 * holds it. Entries inside abstract instances (a function's {@code DW_AT_inline} description,
 * §3.3.8.1) and declarations are kept for their names but have no code.
 */
final class Dies {
    static final int FUNCTION = 0;
    static final int INLINED = 1;
    static final int CALL = 2;

    private static final String HEADER = ">: Abbrev Number: ";

    private int size;
    private int[] kind = new int[1024];
    private int[] parent = new int[1024];
    private long[] origin = new long[1024]; // abstract_origin or specification; -1 if none
    private long[] callOrigin = new long[1024]; // a call site's call_origin; -1 if none
    private int[] callLine = new int[1024];
    private int[] declLine = new int[1024];
    private boolean[] noCode = new boolean[1024];
    private String[] name = new String[1024];
    private int[] firstChild;
    private int[] nextSibling;
    private final Map<Long, Integer> byOffset = new HashMap<>();

    private Dies() {}

    static Dies parse(BufferedReader in) throws IOException {
        Dies d = new Dies();
        int[] scopeAt = new int[64]; // the nearest kept entry at each nesting depth, -1 for none
        Arrays.fill(scopeAt, -1);
        int current = -1; // the kept entry whose attributes follow, -1 when the last header was another tag
        String line;
        while ((line = in.readLine()) != null) {
            // a header starts " <depth><offset>: Abbrev Number:", an attribute "    <offset>   DW_AT_…"
            int header = line.length() > 2 && line.charAt(1) == '<' ? line.indexOf(HEADER) : -1;
            if (header > 0) {
                current = -1;
                int depth = Integer.parseInt(line, 2, line.indexOf('>'), 10);
                if (depth + 1 >= scopeAt.length) scopeAt = Arrays.copyOf(scopeAt, scopeAt.length * 2);
                int kind = kindOf(line);
                int enclosing = depth == 0 ? -1 : scopeAt[depth - 1];
                if (kind >= 0) {
                    long offset = Long.parseLong(line, line.indexOf('<', 2) + 1, header, 16);
                    current = d.add(kind, enclosing, offset);
                    d.noCode[current] = enclosing >= 0 && d.noCode[enclosing];
                }
                scopeAt[depth] = current >= 0 ? current : enclosing;
                continue;
            }
            if (current >= 0) d.attribute(current, line);
        }
        d.link();
        return d;
    }

    private static int kindOf(String header) {
        if (header.endsWith("(DW_TAG_subprogram)")) return FUNCTION;
        if (header.endsWith("(DW_TAG_inlined_subroutine)")) return INLINED;
        if (header.endsWith("(DW_TAG_call_site)") || header.endsWith("(DW_TAG_GNU_call_site)")) return CALL;
        return -1;
    }

    private int add(int k, int enclosing, long offset) {
        if (size == kind.length) {
            int n = size * 2;
            kind = Arrays.copyOf(kind, n);
            parent = Arrays.copyOf(parent, n);
            origin = Arrays.copyOf(origin, n);
            callOrigin = Arrays.copyOf(callOrigin, n);
            callLine = Arrays.copyOf(callLine, n);
            declLine = Arrays.copyOf(declLine, n);
            noCode = Arrays.copyOf(noCode, n);
            name = Arrays.copyOf(name, n);
        }
        int i = size++;
        kind[i] = k;
        parent[i] = enclosing;
        origin[i] = -1;
        callOrigin[i] = -1;
        byOffset.put(offset, i);
        return i;
    }

    /** One attribute line: {@code    <2daed>   DW_AT_name        : (indirect string, offset: 0xe5c5): m_x}. */
    private void attribute(int i, String line) {
        int at = line.indexOf("DW_AT_");
        if (at < 0) return;
        int colon = line.indexOf(':', at);
        if (colon < 0) return;
        String attr = line.substring(at, colon).trim();
        String value = withoutForm(line.substring(colon + 1).trim());
        switch (attr) {
            case "DW_AT_name" -> {
                int indirect = value.startsWith("(") ? value.indexOf("): ") : -1;
                name[i] = indirect >= 0 ? value.substring(indirect + 3) : value;
            }
            case "DW_AT_abstract_origin", "DW_AT_specification" -> origin[i] = reference(value);
            case "DW_AT_call_origin" -> callOrigin[i] = reference(value);
            case "DW_AT_call_line" -> callLine[i] = number(value);
            case "DW_AT_decl_line" -> declLine[i] = number(value);
            case "DW_AT_inline", "DW_AT_declaration" -> noCode[i] = true;
            // ld's --gc-sections leaves a removed function's entry with address 0 (the image starts at 1 MiB)
            case "DW_AT_low_pc" -> noCode[i] |= kind[i] == FUNCTION && (value.equals("0") || value.equals("0x0"));
            default -> {}
        }
    }

    /**
     * The value without the form readelf prints before it with {@code --wide} or in newer
     * versions, e.g. {@code (data1) 42} or {@code (strp) (offset: 0x6a): m_x}.
     */
    private static String withoutForm(String value) {
        int close = value.indexOf(')');
        int space = value.indexOf(' ');
        return value.startsWith("(") && close > 0 && (space < 0 || close < space)
                ? value.substring(close + 1).trim()
                : value;
    }

    /** {@code <0x2daec>} (readelf prints references as section offsets, also within a unit). */
    private static long reference(String value) {
        int start = value.indexOf("<0x");
        int end = value.indexOf('>', start);
        return start < 0 || end < 0 ? -1 : Long.parseLong(value, start + 3, end, 16);
    }

    private static int number(String value) {
        int end = 0;
        while (end < value.length() && Character.isDigit(value.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(value, 0, end, 10);
    }

    /** Children in order, and the no-code mark of everything under an abstract instance. */
    private void link() {
        firstChild = new int[size];
        nextSibling = new int[size];
        int[] lastChild = new int[size];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        Arrays.fill(lastChild, -1);
        for (int i = 0; i < size; i++) {
            int p = parent[i];
            if (p < 0) continue;
            if (noCode[p]) noCode[i] = true; // attributes came after the header: pass the mark down again
            if (lastChild[p] < 0) firstChild[p] = i;
            else nextSibling[lastChild[p]] = i;
            lastChild[p] = i;
        }
    }

    int size() {
        return size;
    }

    int kind(int i) {
        return kind[i];
    }

    /** The enclosing function or inlined copy, or -1 for a function at a unit's top (or inside an abstract instance). */
    int parent(int i) {
        return parent[i];
    }

    /** Whether the entry describes no machine code: a declaration, an abstract instance, or inside one. */
    boolean noCode(int i) {
        return noCode[i];
    }

    int callLine(int i) {
        return callLine[i];
    }

    /** The declaration line of a function, or of the function an inlined copy or a concrete instance stands for. */
    int declLine(int i) {
        for (int hops = 0; i >= 0 && hops < 8; hops++) {
            if (declLine[i] != 0) return declLine[i];
            i = indexOf(origin[i]);
        }
        return 0;
    }

    /** A function's name, or the name of the function an inlined copy or a concrete instance stands for. */
    String name(int i) {
        for (int hops = 0; i >= 0 && hops < 8; hops++) {
            if (name[i] != null) return name[i];
            i = indexOf(origin[i]);
        }
        return null;
    }

    /** The function a call site calls (through its abstract call site, if any); null for an indirect call. */
    String calleeName(int i) {
        for (int hops = 0; i >= 0 && hops < 8; hops++) {
            if (callOrigin[i] >= 0) return name(indexOf(callOrigin[i]));
            i = indexOf(origin[i]);
        }
        return null;
    }

    List<Integer> children(int i) {
        List<Integer> children = new ArrayList<>();
        for (int c = firstChild[i]; c >= 0; c = nextSibling[c]) children.add(c);
        return children;
    }

    private int indexOf(long offset) {
        if (offset < 0) return -1;
        Integer i = byOffset.get(offset);
        return i == null ? -1 : i;
    }
}
