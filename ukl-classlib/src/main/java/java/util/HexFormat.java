package java.util;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Bytes and primitives as hexadecimal text and back: each byte as two digits with an optional
 * prefix and suffix, bytes joined by a delimiter. Output, parsing and the exception messages are
 * the JDK's (IllegalArgumentException for malformed text, NumberFormatException for a non-digit).
 */
public final class HexFormat {
    private static final HexFormat LOWER = new HexFormat("", "", "", false);
    private static final HexFormat UPPER = new HexFormat("", "", "", true);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final boolean upperCase;

    private HexFormat(String delimiter, String prefix, String suffix, boolean upperCase) {
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.upperCase = upperCase;
    }

    public static HexFormat of() {
        return LOWER;
    }

    public static HexFormat ofDelimiter(String delimiter) {
        return new HexFormat(delimiter, "", "", false);
    }

    public HexFormat withDelimiter(String delimiter) {
        return new HexFormat(delimiter, prefix, suffix, upperCase);
    }

    public HexFormat withPrefix(String prefix) {
        return new HexFormat(delimiter, prefix, suffix, upperCase);
    }

    public HexFormat withSuffix(String suffix) {
        return new HexFormat(delimiter, prefix, suffix, upperCase);
    }

    public HexFormat withUpperCase() {
        return this == LOWER ? UPPER : new HexFormat(delimiter, prefix, suffix, true);
    }

    public HexFormat withLowerCase() {
        return new HexFormat(delimiter, prefix, suffix, false);
    }

    public String delimiter() {
        return delimiter;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isUpperCase() {
        return upperCase;
    }

    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, bytes.length);
    }

    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        return formatHex(new StringBuilder(), bytes, fromIndex, toIndex).toString();
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        return formatHex(out, bytes, 0, bytes.length);
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes, int fromIndex, int toIndex) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromToIndex(fromIndex, toIndex, bytes.length);
        try {
            for (int i = fromIndex; i < toIndex; i++) {
                if (i > fromIndex) {
                    out.append(delimiter);
                }
                out.append(prefix);
                out.append(toHighHexDigit(bytes[i]));
                out.append(toLowHexDigit(bytes[i]));
                out.append(suffix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, string.length());
    }

    /**
     * Parses values of prefix, two digits and suffix joined by the delimiter. The length must fit
     * that shape exactly; then the literals are checked first and last, then each value and the
     * text after it in turn, so the first error reported is the JDK's.
     */
    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        CharSequence s = fromIndex != 0 || toIndex != string.length() ? string.subSequence(fromIndex, toIndex) : string;
        int length = s.length();
        if (length == 0) {
            return new byte[0];
        }
        if (delimiter.isEmpty() && prefix.isEmpty() && suffix.isEmpty()) {
            if ((length & 1) != 0) {
                throw new IllegalArgumentException("string length not even: " + length);
            }
            byte[] bytes = new byte[length / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pair(s, 2 * i);
            }
            return bytes;
        }
        long valueChars = prefix.length() + 2L + suffix.length();
        long stride = valueChars + delimiter.length();
        if ((length - valueChars) % stride != 0) {
            throw new IllegalArgumentException(
                    "extra or missing delimiters or values consisting of prefix, two hexadecimal digits, and suffix");
        }
        checkLiteral(s, 0, prefix);
        checkLiteral(s, length - suffix.length(), suffix);
        String between = suffix + delimiter + prefix;
        byte[] bytes = new byte[(int) ((length - valueChars) / stride + 1)];
        int offset = prefix.length();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) pair(s, offset);
            if (i < bytes.length - 1) {
                checkLiteral(s, offset + 2, between);
                offset += 2 + between.length();
            }
        }
        return bytes;
    }

    public byte[] parseHex(char[] chars, int fromIndex, int toIndex) {
        Objects.requireNonNull(chars, "chars");
        Objects.checkFromToIndex(fromIndex, toIndex, chars.length);
        return parseHex(new String(chars, fromIndex, toIndex - fromIndex));
    }

    private static void checkLiteral(CharSequence s, int index, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (s.charAt(index + i) != literal.charAt(i)) {
                throw new IllegalArgumentException(escapeNewlines("found: \""
                        + s.subSequence(index, index + literal.length()) + "\", expected: \"" + literal
                        + "\", index: " + index + " ch: " + (int) s.charAt(index + i)));
            }
        }
    }

    private static String escapeNewlines(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    private static int pair(CharSequence s, int index) {
        return fromHexDigit(s.charAt(index)) << 4 | fromHexDigit(s.charAt(index + 1));
    }

    public char toLowHexDigit(int value) {
        int v = value & 0xf;
        return (char) (v < 10 ? '0' + v : (upperCase ? 'A' : 'a') + v - 10);
    }

    public char toHighHexDigit(int value) {
        return toLowHexDigit(value >> 4);
    }

    public <A extends Appendable> A toHexDigits(A out, byte value) {
        try {
            out.append(toHighHexDigit(value));
            out.append(toLowHexDigit(value));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    public String toHexDigits(byte value) {
        return digits(value, 2);
    }

    public String toHexDigits(char value) {
        return digits(value, 4);
    }

    public String toHexDigits(short value) {
        return digits(value, 4);
    }

    public String toHexDigits(int value) {
        return digits(value, 8);
    }

    public String toHexDigits(long value) {
        return digits(value, 16);
    }

    public String toHexDigits(long value, int digits) {
        if (digits < 0 || digits > 16) {
            throw new IllegalArgumentException("number of digits: " + digits);
        }
        return digits(value, digits);
    }

    /** The low {@code n} digits of {@code value}, most significant first. */
    private String digits(long value, int n) {
        char[] out = new char[n];
        long v = value;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = toLowHexDigit((int) v);
            v >>>= 4;
        }
        return new String(out);
    }

    public static boolean isHexDigit(int ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    public static int fromHexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, string.length());
    }

    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        return (int) parseDigits(string, fromIndex, toIndex, 8);
    }

    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(string, 0, string.length());
    }

    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        return parseDigits(string, fromIndex, toIndex, 16);
    }

    private static long parseDigits(CharSequence string, int fromIndex, int toIndex, int limit) {
        Objects.requireNonNull(string, "string");
        Objects.checkFromToIndex(fromIndex, toIndex, string.length());
        int length = toIndex - fromIndex;
        if (length > limit) {
            throw new IllegalArgumentException("string length greater than " + limit + ": " + length);
        }
        long value = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            value = value << 4 | fromHexDigit(string.charAt(i));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexFormat h
                && upperCase == h.upperCase
                && delimiter.equals(h.delimiter)
                && prefix.equals(h.prefix)
                && suffix.equals(h.suffix);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(delimiter, prefix, suffix) + Boolean.hashCode(upperCase);
    }

    @Override
    public String toString() {
        return escapeNewlines("uppercase: " + upperCase + ", delimiter: \"" + delimiter + "\", prefix: \"" + prefix
                + "\", suffix: \"" + suffix + "\"");
    }
}
