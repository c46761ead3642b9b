package java.util.regex;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Matches a {@link Pattern} against a char sequence: {@code matches}, {@code lookingAt} and
 * {@code find} within a region, groups by number and name, and the replacement operations,
 * with the JDK's state rules and messages ("No match found", "No match available", "No group
 * N").
 */
public final class Matcher implements MatchResult {
    static final int ENDANCHOR = 1;
    static final int NOANCHOR = 0;

    private Pattern pattern;
    private CharSequence text;
    /** The region, the current match ({@code first}..{@code last}) and the end of the previous one. */
    int from;

    int to;
    int first = -1;
    int last;
    int oldLast = -1;
    private int lastAppendPosition;
    /** Group bounds, two per group, at least ten groups (so \1..\9 always index safely, as the JDK's). */
    int[] groups;
    /** Scratch of the nodes: group starts, repetition counters. */
    int[] locals;

    int acceptMode;
    boolean anchoringBounds = true;
    boolean transparentBounds;
    boolean hitEnd;
    /** Where the last atomic or look-ahead body ended, and the position a look-behind body must end at. */
    int subEnd;

    int lookbehindTo;
    private int modCount;

    Matcher(Pattern pattern, CharSequence text) {
        this.pattern = pattern;
        this.text = text;
        allocate();
        reset();
    }

    private void allocate() {
        groups = new int[Math.max(pattern.groupCount + 1, 10) * 2];
        locals = new int[pattern.localCount];
    }

    int getTextLength() {
        return text.length();
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        pattern = newPattern;
        allocate();
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > getTextLength()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    /** After an empty match the next search starts one further, so find() always progresses. */
    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            java.util.Arrays.fill(groups, -1);
            return false;
        }
        return search(next);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private boolean search(int start) {
        hitEnd = false;
        start = Math.max(start, 0);
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        acceptMode = NOANCHOR;
        boolean found = false;
        for (int i = start; i <= to; i++) {
            // a match does not start inside a surrogate pair
            if (i > from
                    && i < to
                    && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1))) {
                continue;
            }
            first = i;
            if (pattern.root.match(this, i, text)) {
                found = true;
                break;
            }
        }
        if (!found) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return found;
    }

    private boolean match(int start, int anchor) {
        hitEnd = false;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        acceptMode = anchor;
        boolean found = pattern.root.match(this, start, text);
        if (!found) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return found;
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    @Override
    public int start() {
        checkMatch();
        return first;
    }

    @Override
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    @Override
    public int start(String name) {
        return groups[groupIndex(name) * 2];
    }

    @Override
    public int end() {
        checkMatch();
        return last;
    }

    @Override
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    @Override
    public int end(String name) {
        return groups[groupIndex(name) * 2 + 1];
    }

    @Override
    public String group() {
        return group(0);
    }

    @Override
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    @Override
    public String group(String name) {
        int group = groupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        Integer group = pattern.namedGroups.get(name);
        if (group == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return group;
    }

    @Override
    public int groupCount() {
        return pattern.groupCount;
    }

    @Override
    public Map<String, Integer> namedGroups() {
        return pattern.namedGroups;
    }

    @Override
    public boolean hasMatch() {
        return first >= 0;
    }

    /** A snapshot of the current match that later matching does not change. */
    public MatchResult toMatchResult() {
        return new Snapshot(this);
    }

    private static final class Snapshot implements MatchResult {
        private final int[] groups;
        private final String text;
        private final int groupCount;
        private final Map<String, Integer> named;
        private final boolean matched;

        Snapshot(Matcher m) {
            this.matched = m.first >= 0;
            this.groups = m.groups.clone();
            this.groupCount = m.groupCount();
            this.named = m.pattern.namedGroups;
            this.text = matched ? m.text.toString() : null;
        }

        private void check(int group) {
            if (!matched) {
                throw new IllegalStateException("No match found");
            }
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        @Override
        public int start() {
            return start(0);
        }

        @Override
        public int start(int group) {
            check(group);
            return groups[group * 2];
        }

        @Override
        public int end() {
            return end(0);
        }

        @Override
        public int end(int group) {
            check(group);
            return groups[group * 2 + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            check(group);
            return groups[group * 2] < 0 ? null : text.substring(groups[group * 2], groups[group * 2 + 1]);
        }

        @Override
        public int groupCount() {
            return groupCount;
        }

        @Override
        public Map<String, Integer> namedGroups() {
            return named;
        }

        @Override
        public boolean hasMatch() {
            return matched;
        }
    }

    // ---- replacement

    /** Backslash quotes the next char; {@code $n} (as many digits as name a group) and {@code ${name}} insert a group. */
    private void appendExpanded(String replacement, StringBuilder result) {
        int cursor = 0;
        int length = replacement.length();
        while (cursor < length) {
            char c = replacement.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == length) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                result.append(replacement.charAt(cursor++));
            } else if (c == '$') {
                cursor++;
                if (cursor == length) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                char nextChar = replacement.charAt(cursor);
                int ref;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder name = new StringBuilder();
                    while (cursor < length) {
                        nextChar = replacement.charAt(cursor);
                        if (nextChar >= 'a' && nextChar <= 'z'
                                || nextChar >= 'A' && nextChar <= 'Z'
                                || nextChar >= '0' && nextChar <= '9') {
                            name.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (name.length() == 0) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (nextChar != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String gname = name.toString();
                    if (gname.charAt(0) >= '0' && gname.charAt(0) <= '9') {
                        throw new IllegalArgumentException(
                                "capturing group name {" + gname + "} starts with digit character");
                    }
                    Integer group = pattern.namedGroups.get(gname);
                    if (group == null) {
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    }
                    ref = group;
                    cursor++;
                } else {
                    ref = nextChar - '0';
                    if (ref < 0 || ref > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < length) {
                        int digit = replacement.charAt(cursor) - '0';
                        if (digit < 0 || digit > 9) {
                            break;
                        }
                        int more = ref * 10 + digit;
                        if (groupCount() < more) {
                            break;
                        }
                        ref = more;
                        cursor++;
                    }
                }
                if (start(ref) != -1 && end(ref) != -1) {
                    result.append(text, start(ref), end(ref));
                }
            } else {
                result.append(c);
                cursor++;
            }
        }
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        appendExpanded(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result.toString());
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (!result) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
            result = find();
        } while (result);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (!result) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            int ec = modCount;
            String replacement = replacer.apply(this);
            if (ec != modCount) {
                throw new ConcurrentModificationException();
            }
            appendReplacement(sb, replacement);
            result = find();
        } while (result);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int ec = modCount;
        String replacement = replacer.apply(this);
        if (ec != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    /** Each match as a snapshot, found as the stream is pulled. */
    public Stream<MatchResult> results() {
        Iterator<MatchResult> each = new Iterator<MatchResult>() {
            private int state = -1; // -1 unknown, 0 none, 1 found

            @Override
            public boolean hasNext() {
                if (state == -1) {
                    state = find() ? 1 : 0;
                }
                return state == 1;
            }

            @Override
            public MatchResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                state = -1;
                return toMatchResult();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(each, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern.pattern() + " region=" + regionStart() + "," + regionEnd()
                + " lastmatch=" + (first >= 0 && group() != null ? group() : "") + "]";
    }
}
