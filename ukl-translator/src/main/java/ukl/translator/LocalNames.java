package ukl.translator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LocalVariableNode;

/**
 * The C names of a method's Java locals, so that gdb shows and prints them by their Java names
 * (issue #15). {@link MethodEmitter} names each (slot, kind) pair {@code l<slot>_<kind>}; where the
 * class file has a LocalVariableTable (JVMS §4.7.13, javac -g) this renames that variable after
 * the Java locals the table puts in the slot with that kind:
 *
 * <ul>
 *   <li>{@code count} when it is the only one of that name;
 *   <li>{@code count_i}, {@code count_a} (kind letter) when one name has several kinds, {@code
 *       count_3_i} (slot too) when it has one kind in several slots;
 *   <li>{@code i_or_j} when javac reuses a slot of one kind for several variables: the C variable
 *       is one per (slot, kind), so it carries every name;
 *   <li>{@code l<slot>_<kind>} unchanged for slots the table does not name (synthetic temporaries)
 *       and for names that C could not take: C keywords, names that start with {@code _} (C11
 *       §7.1.3), {@code ukl_} or {@code UKL_} (the runtime's, whose macros expand inside the
 *       function), or that the function's text already uses (globals it refers to, the
 *       translator's temporaries).
 * </ul>
 *
 * Renaming never changes what the code does: it maps variables one to one onto names that nothing
 * else in the function uses.
 */
final class LocalNames {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\bl(\\d+)_([ijfda])\\b");
    /** The translator's own variables: a Java name never takes one, renamed or not. */
    private static final Pattern GENERATED = Pattern.compile("[ls]\\d+_[ijfda]");
    /** Identifiers, but not member names after '.' or '->', which live in their own name space (C11 §6.2.3). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])(?<!->)[A-Za-z_]\\w*");

    /** C11 §6.4.1 with GNU C's extra keywords, and identifiers a later standard makes keywords. */
    private static final Set<String> KEYWORDS = Set.of(
            "auto",
            "break",
            "case",
            "char",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extern",
            "float",
            "for",
            "goto",
            "if",
            "inline",
            "int",
            "long",
            "register",
            "restrict",
            "return",
            "short",
            "signed",
            "sizeof",
            "static",
            "struct",
            "switch",
            "typedef",
            "union",
            "unsigned",
            "void",
            "volatile",
            "while",
            "asm",
            "typeof",
            "alignas",
            "alignof",
            "bool",
            "constexpr",
            "false",
            "nullptr",
            "static_assert",
            "thread_local",
            "true",
            "typeof_unqual",
            "NULL",
            "offsetof");

    private LocalNames() {}

    /** The function's text with its locals renamed after the table; unchanged without one. */
    static String apply(String function, List<LocalVariableNode> table) {
        if (table == null || table.isEmpty()) {
            return function;
        }
        Map<String, String> names = choose(function, table);
        if (names.isEmpty()) {
            return function;
        }
        return PLACEHOLDER
                .matcher(function)
                .replaceAll(m -> Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
    }

    /** Placeholder ({@code l3_i}) → C name, for every placeholder the table names. */
    static Map<String, String> choose(String function, List<LocalVariableNode> table) {
        Set<String> used = new HashSet<>();
        Set<String> placeholders = new HashSet<>();
        Matcher id = IDENTIFIER.matcher(function);
        while (id.find()) {
            (PLACEHOLDER.matcher(id.group()).matches() ? placeholders : used).add(id.group());
        }
        // Placeholder → its distinct Java names, in the table's order.
        Map<String, List<String>> javaNames = new LinkedHashMap<>();
        for (LocalVariableNode v : table) {
            String key = "l" + v.index + "_" + Names.kind(Type.getType(v.desc));
            if (placeholders.contains(key)) {
                List<String> list = javaNames.computeIfAbsent(key, k -> new ArrayList<>());
                String name = Names.sanitize(v.name);
                if (!list.contains(name)) {
                    list.add(name);
                }
            }
        }
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : javaNames.entrySet()) {
            String b = String.join("_or_", e.getValue());
            base.put(e.getKey(), b);
            uses.merge(b, 1, Integer::sum);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, String> e : base.entrySet()) {
            String key = e.getKey();
            String b = e.getValue();
            Matcher p = PLACEHOLDER.matcher(key);
            p.matches();
            String slot = p.group(1);
            String kind = p.group(2);
            boolean kindUnique = base.entrySet().stream()
                    .filter(o -> o.getValue().equals(b) && !o.getKey().equals(key))
                    .noneMatch(o -> o.getKey().endsWith("_" + kind));
            List<String> candidates = new ArrayList<>();
            if (uses.get(b) == 1) {
                candidates.add(b);
            }
            if (kindUnique) {
                candidates.add(b + "_" + kind);
            }
            candidates.add(b + "_" + slot + "_" + kind);
            for (String c : candidates) {
                if (usable(c) && !used.contains(c) && taken.add(c)) {
                    chosen.put(key, c);
                    break;
                }
            }
        }
        return chosen;
    }

    private static boolean usable(String name) {
        return !name.isEmpty()
                && !Character.isDigit(name.charAt(0))
                && !name.startsWith("_")
                && !name.startsWith("ukl_")
                && !name.startsWith("UKL_")
                && !KEYWORDS.contains(name)
                && !GENERATED.matcher(name).matches();
    }
}
