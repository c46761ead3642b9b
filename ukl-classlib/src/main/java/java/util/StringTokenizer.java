package java.util;

/**
 * Splits a string into tokens at delimiter characters (code points, so a surrogate pair can be a
 * delimiter), optionally returning each delimiter as a token of its own. The delimiters may
 * change between calls of {@link #nextToken(String)}, as in the JDK.
 */
public class StringTokenizer implements Enumeration<Object> {
    private final String str;
    private final boolean retDelims;
    private String delimiters;
    private int position;
    /** Where the next token starts once delimiters are skipped; -1 when not yet known. */
    private int newPosition = -1;

    private boolean delimsChanged;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.str = str;
        this.delimiters = delim;
        this.retDelims = returnDelims;
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    /** Compares whole code points: a lone surrogate is not the pair that contains it. */
    private boolean isDelimiter(int cp) {
        for (int i = 0; delimiters != null && i < delimiters.length(); ) {
            int d = delimiters.codePointAt(i);
            if (d == cp) {
                return true;
            }
            i += Character.charCount(d);
        }
        return false;
    }

    private int skipDelimiters(int start) {
        Objects.requireNonNull(delimiters);
        int p = start;
        while (!retDelims && p < str.length()) {
            int cp = str.codePointAt(p);
            if (!isDelimiter(cp)) {
                break;
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    private int scanToken(int start) {
        int p = start;
        while (p < str.length()) {
            int cp = str.codePointAt(p);
            if (isDelimiter(cp)) {
                break;
            }
            p += Character.charCount(cp);
        }
        if (retDelims && start == p && p < str.length()) {
            p += Character.charCount(str.codePointAt(p));
        }
        return p;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(position);
        return newPosition < str.length();
    }

    public String nextToken() {
        position = newPosition >= 0 && !delimsChanged ? newPosition : skipDelimiters(position);
        delimsChanged = false;
        newPosition = -1;
        if (position >= str.length()) {
            throw new NoSuchElementException();
        }
        int start = position;
        position = scanToken(position);
        return str.substring(start, position);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        return nextToken();
    }

    @Override
    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    @Override
    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        for (int p = position; ; count++) {
            p = skipDelimiters(p);
            if (p >= str.length()) {
                return count;
            }
            p = scanToken(p);
        }
    }
}
