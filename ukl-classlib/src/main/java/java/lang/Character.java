package java.lang;

import java.io.Serializable;

/**
 * A UTF-16 code unit. Classification, simple case mapping and numeric values answer as the JDK's
 * for every code point: Latin-1 (U+0000–U+00FF) by code here, everything above from tables
 * generated from the build JDK's own Character (UnicodeProperties, UnicodeTables), which only
 * images that ask about such code points carry. CharacterTest compares every method with the
 * JDK over all 0x110000 code points.
 */
public final class Character implements Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    public static final char MIN_HIGH_SURROGATE = '\ud800';
    public static final char MAX_HIGH_SURROGATE = '\udbff';
    public static final char MIN_LOW_SURROGATE = '\udc00';
    public static final char MAX_LOW_SURROGATE = '\udfff';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x10000;
    public static final int MIN_CODE_POINT = 0;
    public static final int MAX_CODE_POINT = 0x10ffff;
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    public static final Class<Character> TYPE = Primitives.CHAR;

    // General categories (Character.getType), the JDK's values.
    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    private final char value;

    public Character(char value) {
        this.value = value;
    }

    /** JLS §5.1.7: boxing caches U+0000–U+007F. */
    public static Character valueOf(char c) {
        return c < 128 ? Cache.CACHE[c] : new Character(c);
    }

    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(char c) {
        return c;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character c && c.value == value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    @Override
    public int compareTo(Character other) {
        return value - other.value;
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** Lowercase letters plus Other_Lowercase (ª, º) in Latin-1; Greek and Cyrillic small letters. */
    public static boolean isLowerCase(int ch) {
        if (ch < 0x100) {
            return ch >= 'a' && ch <= 'z'
                    || ch == 0xaa
                    || ch == 0xb5
                    || ch == 0xba
                    || ch >= 0xdf && ch <= 0xff && ch != 0xf7;
        }
        return UnicodeProperties.isLowerCase(ch);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int ch) {
        if (ch < 0x100) {
            return ch >= 'A' && ch <= 'Z' || ch >= 0xc0 && ch <= 0xde && ch != 0xd7;
        }
        return UnicodeProperties.isUpperCase(ch);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int ch) {
        return ch >= 0x100 && UnicodeProperties.type(ch) == TITLECASE_LETTER;
    }

    /** The general category: one of the byte constants above (UNASSIGNED for an invalid code point). */
    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        return UnicodeProperties.type(codePoint);
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return codePoint >= 0 && codePoint < 0x100 || getType(codePoint) != UNASSIGNED;
    }

    public static boolean isIdeographic(int codePoint) {
        return codePoint >= 0x100 && UnicodeProperties.isIdeographic(codePoint);
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int ch) {
        if (ch < 0x100) {
            return ch >= 'a' && ch <= 'z'
                    || ch >= 'A' && ch <= 'Z'
                    || ch == 0xaa
                    || ch == 0xb5
                    || ch == 0xba
                    || ch >= 0xc0 && ch != 0xd7 && ch != 0xf7;
        }
        return UnicodeProperties.isLetter(ch);
    }

    /** The value of a decimal digit (category Nd, any script), or -1. */
    private static int decimalValue(int ch) {
        if (ch < 0x100) {
            return ch >= '0' && ch <= '9' ? ch - '0' : -1;
        }
        return UnicodeProperties.decimalDigit(ch);
    }

    public static boolean isDigit(char ch) {
        return decimalValue(ch) >= 0;
    }

    public static boolean isDigit(int ch) {
        return decimalValue(ch) >= 0;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetter(ch) || isDigit(ch);
    }

    public static boolean isLetterOrDigit(int ch) {
        return isLetter(ch) || isDigit(ch);
    }

    public static boolean isAlphabetic(int ch) {
        return ch < 0x100 ? isLetter(ch) : UnicodeProperties.isAlphabetic(ch);
    }

    /** Java whitespace: space separators other than no-break space, and the listed controls. */
    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int ch) {
        return ch == ' '
                || ch >= 0x09 && ch <= 0x0d
                || ch >= 0x1c && ch <= 0x1f
                || ch == 0x1680
                || ch >= 0x2000 && ch <= 0x2006
                || ch >= 0x2008 && ch <= 0x200a
                || ch == 0x2028
                || ch == 0x2029
                || ch == 0x205f
                || ch == 0x3000;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int ch) {
        return ch == ' '
                || ch == 0xa0
                || ch == 0x1680
                || ch >= 0x2000 && ch <= 0x200a
                || ch == 0x2028
                || ch == 0x2029
                || ch == 0x202f
                || ch == 0x205f
                || ch == 0x3000;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int ch) {
        return ch >= 0 && ch <= 0x1f || ch >= 0x7f && ch <= 0x9f;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    /** Letters, letter numbers, currency symbols and connector punctuation (the JDK's documented rule). */
    public static boolean isJavaIdentifierStart(int ch) {
        if (ch < 0x100) {
            return isLetter(ch) || ch == '$' || ch == '_' || ch >= 0xa2 && ch <= 0xa5;
        }
        int t = UnicodeProperties.type(ch);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER
                || t == LETTER_NUMBER
                || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /** The controls U+0000–U+0008, U+000E–U+001B, U+007F–U+009F, and category FORMAT. */
    public static boolean isIdentifierIgnorable(int ch) {
        if (ch < 0x100) {
            return ch >= 0 && ch <= 8 || ch >= 0x0e && ch <= 0x1b || ch >= 0x7f && ch <= 0x9f || ch == 0xad;
        }
        return UnicodeProperties.type(ch) == FORMAT;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int ch) {
        if (ch >= 0x100) {
            int t = UnicodeProperties.type(ch);
            if (t == NON_SPACING_MARK || t == COMBINING_SPACING_MARK) {
                return true;
            }
        }
        return isJavaIdentifierStart(ch) || isDigit(ch) || isIdentifierIgnorable(ch);
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** Simple case mapping (UnicodeData.txt field 12). */
    public static int toUpperCase(int ch) {
        if (ch < 0x80) {
            return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        }
        if (ch < 0x100) {
            if (ch >= 0xe0 && ch <= 0xfe && ch != 0xf7) {
                return ch - 32;
            }
            return ch == 0xb5 ? 0x39c : ch == 0xff ? 0x178 : ch;
        }
        return UnicodeProperties.toUpperCase(ch);
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    /** Simple case mapping (UnicodeData.txt field 13). */
    public static int toLowerCase(int ch) {
        if (ch < 0x80) {
            return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
        }
        if (ch < 0x100) {
            return ch >= 0xc0 && ch <= 0xde && ch != 0xd7 ? ch + 32 : ch;
        }
        return UnicodeProperties.toLowerCase(ch);
    }

    /** The value of {@code ch} as a digit in {@code radix} (decimal digits, ASCII and fullwidth Latin letters), or -1. */
    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int ch, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int d = decimalValue(ch);
        if (d < 0) {
            d = letterValue(ch);
        }
        return d >= 0 && d < radix ? d : -1;
    }

    /** Latin letters (ASCII or fullwidth) as digits 10..35, or -1. */
    private static int letterValue(int ch) {
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'Z') {
            return ch - 'A' + 10;
        }
        if (ch >= 0xff21 && ch <= 0xff3a) {
            return ch - 0xff21 + 10;
        }
        if (ch >= 0xff41 && ch <= 0xff5a) {
            return ch - 0xff41 + 10;
        }
        return -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int ch) {
        if (ch >= 0x100) {
            return UnicodeProperties.numericValue(ch);
        }
        int d = digit(ch, MAX_RADIX);
        if (d >= 0) {
            return d;
        }
        return switch (ch) {
            case 0xb2 -> 2;
            case 0xb3 -> 3;
            case 0xb9 -> 1;
            case 0xbc, 0xbd, 0xbe -> -2;
            default -> -1;
        };
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return (high - MIN_HIGH_SURROGATE << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static char[] toChars(int codePoint) {
        char[] out = new char[charCount(codePoint)];
        toChars(codePoint, out, 0);
        return out;
    }

    public static int toChars(int codePoint, char[] dst, int index) {
        if (isBmpCodePoint(codePoint)) {
            dst[index] = (char) codePoint;
            return 1;
        }
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
        dst[index] = highSurrogate(codePoint);
        dst[index + 1] = lowSurrogate(codePoint);
        return 2;
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c = seq.charAt(index);
        if (isHighSurrogate(c) && index + 1 < seq.length()) {
            char d = seq.charAt(index + 1);
            if (isLowSurrogate(d)) {
                return toCodePoint(c, d);
            }
        }
        return c;
    }

    /** Without a limit the array's own bounds check applies (ArrayIndexOutOfBoundsException, as in the JDK). */
    public static int codePointAt(char[] a, int index) {
        char c = a[index];
        if (isHighSurrogate(c) && index + 1 < a.length && isLowSurrogate(a[index + 1])) {
            return toCodePoint(c, a[index + 1]);
        }
        return c;
    }

    /** The code point at {@code index}, not reading at or past {@code limit}. */
    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c = a[index];
        if (isHighSurrogate(c) && index + 1 < limit && isLowSurrogate(a[index + 1])) {
            return toCodePoint(c, a[index + 1]);
        }
        return c;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c = seq.charAt(index - 1);
        if (isLowSurrogate(c) && index > 1) {
            char h = seq.charAt(index - 2);
            if (isHighSurrogate(h)) {
                return toCodePoint(h, c);
            }
        }
        return c;
    }

    /** Without a start the array's own bounds check applies, as in {@link #codePointAt(char[], int)}. */
    public static int codePointBefore(char[] a, int index) {
        char c = a[index - 1];
        if (isLowSurrogate(c) && index > 1 && isHighSurrogate(a[index - 2])) {
            return toCodePoint(a[index - 2], c);
        }
        return c;
    }

    /** The code point before {@code index}, not reading before {@code start}. */
    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || index > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c = a[index - 1];
        if (isLowSurrogate(c) && index - 1 > start && isHighSurrogate(a[index - 2])) {
            return toCodePoint(a[index - 2], c);
        }
        return c;
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        Preconditions.checkFromToIndexPlain(beginIndex, endIndex, seq.length());
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i + 1 < endIndex; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if ((offset | count) < 0 || count > a.length - offset) {
            throw new IndexOutOfBoundsException(
                    "Range [" + offset + ", " + offset + " + " + count + ") out of bounds for length " + a.length);
        }
        return codePointCount(new String(a, offset, count), 0, count);
    }

    /**
     * The index {@code codePointOffset} code points away from {@code index}; an unpaired surrogate
     * counts as one code point.
     */
    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= length) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        return start + offsetByCodePoints(new String(a, start, count), index - start, codePointOffset);
    }

    public static char reverseBytes(char ch) {
        return (char) ((ch & 0xff00) >> 8 | ch << 8);
    }

    private static final class Cache {
        static final Character[] CACHE = new Character[128];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Character((char) i);
            }
        }
    }
}
