package java.lang;

/**
 * {@code String.split} for the patterns that need no regex engine: the JDK itself takes this
 * fast path for a one-char non-metacharacter or a backslash-escaped one; we also take it for any
 * text without metacharacters, which the regex engine would split the same way.
 * Everything else goes to {@link java.util.regex.Pattern}.
 */
final class Split {
    private static final String META = ".$|()[{^?*+\\";

    private Split() {}

    /** The text {@code regex} matches literally, or null when it needs the regex engine. */
    static String literal(String regex) {
        if (regex.length() == 2
                && regex.charAt(0) == '\\'
                && !Character.isLetterOrDigit(regex.charAt(1))
                && !Character.isSurrogate(regex.charAt(1))) {
            return regex.substring(1);
        }
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (META.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            }
        }
        return regex;
    }

    static String[] split(String s, String sep, int limit) {
        int max = limit > 0 ? limit : Integer.MAX_VALUE;
        int[] ends = new int[8];
        int n = 0;
        int from = 0;
        while (n < max - 1) {
            // an empty separator matches between chars: the piece from `from` is one char long
            int i = sep.isEmpty() ? from + 1 : s.indexOf(sep, from);
            if (i < 0 || i > s.length()) {
                break;
            }
            if (n == ends.length) {
                int[] grown = new int[n * 2];
                System.arraycopy(ends, 0, grown, 0, n);
                ends = grown;
            }
            ends[n++] = i;
            from = i + sep.length();
        }
        if (n == 0) {
            return new String[] {s};
        }
        int pieces = n + 1;
        if (limit == 0) {
            while (pieces > 0 && start(ends, pieces - 1, sep) == end(ends, pieces - 1, n, s)) {
                pieces--;
            }
        }
        String[] out = new String[pieces];
        for (int k = 0; k < pieces; k++) {
            out[k] = s.substring(start(ends, k, sep), end(ends, k, n, s));
        }
        return out;
    }

    private static int start(int[] ends, int k, String sep) {
        return k == 0 ? 0 : ends[k - 1] + sep.length();
    }

    private static int end(int[] ends, int k, int n, String s) {
        return k < n ? ends[k] : s.length();
    }
}
