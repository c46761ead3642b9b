package java.util.regex;

/**
 * The compiled form of a pattern: a graph of nodes, each matching its piece at position {@code i}
 * and then asking {@link #next} to match the rest (continuation style, as the JDK's own
 * matcher). Backtracking is returning false. Repetition of one character class loops without
 * recursion ({@link CharRepeat}); repetition of anything else recurses once per iteration
 * ({@link Repeat}), so its depth grows with the number of iterations, as in the JDK.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, CharSequence s);

    /** The code point at {@code i} (a surrogate pair read as one, when both halves lie before {@code end}). */
    static int codePointAt(CharSequence s, int i, int end) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < end) {
            char d = s.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    static int codePointBefore(CharSequence s, int i, int start) {
        char c = s.charAt(i - 1);
        if (Character.isLowSurrogate(c) && i - 2 >= start) {
            char d = s.charAt(i - 2);
            if (Character.isHighSurrogate(d)) {
                return Character.toCodePoint(d, c);
            }
        }
        return c;
    }

    /** Passes on: the join after alternatives, the end of a fragment. */
    static final class Conn extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** The end of the whole pattern: records the match (with {@code matches()}, only at the region's end). */
    static final class Accept extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) {
                return false;
            }
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** The end of a lookaround or atomic body: success, remembering where it ended. */
    static final class SubEnd extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            m.subEnd = i;
            return true;
        }
    }

    /** One code point from a class. */
    static final class CharProperty extends Node {
        final CharPredicate predicate;

        CharProperty(CharPredicate predicate) {
            this.predicate = predicate;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                int cp = codePointAt(s, i, m.to);
                return predicate.is(cp) && next.match(m, i + Character.charCount(cp), s);
            }
            m.hitEnd = true;
            return false;
        }
    }

    /** {@code X{min,max}} of one code point class: counts forward once, then backs off without recursion. */
    static final class CharRepeat extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;
        private final CharPredicate predicate;
        private final int min;
        private final int max;
        private final int type;

        CharRepeat(CharPredicate predicate, int min, int max, int type) {
            this.predicate = predicate;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        private int step(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return -1;
            }
            int cp = codePointAt(s, i, m.to);
            return predicate.is(cp) ? i + Character.charCount(cp) : -1;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int start = i;
            for (int n = 0; n < min; n++) {
                i = step(m, i, s);
                if (i < 0) {
                    return false;
                }
            }
            if (type == LAZY) {
                for (int n = min; ; n++) {
                    if (next.match(m, i, s)) {
                        return true;
                    }
                    if (n >= max) {
                        return false;
                    }
                    i = step(m, i, s);
                    if (i < 0) {
                        return false;
                    }
                }
            }
            int floor = i;
            int n = min;
            while (n < max) {
                int j = step(m, i, s);
                if (j < 0) {
                    break;
                }
                i = j;
                n++;
            }
            if (type == POSSESSIVE) {
                return next.match(m, i, s);
            }
            while (true) {
                if (next.match(m, i, s)) {
                    return true;
                }
                if (i <= floor) {
                    return false;
                }
                // back off one code point (a pair counts as one, as it was consumed as one)
                i -= Character.charCount(codePointBefore(s, i, start));
            }
        }
    }

    /** {@code X{min,max}} of anything else; the body's last node is a {@link RepeatTail} back to this. */
    static final class Repeat extends Node {
        Node body;
        final int min;
        final int max;
        final boolean lazy;
        /** Matcher locals: the iterations begun, and where the current one began. */
        final int countLocal;

        final int beginLocal;

        Repeat(int min, int max, boolean lazy, int countLocal, int beginLocal) {
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.countLocal = countLocal;
            this.beginLocal = beginLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int savedCount = m.locals[countLocal];
            int savedBegin = m.locals[beginLocal];
            m.locals[countLocal] = 0;
            boolean result = iterate(m, i, s);
            m.locals[countLocal] = savedCount;
            m.locals[beginLocal] = savedBegin;
            return result;
        }

        /** After {@code count} iterations at {@code i}: another one, or the rest of the pattern. */
        boolean iterate(Matcher m, int i, CharSequence s) {
            int count = m.locals[countLocal];
            if (count < min) {
                return another(m, i, s, count);
            }
            if (count >= max) {
                return next.match(m, i, s);
            }
            if (lazy) {
                return next.match(m, i, s) || another(m, i, s, count);
            }
            return another(m, i, s, count) || next.match(m, i, s);
        }

        private boolean another(Matcher m, int i, CharSequence s, int count) {
            int savedBegin = m.locals[beginLocal];
            m.locals[countLocal] = count + 1;
            m.locals[beginLocal] = i;
            if (body.match(m, i, s)) {
                return true;
            }
            m.locals[countLocal] = count;
            m.locals[beginLocal] = savedBegin;
            return false;
        }
    }

    static final class RepeatTail extends Node {
        private final Repeat repeat;

        RepeatTail(Repeat repeat) {
            this.repeat = repeat;
        }

        /** An iteration that matched nothing ends the loop (no endless empty loops). */
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int count = m.locals[repeat.countLocal];
            if (i == m.locals[repeat.beginLocal] && count >= repeat.min) {
                // past the minimum, an empty iteration ends a greedy loop and fails a lazy one,
                // as the JDK's Curly and GroupCurly do
                return !repeat.lazy && repeat.next.match(m, i, s);
            }
            int begin = m.locals[repeat.beginLocal];
            if (repeat.iterate(m, i, s)) {
                return true;
            }
            m.locals[repeat.countLocal] = count;
            m.locals[repeat.beginLocal] = begin;
            return false;
        }
    }

    /** Alternatives, tried in order; each ends in the shared {@link Conn}. */
    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            for (Node alternative : alternatives) {
                if (alternative.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The start of a capturing group: remembers {@code i} until the tail. */
    static final class GroupHead extends Node {
        final int local;

        GroupHead(int local) {
            this.local = local;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[local];
            m.locals[local] = i;
            boolean result = next.match(m, i, s);
            m.locals[local] = saved;
            return result;
        }
    }

    /** The end of a capturing group: sets its bounds, restored when the rest fails. */
    static final class GroupTail extends Node {
        final int local;
        final int group;

        GroupTail(int local, int group) {
            this.local = local;
            this.group = group;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.locals[local];
            int oldStart = m.groups[group * 2];
            int oldEnd = m.groups[group * 2 + 1];
            m.groups[group * 2] = start;
            m.groups[group * 2 + 1] = i;
            if (next.match(m, i, s)) {
                return true;
            }
            m.groups[group * 2] = oldStart;
            m.groups[group * 2 + 1] = oldEnd;
            return false;
        }
    }

    /** {@code \n} or {@code \k<name>}: the text the group last matched, again (folding case if asked). */
    static final class BackRef extends Node {
        private final int group;
        private final int fold;

        BackRef(int group, int fold) {
            this.group = group;
            this.fold = fold;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int j = m.groups[group * 2];
            int k = m.groups[group * 2 + 1];
            if (j < 0) {
                return false;
            }
            int length = k - j;
            if (i + length > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int x = 0; x < length; x++) {
                char a = s.charAt(j + x);
                char b = s.charAt(i + x);
                if (a == b) {
                    continue;
                }
                if (fold == 0) {
                    return false;
                }
                if (fold == 1) {
                    if (CharPredicate.asciiLower(a) != CharPredicate.asciiLower(b) || a >= 128 || b >= 128) {
                        return false;
                    }
                } else {
                    int ua = Character.toUpperCase(a);
                    int ub = Character.toUpperCase(b);
                    if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                        return false;
                    }
                }
            }
            return next.match(m, i + length, s);
        }
    }

    /** {@code (?>X)} and possessive repetition of groups: X matched once, never re-entered by backtracking. */
    static final class Atomic extends Node {
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (!body.match(m, i, s)) {
                return false;
            }
            return next.match(m, m.subEnd, s);
        }
    }

    /**
     * Look-ahead: the body must (or must not) match at {@code i}, seeing the region's end unless
     * the bounds are transparent; groups set by a positive body stay set.
     */
    static final class LookAhead extends Node {
        final Node body;
        final boolean negative;

        LookAhead(Node body, boolean negative) {
            this.body = body;
            this.negative = negative;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int savedTo = m.to;
            if (m.transparentBounds) {
                m.to = m.getTextLength();
            }
            boolean found;
            try {
                found = body.match(m, i, s);
            } finally {
                m.to = savedTo;
            }
            return found != negative && next.match(m, i, s);
        }
    }

    /**
     * Look-behind: the body must (or must not) match some text ending exactly at {@code i}; its
     * length is bounded ({@code min..max}, computed at compile time), and the starts are tried
     * from the nearest, as the JDK's.
     */
    static final class LookBehind extends Node {
        final Node body;
        final boolean negative;
        final int min;
        final int max;

        LookBehind(Node body, boolean negative, int min, int max) {
            this.body = body;
            this.negative = negative;
            this.min = min;
            this.max = max;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int savedFrom = m.from;
            int savedTarget = m.lookbehindTo;
            int from = Math.max(i - max, m.transparentBounds ? 0 : m.from);
            boolean found = false;
            m.lookbehindTo = i;
            if (m.transparentBounds) {
                m.from = 0;
            }
            try {
                for (int j = i - min; !found && j >= from; j--) {
                    found = body.match(m, j, s);
                }
            } finally {
                m.from = savedFrom;
                m.lookbehindTo = savedTarget;
            }
            return found != negative && next.match(m, i, s);
        }
    }

    /** The end of a look-behind body: it must end where the look-behind stands. */
    static final class BehindEnd extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.lookbehindTo;
        }
    }

    /** The anchors and boundaries: {@code ^ $ \A \z \Z \G \b \B}, in their flag variants. */
    static final class Anchor extends Node {
        static final int BEGIN = 0; // ^ without MULTILINE, \A
        static final int CARET = 1; // ^ with MULTILINE
        static final int UNIX_CARET = 2;
        static final int DOLLAR = 3; // $ without MULTILINE, \Z
        static final int DOLLAR_MULTILINE = 4;
        static final int UNIX_DOLLAR = 5;
        static final int UNIX_DOLLAR_MULTILINE = 6;
        static final int END = 7; // \z
        static final int LAST_MATCH = 8; // \G
        static final int BOUND = 9; // \b
        static final int NOT_BOUND = 10; // \B
        private final int kind;

        Anchor(int kind) {
            this.kind = kind;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return at(m, i, s) && next.match(m, i, s);
        }

        private boolean at(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            int end = m.anchoringBounds ? m.to : m.getTextLength();
            switch (kind) {
                case BEGIN:
                    return i == start;
                case CARET:
                case UNIX_CARET:
                    // Perl does not match ^ at the end of input, even after a line terminator
                    if (i == end) {
                        m.hitEnd = true;
                        return false;
                    }
                    if (i > start) {
                        char c = s.charAt(i - 1);
                        if (kind == UNIX_CARET) {
                            return c == '\n';
                        }
                        if (c != '\n' && c != '\r' && (c | 1) != 0x2029 && c != 0x85) {
                            return false;
                        }
                        // \r\n is one line terminator
                        return !(c == '\r' && s.charAt(i) == '\n');
                    }
                    return true;
                case DOLLAR:
                case DOLLAR_MULTILINE:
                    return dollar(m, i, s, end, kind == DOLLAR_MULTILINE);
                case UNIX_DOLLAR:
                case UNIX_DOLLAR_MULTILINE:
                    if (i < end) {
                        if (s.charAt(i) != '\n') {
                            return false;
                        }
                        if (kind == UNIX_DOLLAR && i != end - 1) {
                            return false;
                        }
                    }
                    return true;
                case END:
                    return i == end;
                case LAST_MATCH:
                    return i == m.oldLast;
                default:
                    boolean bound = isBound(m, i, s);
                    return kind == BOUND ? bound : !bound;
            }
        }

        /** JDK Dollar: before a final line terminator ({@code \r\n} counted as one) or at the end. */
        private static boolean dollar(Matcher m, int i, CharSequence s, int end, boolean multiline) {
            if (!multiline) {
                if (i < end - 2) {
                    return false;
                }
                if (i == end - 2) {
                    if (s.charAt(i) != '\r' || s.charAt(i + 1) != '\n') {
                        return false;
                    }
                }
            }
            if (i < end) {
                char c = s.charAt(i);
                if (c == '\n') {
                    // not between \r and \n
                    return !(i > 0 && s.charAt(i - 1) == '\r');
                } else if (c == '\r' || c == 0x85 || (c | 1) == 0x2029) {
                    return true;
                }
                return false;
            }
            m.hitEnd = true;
            return true;
        }

        /** A word boundary: Character.isLetterOrDigit or '_' on exactly one side (JDK Bound). */
        private static boolean isBound(Matcher m, int i, CharSequence s) {
            int start = m.transparentBounds ? 0 : m.from;
            int end = m.transparentBounds ? m.getTextLength() : m.to;
            boolean left = i > start && isWord(codePointBefore(s, i, start));
            boolean right = i < end && isWord(codePointAt(s, i, end));
            return left != right;
        }

        private static boolean isWord(int c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
