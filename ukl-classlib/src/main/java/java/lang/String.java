package java.lang;

import java.io.Serializable;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.Objects;

/**
 * An immutable UTF-16 string. The layout is fixed by contracts §4: exactly {@code value} and
 * {@code hash}, because the translator emits string literals as static objects of this shape.
 * Methods that build a fresh array hand it over with the sharing constructor instead of copying.
 */
public final class String implements Serializable, Comparable<String>, CharSequence {
    private static final char[] EMPTY = new char[0];

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveOrder();

    private final char[] value;
    /** 0 until computed (like the JDK, a string whose hash is 0 recomputes it each time). */
    private int hash;

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        Preconditions.checkFromIndexSize(offset, count, value.length);
        this.value = count == 0 ? EMPTY : copy(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        Preconditions.checkFromIndexSize(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            n += Character.charCount(codePoints[i]);
        }
        char[] v = new char[n];
        n = 0;
        for (int i = offset; i < offset + count; i++) {
            n += Character.toChars(codePoints[i], v, n);
        }
        this.value = v;
    }

    /** Decodes UTF-8, the only charset of images; malformed input becomes U+FFFD. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        Preconditions.checkFromIndexSize(offset, length, bytes.length);
        this.value = Utf8.decode(bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        Objects.requireNonNull(charset);
        Preconditions.checkFromIndexSize(offset, length, bytes.length);
        this.value = decode(charset, bytes, offset, length);
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        this(bytes, offset, length, lookup(charsetName));
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, lookup(charsetName));
    }

    /** Malformed and unmappable input is replaced (U+FFFD for the Unicode charsets), as the JDK does. */
    private static char[] decode(Charset cs, byte[] bytes, int offset, int length) {
        if (cs.name().equals("UTF-8")) {
            return Utf8.decode(bytes, offset, length);
        }
        CharBuffer cb = cs.decode(ByteBuffer.wrap(bytes, offset, length));
        char[] v = new char[cb.remaining()];
        cb.get(v);
        return v;
    }

