package ukl.translator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Java class a symbol of a translated program belongs to, by the names the translator gives
 * (Layout, Glue): a method {@code m_<class>_<method>}, a class's descriptor and tables {@code
 * cls<n>_<class>…} (an enum's constants built at build time among them, {@code
 * cls<n>_<class>_built<k>}), its initialiser {@code init_cls<n>_<class>}, an enum's values {@code
 * enum_values_cls<n>_<class>}; string literals are {@code str<n>} and {@code str<n>_chars}, and
 * the method tables behind stack traces and their accessors {@code ukl_method_…}. The
 * link report uses it to say what takes an image's bytes, by package (issue #12, item 6).
 */
public final class SymbolOwners {
    /** What a symbol is charged to when it is not a class's: the literals, the stack trace tables, or the runtime. */
    public static final String STRING_LITERALS = "(string literals)";

    /** The method id tables, the class names and texts they index, their accessors (Metadata.methodTables). */
    public static final String STACK_TRACE_TABLES = "(stack trace tables)";

    private static final Pattern LITERAL = Pattern.compile("str\\d+(_chars)?");
    private static final Pattern STACK_TRACE_TABLE = Pattern.compile("ukl_method_\\w+");
    private static final Pattern CLASS_SYMBOL = Pattern.compile("(?:init_|enum_values_)?cls\\d+_(.*)");

    /** Sanitized class name → internal name; the longest one that prefixes a symbol owns it. */
    private final Map<String, String> classes = new HashMap<>();

    private int longest;

    /** @param internalNames the program's classes, e.g. {@code java/lang/String} */
    public SymbolOwners(Iterable<String> internalNames) {
        for (String name : internalNames) {
            String sanitized = Names.sanitize(name);
            classes.put(sanitized, name);
            longest = Math.max(longest, sanitized.length());
        }
    }

    /**
     * The class (internal name) owning {@code symbol}, {@link #STRING_LITERALS}, {@link
     * #STACK_TRACE_TABLES}, or empty for
     * everything else: the runtime, the boot code, gcc's own helpers.
     */
    public Optional<String> ownerOf(String symbol) {
        if (LITERAL.matcher(symbol).matches()) {
            return Optional.of(STRING_LITERALS);
        }
        if (STACK_TRACE_TABLE.matcher(symbol).matches()) {
            return Optional.of(STACK_TRACE_TABLES);
        }
        Matcher c = CLASS_SYMBOL.matcher(symbol);
        if (c.matches()) {
            return longestClassPrefix(c.group(1));
        }
        if (symbol.startsWith("m_")) {
            return longestClassPrefix(symbol.substring(2));
        }
        return Optional.empty();
    }

    /** Whether an owner {@link #ownerOf} gave is a class (not the literals or the stack trace tables). */
    public static boolean isClass(String owner) {
        return !owner.equals(STRING_LITERALS) && !owner.equals(STACK_TRACE_TABLES);
    }

    /** The class whose sanitized name is the longest prefix of {@code rest} ending at a '_' or the end. */
    private Optional<String> longestClassPrefix(String rest) {
        for (int end = Math.min(rest.length(), longest); end > 0; end--) {
            if (end < rest.length() && rest.charAt(end) != '_') {
                continue;
            }
            String owner = classes.get(rest.substring(0, end));
            if (owner != null) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }
}
