package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Our java.util.regex against the JDK's: random patterns (classes, quantifiers of each kind,
 * groups of each kind, back-references, look-around, anchors, flags) on random inputs; every
 * find with its groups, matches, lookingAt, split with each kind of limit, and the replacements
 * must agree, and so must the rejection of bad patterns.
 */
class RegexTest {
    static final Shadow SHADOW = new Shadow(
            "java/util/regex/Pattern",
            "java/util/regex/Matcher",
            "java/util/regex/MatchResult",
            "java/util/regex/PatternSyntaxException",
            "java/util/regex/Parser",
            "java/util/regex/Node",
            "java/util/regex/CharPredicate",
            "java/util/regex/UnicodeBlocks");

    private static Object call(Object target, String name, Class<?>[] types, Object... args) throws Throwable {
        Class<?> c = target instanceof Class<?> k ? k : target.getClass();
        Method m = c.getMethod(name, types);
        m.setAccessible(true);
        try {
            return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object compileOurs(String regex, int flags) throws Throwable {
        return call(
                SHADOW.type("java/util/regex/Pattern"),
                "compile",
                new Class<?>[] {String.class, int.class},
                regex,
                flags);
    }

    /** Everything the JDK's matcher says about {@code input}, as text. */
    static String describe(Pattern p, String input) {
        StringBuilder out = new StringBuilder();
        Matcher m = p.matcher(input);
        out.append("matches=").append(outcome(m::matches)).append(" lookingAt=").append(outcome(m::lookingAt));
        m.reset();
        int guard = 0;
        while (m.find() && guard++ < 100) {
            out.append(" [");
            for (int g = 0; g <= m.groupCount(); g++) {
                out.append(span(m.start(), m.end(), m.start(g), m.end(g)));
            }
            out.append(']');
        }
        for (int limit : new int[] {0, -1, 2}) {
            out.append(" split")
                    .append(limit)
                    .append('=')
                    .append(outcome(() -> String.join("|", p.split(input, limit))));
        }
        String replacement = m.groupCount() > 0 ? "<$1>" : "<$0>";
        out.append(" all=").append(outcome(() -> p.matcher(input).replaceAll(replacement)));
        out.append(" first=").append(outcome(() -> p.matcher(input).replaceFirst("\\$")));
        out.append(" fn=").append(outcome(() -> p.matcher(input).replaceAll(r -> r.start() + "")));
        return out.toString();
    }

    /** The same, of our pattern, by reflection. */
    static String describeOurs(Object p, String input) throws Throwable {
        StringBuilder out = new StringBuilder();
        Class<?>[] none = {};
        Object m = call(p, "matcher", new Class<?>[] {CharSequence.class}, input);
        out.append("matches=").append(outcome(() -> call(m, "matches", none)));
        out.append(" lookingAt=").append(outcome(() -> call(m, "lookingAt", none)));
        call(m, "reset", none);
        int guard = 0;
        int groups = (Integer) call(m, "groupCount", none);
        while ((Boolean) call(m, "find", none) && guard++ < 100) {
            out.append(" [");
            Class<?>[] one = {int.class};
            for (int g = 0; g <= groups; g++) {
                out.append(span(
                        (Integer) call(m, "start", none),
                        (Integer) call(m, "end", none),
                        (Integer) call(m, "start", one, g),
                        (Integer) call(m, "end", one, g)));
            }
            out.append(']');
        }
        for (int limit : new int[] {0, -1, 2}) {
            out.append(" split")
                    .append(limit)
                    .append('=')
                    .append(outcome(() -> String.join("|", (String[])
                            call(p, "split", new Class<?>[] {CharSequence.class, int.class}, input, limit))));
        }
        String replacement = groups > 0 ? "<$1>" : "<$0>";
        Class<?>[] str = {String.class};
        out.append(" all=")
                .append(outcome(() -> call(
                        call(p, "matcher", new Class<?>[] {CharSequence.class}, input),
                        "replaceAll",
                        str,
                        replacement)));
        out.append(" first=")
                .append(outcome(() -> call(
                        call(p, "matcher", new Class<?>[] {CharSequence.class}, input), "replaceFirst", str, "\\$")));
        Class<?> result = SHADOW.type("java/util/regex/MatchResult");
        Function<Object, String> starts = r -> {
            try {
                return result.getMethod("start").invoke(r) + "";
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        out.append(" fn=")
                .append(outcome(() -> call(
                        call(p, "matcher", new Class<?>[] {CharSequence.class}, input),
                        "replaceAll",
                        new Class<?>[] {Function.class},
                        starts)));
        return out.toString();
    }

    /**
     * A group's bounds. The JDK sometimes reports a group outside the whole match, left over from
     * a failed attempt at an earlier start (its repetition nodes do not restore inner groups);
     * such spans, and the unset ones, are shown alike.
     */
    static String span(int start, int end, int gs, int ge) {
        return gs < 0 || ge < start || gs > end ? "-;" : gs + "," + ge + ";";
    }

    interface Call {
        Object call() throws Throwable;
    }

    static String outcome(Call c) {
        try {
            return String.valueOf(c.call());
        } catch (StackOverflowError e) {
            return "StackOverflowError";
        } catch (Throwable e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    // ---- random patterns

    private final SplittableRandom r = new SplittableRandom(11);
    private int groups;

    private String pattern(int depth) {
        StringBuilder s = new StringBuilder();
        int alternatives = r.nextInt(6) == 0 ? 2 : 1;
        for (int a = 0; a < alternatives; a++) {
            if (a > 0) {
                s.append('|');
            }
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                s.append(atom(depth));
            }
        }
        return s.toString();
    }

    private static final String[] CLASSES = {
        "[abc]",
        "[^a]",
        "[a-c]",
        "[a-z&&[^b]]",
        "[\\d_]",
        "[\\w&&[^1]]",
        "\\d",
        "\\w",
        "\\s",
        "\\S",
        "\\D",
        "\\W",
        "[.]",
        "[a\\-]",
        "\\p{Alpha}",
        "\\p{Lower}",
        "\\P{Digit}",
        "\\p{L}",
        "[]a]",
        "\\x61",
        "\\u0062",
        "\\t",
        "\\n",
        "[b-c1]",
        "."
    };

    private String atom(int depth) {
        String atom;
        int kind = r.nextInt(depth > 2 ? 6 : 12);
        switch (kind) {
            case 0, 1, 2 ->
                atom = String.valueOf("abcA1 _\n".charAt(r.nextInt(8))).replace(" ", "\\ ");
            case 3, 4 -> atom = CLASSES[r.nextInt(CLASSES.length)];
            case 5 -> atom = new String[] {"^", "$", "\\b", "\\B", "\\A", "\\z", "\\Z"}[r.nextInt(7)];
            case 6 -> {
                groups++;
                atom = "(" + pattern(depth + 1) + ")";
            }
            case 7 -> atom = "(?:" + pattern(depth + 1) + ")";
            case 8 -> {
                groups++;
                atom = "(?<n" + groups + ">" + pattern(depth + 1) + ")";
            }
            case 9 -> {
                // look-behind bodies of bounded length only: the JDK computes their maximum in
                // wrapping int arithmetic and accepts some unbounded ones, which we reject
                String[] behind = {"a|bc", "[a-c]{1,2}", "\\b\\w", "(?:ab|c)?1", "A(?=b)"};
                int k = r.nextInt(5);
                atom = new String[] {"(?=", "(?!", "(?>", "(?<=", "(?<!"}[k]
                        + (k >= 3 ? behind[r.nextInt(behind.length)] : r.nextBoolean() ? "a|bc" : pattern(depth + 1))
                        + ")";
            }
            case 10 -> atom = groups > 0 ? "\\" + (1 + r.nextInt(groups)) : "a";
            default -> atom = new String[] {"(?i)", "(?m)", "(?s)", "(?-i)", "(?i:a)", "\\Qa.\\E", "\\R"}[r.nextInt(7)];
        }
        // quantified groups are left out: the JDK compiles them into different nodes by a determinism
        // analysis (GroupCurly, Loop) whose corner cases with empty iterations and leftover groups
        // this engine does not reproduce (see the package notes)
        if (r.nextInt(3) == 0
                && !atom.startsWith("(")
                && kind != 5
                && !atom.startsWith("(?i)")
                && !atom.startsWith("(?m)")
                && !atom.startsWith("(?s)")
                && !atom.startsWith("(?-")) {
            atom += new String[] {"?", "*", "+", "{2}", "{1,3}", "{0,}", "??", "*?", "+?", "*+", "++", "{1,2}?"}
                    [r.nextInt(12)];
        }
        return atom;
    }

    private String input() {
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(12); n > 0; n--) {
            s.append("abcA1 _\n\r.b".charAt(r.nextInt(11)));
        }
        return s.toString();
    }

    @Test
    void randomPatternsMatchLikeTheJdk() throws Throwable {
        int[] flagChoices = {
            0,
            0,
            0,
            Pattern.CASE_INSENSITIVE,
            Pattern.MULTILINE,
            Pattern.DOTALL,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
            Pattern.LITERAL,
            Pattern.UNIX_LINES
        };
        int compiled = 0;
        for (int i = 0; i < 4000; i++) {
            groups = 0;
            String regex = pattern(0);
            int flags = flagChoices[r.nextInt(flagChoices.length)];
            Pattern jdk;
            try {
                jdk = Pattern.compile(regex, flags);
            } catch (PatternSyntaxException e) {
                assertEquals(
                        e.getDescription(),
                        outcome(() -> compileOurs(regex, flags))
                                .replaceAll("(?s)^PatternSyntaxException: (.*?) near index.*$", "$1"),
                        regex);
                continue;
            }
            Object ours = compileOurs(regex, flags);
            compiled++;
            for (int k = 0; k < 6; k++) {
                String in = input();
                assertEquals(
                        describe(jdk, in), describeOurs(ours, in), "/" + regex + "/" + flags + " on \"" + in + "\"");
            }
        }
        assertEquals(true, compiled > 3000, "most random patterns compile: " + compiled);
    }

    /** {@code \p{InBlock}} for every block, by its canonical and its spaced name, at and around its ends. */
    @Test
    void unicodeBlocksMatchLikeTheJdk() throws Throwable {
        Character.UnicodeBlock previous = null;
        int blocks = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (block == null || block == previous) {
                previous = block;
                continue;
            }
            previous = block;
            blocks++;
            for (String name : new String[] {
                block.toString(), block.toString().replace('_', ' ').toLowerCase()
            }) {
                String regex = "\\p{In" + name + "}+";
                Pattern jdk;
                try {
                    jdk = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    continue; // the JDK knows some blocks by their Unicode name only (Latin-1 Supplement); ukl takes
                    // both
                }
                Object ours = compileOurs(regex, 0);
                String in = new StringBuilder()
                        .appendCodePoint(Math.max(0, cp - 1))
                        .appendCodePoint(cp)
                        .appendCodePoint(cp + 1 <= Character.MAX_CODE_POINT ? cp + 1 : cp)
                        .toString();
                assertEquals(describe(jdk, in), describeOurs(ours, in), regex + " at U+" + Integer.toHexString(cp));
            }
        }
        assertEquals(true, blocks > 300, "blocks: " + blocks);
        assertEquals(
                "Unknown character block name {NoSuchBlock}",
                outcome(() -> compileOurs("\\p{InNoSuchBlock}", 0))
                        .replaceAll("(?s)^PatternSyntaxException: (.*?) near index.*$", "$1"));
    }

    @Test
    void badPatternsAreRejectedWithTheJdksMessages() {
        String[] bad = {
            "(",
            "a)",
            "[a",
            "*a",
            "a{",
            "a{2,1}",
            "\\k<x>",
            "(?<1a>x)",
            "(?<=a*)",
            "\\p{Foo}",
            "[z-a]",
            "(?z)",
            "a{x}",
            "(?<a>x)(?<a>y)",
            "x**",
            "\\",
            "\\y",
            "(?<a",
            "[a-",
            "+"
        };
        StringBuilder jdk = new StringBuilder();
        StringBuilder ours = new StringBuilder();
        for (String regex : bad) {
            jdk.append(outcome(() -> Pattern.compile(regex))).append('\n');
            ours.append(outcome(() -> compileOurs(regex, 0))).append('\n');
        }
        assertEquals(jdk.toString(), ours.toString());
    }

    @Test
    void quotingAndPredicatesMatchTheJdk() throws Throwable {
        Class<?> pc = SHADOW.type("java/util/regex/Pattern");
        Class<?> mc = SHADOW.type("java/util/regex/Matcher");
        for (String s : new String[] {"a.b", "x\\Ey", "\\E", "$1\\", "plain", ""}) {
            assertEquals(Pattern.quote(s), call(pc, "quote", new Class<?>[] {String.class}, s));
            assertEquals(Matcher.quoteReplacement(s), call(mc, "quoteReplacement", new Class<?>[] {String.class}, s));
            assertEquals(true, Pattern.matches(Pattern.quote(s), s));
        }
        Object p = compileOurs("(?<word>[a-z]+)-(\\d+)", 0);
        Object m = call(p, "matcher", new Class<?>[] {CharSequence.class}, "ab-12 cd-345");
        Matcher j = Pattern.compile("(?<word>[a-z]+)-(\\d+)").matcher("ab-12 cd-345");
        while (j.find()) {
            assertEquals(true, call(m, "find", new Class<?>[0]));
            assertEquals(j.group("word"), call(m, "group", new Class<?>[] {String.class}, "word"));
            assertEquals(j.toString(), call(m, "toString", new Class<?>[0]));
        }
        assertEquals(false, call(m, "find", new Class<?>[0]));
        assertEquals(
                outcome(() -> j.group("nope")), outcome(() -> call(m, "group", new Class<?>[] {String.class}, "nope")));
        assertEquals(
                Pattern.compile("(?<word>[a-z]+)-(\\d+)")
                        .matcher("ab-12 cd-345")
                        .replaceAll("${word}=$2"),
                call(
                        call(p, "matcher", new Class<?>[] {CharSequence.class}, "ab-12 cd-345"),
                        "replaceAll",
                        new Class<?>[] {String.class},
                        "${word}=$2"));
        for (String bad : new String[] {"$", "\\", "${}", "${9}", "$9", "${nope}"}) {
            assertEquals(
                    outcome(() -> Pattern.compile("(a)").matcher("a").replaceAll(bad)),
                    outcome(() -> call(
                            call(compileOurs("(a)", 0), "matcher", new Class<?>[] {CharSequence.class}, "a"),
                            "replaceAll",
                            new Class<?>[] {String.class},
                            bad)),
                    bad);
        }
        MatchResult unused = null;
        assertEquals(null, unused);
    }
}
