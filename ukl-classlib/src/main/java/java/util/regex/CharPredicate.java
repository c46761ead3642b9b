package java.util.regex;

/**
 * A set of code points: what one character-class atom of a pattern matches. The kinds are few
 * small classes (the class library has no lambdas): one code point, a range, a named class
 * ({@link Ctype}), and union, intersection and complement of others. Case-insensitive forms
 * follow the JDK: ASCII folding by default, Unicode folding with UNICODE_CASE.
 */
abstract class CharPredicate {
    abstract boolean is(int cp);

    /** One code point, or its case variants when folding. */
    static final class Single extends CharPredicate {
        private final int c;
        private final int fold;

        /** {@code fold}: 0 exact, 1 ASCII case-insensitive, 2 Unicode case-insensitive. */
        Single(int c, int fold) {
            this.c = c;
            this.fold = fold;
        }

        @Override
        boolean is(int cp) {
            if (cp == c) {
                return true;
            }
            if (fold == 1) {
                return c < 128 && cp < 128 && asciiLower(cp) == asciiLower(c);
            }
            if (fold == 2) {
                return Character.toLowerCase(cp) == Character.toLowerCase(c)
                        || Character.toUpperCase(cp) == Character.toUpperCase(c);
            }
            return false;
        }
    }

    static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /** {@code lo-hi} in a class; folding tests the other case of the code point too (JDK CIRange). */
    static final class Range extends CharPredicate {
        private final int lo;
        private final int hi;
        private final int fold;

        Range(int lo, int hi, int fold) {
            this.lo = lo;
            this.hi = hi;
            this.fold = fold;
        }

        private boolean in(int c) {
            return lo <= c && c <= hi;
        }

        @Override
        boolean is(int cp) {
            if (in(cp)) {
                return true;
            }
            if (fold == 1) {
                return cp < 128 && (in(asciiUpper(cp)) || in(asciiLower(cp)));
            }
            if (fold == 2) {
                return in(Character.toUpperCase(cp)) || in(Character.toLowerCase(cp));
            }
            return false;
        }
    }

    /** The named classes: predefined escapes, POSIX and java.lang.Character properties, categories. */
    static final class Ctype extends CharPredicate {
        static final int DIGIT = 0; // \d, \p{Digit}: ASCII
        static final int WORD = 1; // \w: [a-zA-Z_0-9]
        static final int SPACE = 2; // \s, \p{Space}: [ \t\n\x0B\f\r]
        static final int HSPACE = 3; // \h
        static final int VSPACE = 4; // \v
        static final int LOWER = 5;
        static final int UPPER = 6;
        static final int ASCII = 7;
        static final int ALPHA = 8;
        static final int ALNUM = 9;
        static final int PUNCT = 10;
        static final int GRAPH = 11;
        static final int PRINT = 12;
        static final int BLANK = 13;
        static final int CNTRL = 14;
        static final int XDIGIT = 15;
        static final int DOT = 16; // . without DOTALL: not a line terminator
        static final int UNIX_DOT = 17;
        static final int ALL = 18;
        static final int J_LOWER = 19; // \p{javaLowerCase}, \p{Ll}
        static final int J_UPPER = 20;
        static final int J_WHITESPACE = 21;
        static final int J_DIGIT = 22; // \p{Nd}
        static final int J_LETTER = 23; // \p{L}
        static final int J_LETTER_OR_DIGIT = 24;
        static final int J_ALPHABETIC = 25;
        static final int J_SPACE_CHAR = 26;
        static final int J_ISO_CONTROL = 27;
        static final int J_IDENTIFIER_START = 28;
        static final int J_IDENTIFIER_PART = 29;

        private final int kind;

        Ctype(int kind) {
            this.kind = kind;
        }

        @Override
        boolean is(int c) {
            return switch (kind) {
                case DIGIT -> c >= '0' && c <= '9';
                case WORD -> c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                case SPACE -> c == ' ' || c >= '\t' && c <= '\r';
                case HSPACE ->
                    c == ' '
                            || c == '\t'
                            || c == 0xa0
                            || c == 0x1680
                            || c == 0x180e
                            || c >= 0x2000 && c <= 0x200a
                            || c == 0x202f
                            || c == 0x205f
                            || c == 0x3000;
                case VSPACE -> c >= '\n' && c <= '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
                case LOWER -> c >= 'a' && c <= 'z';
                case UPPER -> c >= 'A' && c <= 'Z';
                case ASCII -> c < 128;
                case ALPHA -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                case ALNUM -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                case PUNCT ->
                    c > 32 && c < 127 && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
                case GRAPH -> c > 32 && c < 127;
                case PRINT -> c >= 32 && c < 127;
                case BLANK -> c == ' ' || c == '\t';
                case CNTRL -> c < 32 || c == 127;
                case XDIGIT -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                case DOT -> c != '\n' && c != '\r' && (c | 1) != 0x2029 && c != 0x85;
                case UNIX_DOT -> c != '\n';
                case ALL -> true;
                case J_LOWER -> Character.isLowerCase(c);
                case J_UPPER -> Character.isUpperCase(c);
                case J_WHITESPACE -> Character.isWhitespace(c);
                case J_DIGIT -> Character.isDigit(c);
                case J_LETTER -> Character.isLetter(c);
                case J_LETTER_OR_DIGIT -> Character.isLetterOrDigit(c);
                case J_ALPHABETIC -> Character.isAlphabetic(c);
                case J_SPACE_CHAR -> Character.isSpaceChar(c);
                case J_ISO_CONTROL -> Character.isISOControl(c);
                case J_IDENTIFIER_START -> Character.isJavaIdentifierStart(c);
                default -> Character.isJavaIdentifierPart(c);
            };
        }
    }

    /** With CASE_INSENSITIVE, \p{Lower} and \p{Upper} (and their java forms) match either case, as the JDK's. */
    static final class Either extends CharPredicate {
        private final CharPredicate a;
        private final CharPredicate b;

        Either(CharPredicate a, CharPredicate b) {
            this.a = a;
            this.b = b;
        }

        @Override
        boolean is(int cp) {
            return a.is(cp) || b.is(cp);
        }
    }

    static final class Both extends CharPredicate {
        private final CharPredicate a;
        private final CharPredicate b;

        Both(CharPredicate a, CharPredicate b) {
            this.a = a;
            this.b = b;
        }

        @Override
        boolean is(int cp) {
            return a.is(cp) && b.is(cp);
        }
    }

    static final class Not extends CharPredicate {
        private final CharPredicate a;

        Not(CharPredicate a) {
            this.a = a;
        }

        @Override
        boolean is(int cp) {
            return !a.is(cp);
        }
    }

    static CharPredicate union(CharPredicate a, CharPredicate b) {
        return a == null ? b : b == null ? a : new Either(a, b);
    }
}