    /** The JDK maps an unknown or illegal name to UnsupportedEncodingException here. */
    private static Charset lookup(String charsetName) throws UnsupportedEncodingException {
        Objects.requireNonNull(charsetName);
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.value(), 0, builder.length());
    }

    /** Takes {@code value} without copying: callers hand over an array nobody else holds. */
    String(char[] value, boolean shared) {
        this.value = value;
    }

    private static char[] copy(char[] src, int offset, int count) {
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    @Override
    public int length() {
        return value.length;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(Preconditions.indexMessage(index, value.length));
        }
        return value[index];
    }

    public int codePointAt(int index) {
        char c = charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < value.length && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c, value[index + 1]);
        }
        return c;
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > value.length) {
            throw new StringIndexOutOfBoundsException(Preconditions.indexMessage(index, value.length));
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public int codePointCount(int begin, int end) {
        Preconditions.checkFromToIndex(begin, end, value.length);
        int n = end - begin;
        for (int i = begin; i + 1 < end; i++) {
            if (Character.isHighSurrogate(value[i]) && Character.isLowSurrogate(value[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        Preconditions.checkFromToIndex(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public char[] toCharArray() {
        return copy(value, 0, value.length);
    }

    /** UTF-8; an unpaired surrogate becomes {@code '?'} as in the JDK's encoder. */
    public byte[] getBytes() {
        return Utf8.encode(value, 0, value.length);
    }

    /** Unpaired surrogates and unmappable chars become the encoder's replacement ({@code '?'} mostly). */
    public byte[] getBytes(Charset charset) {
        if (charset.name().equals("UTF-8")) {
            return Utf8.encode(value, 0, value.length);
        }
        ByteBuffer bb = charset.encode(CharBuffer.wrap(value));
        byte[] bytes = new byte[bb.remaining()];
        bb.get(bytes);
        return bytes;
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        return getBytes(lookup(charsetName));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof String s) || s.value.length != value.length) {
            return false;
        }
        char[] a = value;
        char[] b = s.value;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String other) {
        return other != null && other.value.length == value.length && regionMatches(true, 0, other, 0, value.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) {
                h = 31 * h + c;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    /** The JDK compares {@code toLowerCase(toUpperCase(c))} char by char. */
    public int compareToIgnoreCase(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char x = a[i];
            char y = b[i];
            if (x != y) {
                x = Character.toLowerCase(Character.toUpperCase(x));
                y = Character.toLowerCase(Character.toUpperCase(y));
                if (x != y) {
                    return x - y;
                }
            }
        }
        return a.length - b.length;
    }

    /** Case-sensitive, so that startsWith and endsWith do not take the Unicode case tables along. */
    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if (!regionInBounds(toffset, other, ooffset, len)) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (value[toffset + i] != other.value[ooffset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether both regions lie inside their strings (a region that does not matches nothing). */
    private boolean regionInBounds(int toffset, String other, int ooffset, int len) {
        return ooffset >= 0
                && toffset >= 0
                && toffset <= (long) value.length - len
                && ooffset <= (long) other.value.length - len;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        if (!regionInBounds(toffset, other, ooffset, len)) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char x = value[toffset + i];
            char y = other.value[ooffset + i];
            if (x == y) {
                continue;
            }
            char ux = Character.toUpperCase(x);
            char uy = Character.toUpperCase(y);
            if (ux != uy && Character.toLowerCase(ux) != Character.toLowerCase(uy)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix, int offset) {
        return regionMatches(offset, prefix, 0, prefix.value.length);
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int from = Math.max(fromIndex, 0);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = from; i < v.length; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = from; i + 1 < v.length; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** Naive search of {@code target} in {@code source[0, count)}, shared with StringBuilder. */
    static int indexOf(char[] source, int count, char[] target, int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (from >= count) {
            return target.length == 0 ? count : -1;
        }
        if (target.length == 0) {
            return from;
        }
        char first = target[0];
        int max = count - target.length;
        for (int i = from; i <= max; i++) {
            if (source[i] != first) {
                continue;
            }
            int j = 1;
            while (j < target.length && source[i + j] == target[j]) {
                j++;
            }
            if (j == target.length) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(char[] source, int count, char[] target, int fromIndex) {
        int start = Math.min(fromIndex, count - target.length);
        for (int i = start; i >= 0; i--) {
            int j = 0;
            while (j < target.length && source[i + j] == target[j]) {
                j++;
            }
            if (j == target.length) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > length) {
            throw new StringIndexOutOfBoundsException(Preconditions.rangeMessage(beginIndex, endIndex, length));
        }
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(copy(value, beginIndex, endIndex - beginIndex), true);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        int i = indexOf(oldChar);
        if (oldChar == newChar || i < 0) {
            return this;
        }
        char[] v = toCharArray();
        for (; i < v.length; i++) {
            if (v[i] == oldChar) {
                v[i] = newChar;
            }
        }
        return new String(v, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        String r = replacement.toString();
        StringBuilder sb = new StringBuilder(value.length + 16);
        if (t.length == 0) {
            for (char c : value) {
                sb.append(r).append(c);
            }
            return sb.append(r).toString();
        }
        int i = indexOf(value, value.length, t, 0);
        if (i < 0) {
            return this;
        }
        int from = 0;
        while (i >= 0) {
            sb.append(value, from, i - from).append(r);
            from = i + t.length;
            i = indexOf(value, value.length, t, from);
        }
        return sb.append(value, from, value.length - from).toString();
    }

    /**
     * Character's simple case mapping (the ranges Character documents) plus the JDK's full
     * mapping of {@code ß} to {@code SS}; the other special casings (final sigma, dotted I) are
     * not applied.
     */
    /**
     * The class library has no locale data (see {@link java.util.Locale}): every locale maps case
     * as the root locale does, which differs from the JDK only for Turkish, Azeri and Lithuanian.
     */
    public String toUpperCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toUpperCase();
    }

    /** As {@link #toUpperCase(java.util.Locale)}: root-locale rules for every locale. */
    public String toLowerCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toLowerCase();
    }

    public String toUpperCase() {
        int sharpS = 0;
        boolean changed = false;
        for (char c : value) {
            if (c == '\u00df') {
                sharpS++;
            } else if (Character.toUpperCase(c) != c) {
                changed = true;
            }
        }
        if (!changed && sharpS == 0) {
            return this;
        }
        char[] v = new char[value.length + sharpS];
        int j = 0;
        for (char c : value) {
            if (c == '\u00df') {
                v[j++] = 'S';
                v[j++] = 'S';
            } else {
                v[j++] = Character.toUpperCase(c);
            }
        }
        return new String(v, true);
    }

    public String toLowerCase() {
        int i = 0;
        while (i < value.length && Character.toLowerCase(value[i]) == value[i]) {
            i++;
        }
        if (i == value.length) {
            return this;
        }
        char[] v = toCharArray();
        for (; i < v.length; i++) {
            v[i] = Character.toLowerCase(v[i]);
        }
        return new String(v, true);
    }

    /** Removes code units {@code <= ' '} at both ends. */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** Removes {@link Character#isWhitespace} at both ends. */
    public String strip() {
        int end = stripEnd();
        return substring(Math.min(stripBegin(), end), end);
    }

    public String stripLeading() {
        return substring(stripBegin());
    }

    public String stripTrailing() {
        return substring(0, stripEnd());
    }

    /** Lines ended by "\n", "\r" or "\r\n"; a last line without terminator counts, an empty tail does not. */
    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int start = 0;
        int n = value.length;
        while (start < n) {
            int end = start;
            while (end < n && value[end] != '\n' && value[end] != '\r') {
                end++;
            }
            lines.add(substring(start, end));
            start = end < n && value[end] == '\r' && end + 1 < n && value[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return lines.stream();
    }

    private int stripBegin() {
        int i = 0;
        while (i < value.length && Character.isWhitespace(value[i])) {
            i++;
        }
        return i;
    }

    private int stripEnd() {
        int i = value.length;
        while (i > 0 && Character.isWhitespace(value[i - 1])) {
            i--;
        }
        return i;
    }

    public boolean isBlank() {
        return stripBegin() == value.length;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        long total = (long) value.length * count;
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, v, i * value.length, value.length);
        }
        return new String(v, true);
    }

    /**
     * Splits around a regular expression; literal text and one escaped metacharacter (such as
     * {@code "\\."}) take a fast path without the regex engine, as the JDK's one-char path does.
     * Trailing empty strings are removed when {@code limit == 0}, as in the JDK.
     */
    public String[] split(String regex, int limit) {
        String literal = Split.literal(regex);
        return literal != null
                ? Split.split(this, literal, limit)
                : java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    public String[] splitWithDelimiters(String regex, int limit) {
        return java.util.regex.Pattern.compile(regex).splitWithDelimiters(this, limit);
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /** Null elements join as "null"; a null delimiter or array is refused even when unused, as in the JDK. */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence e : elements) {
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(e);
            first = false;
        }
        return sb.toString();
    }

    /** Formats with the root locale's symbols whatever {@code l} is (see {@link java.util.Formatter}). */
    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    @Override
    public String toString() {
        return this;
    }

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The backing array, for StringBuilder's appends; never written to. */
    char[] value() {
        return value;
    }

    private static final class CaseInsensitiveOrder implements Comparator<String>, Serializable {
        @Override
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    }
}
