package java.util.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A compiled regular expression with the JDK's syntax and flags (see {@link Parser}), matched
 * by a backtracking {@link Matcher} over a node graph as the JDK's is. CANON_EQ is accepted and
 * ignored; UNICODE_CHARACTER_CLASS gives the Unicode case folding only.
 */
public final class Pattern {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1ff;

    private final String pattern;
    private final int flags;
    /** The expression, ending in the accepting node; {@code find} tries it at each start. */
    final Node root;

    final int groupCount;
    final int localCount;
    final Map<String, Integer> namedGroups;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        this.pattern = regex;
        this.flags = flags;
        Parser parser = new Parser(regex, (flags & UNICODE_CHARACTER_CLASS) != 0 ? flags | UNICODE_CASE : flags);
        this.root = parser.compile(new Node.Accept());
        this.groupCount = parser.groupCount - 1;
        this.localCount = parser.localCount;
        this.namedGroups = Collections.unmodifiableMap(parser.named);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Map<String, Integer> namedGroups() {
        return namedGroups;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return new Predicate<String>() {
            @Override
            public boolean test(String s) {
                return matcher(s).find();
            }
        };
    }

    public Predicate<String> asMatchPredicate() {
        return new Predicate<String>() {
            @Override
            public boolean test(String s) {
                return matcher(s).matches();
            }
        };
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * The JDK's rules: a zero-width match at the very start yields no leading empty string; a
     * positive limit caps the pieces, zero drops trailing empty strings, a negative keeps them.
     */
    public String[] split(CharSequence input, int limit) {
        return split(input, limit, false);
    }

    public String[] splitWithDelimiters(CharSequence input, int limit) {
        return split(input, limit, true);
    }

    private String[] split(CharSequence input, int limit, boolean withDelimiters) {
        int matchCount = 0;
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || matchCount < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    continue;
                }
                list.add(input.subSequence(index, m.start()).toString());
                if (withDelimiters) {
                    list.add(input.subSequence(m.start(), m.end()).toString());
                }
                index = m.end();
                ++matchCount;
            } else if (matchCount == limit - 1) {
                list.add(input.subSequence(index, input.length()).toString());
                index = m.end();
                ++matchCount;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!matchLimited || matchCount < limit) {
            list.add(input.subSequence(index, input.length()).toString());
        }
        int size = list.size();
        if (limit == 0) {
            while (size > 0 && list.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    /** The pieces of {@link #split(CharSequence)}, found as the stream is pulled. */
    public Stream<String> splitAsStream(CharSequence input) {
        Iterator<String> pieces = new Iterator<String>() {
            private final Matcher matcher = matcher(input);
            private int current;
            private String nextElement;
            private int emptyElementCount;

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (emptyElementCount == 0) {
                    String n = nextElement;
                    nextElement = null;
                    return n;
                }
                emptyElementCount--;
                return "";
            }

            /** As the JDK's: trailing empty strings are dropped, others counted and yielded. */
            @Override
            public boolean hasNext() {
                if (nextElement != null || emptyElementCount > 0) {
                    return true;
                }
                if (current == input.length()) {
                    return false;
                }
                while (matcher.find()) {
                    nextElement = input.subSequence(current, matcher.start()).toString();
                    current = matcher.end();
                    if (!nextElement.isEmpty()) {
                        return true;
                    } else if (current > 0) {
                        emptyElementCount++;
                    }
                }
                nextElement = input.subSequence(current, input.length()).toString();
                current = input.length();
                if (!nextElement.isEmpty()) {
                    return true;
                }
                emptyElementCount = 0;
                nextElement = null;
                return false;
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pieces, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** A pattern matching {@code s} literally: {@code \Q...\E}, with any {@code \E} inside split out. */
    public static String quote(String s) {
        int slashE = s.indexOf("\\E");
        if (slashE == -1) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashE = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashE);
            current = slashE + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }
}
