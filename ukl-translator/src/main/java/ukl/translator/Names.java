package ukl.translator;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.objectweb.asm.Type;

/** C spellings: identifiers for Java entities, C types for Java types, and C literals. */
final class Names {
    private Names() {}

    /** A C identifier fragment for any Java name: letters and digits kept, everything else '_'. */
    static String sanitize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        return b.toString();
    }

    /** The kind letter of a value on the JVM stack: i (int-like), j, f, d, a (reference). */
    static char kind(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> 'i';
            case Type.LONG -> 'j';
            case Type.FLOAT -> 'f';
            case Type.DOUBLE -> 'd';
            case Type.VOID -> 'v';
            default -> 'a';
        };
    }

    /** The C type of a stack kind. */
    static String ctype(char kind) {
        return switch (kind) {
            case 'i' -> "int32_t";
            case 'j' -> "int64_t";
            case 'f' -> "float";
            case 'd' -> "double";
            case 'v' -> "void";
            default -> "ukl_obj *";
        };
    }

    /** The C type a field or array element of this Java type is stored as (docs/contracts.md §5 sizes). */
    static String storage(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "uint8_t";
            case Type.BYTE -> "int8_t";
            case Type.CHAR -> "uint16_t";
            case Type.SHORT -> "int16_t";
            default -> ctype(kind(t));
        };
    }

    static int size(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE -> 1;
            case Type.CHAR, Type.SHORT -> 2;
            case Type.INT, Type.FLOAT -> 4;
            default -> 8;
        };
    }

    static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "(-2147483647 - 1)" : Integer.toString(v);
    }

    static String longLiteral(long v) {
        return v == Long.MIN_VALUE ? "(-INT64_C(9223372036854775807) - 1)" : "INT64_C(" + v + ")";
    }

    static String floatLiteral(float v) {
        if (Float.isNaN(v)) {
            int bits = Float.floatToRawIntBits(v);
            return nan("f", bits < 0, (bits & 0x400000) != 0, bits & 0x3fffffL);
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        }
        return "(" + Float.toHexString(v) + "f)";
    }

    static String doubleLiteral(double v) {
        if (Double.isNaN(v)) {
            long bits = Double.doubleToRawLongBits(v);
            return nan("", bits < 0, (bits & 0x8000000000000L) != 0, bits & 0x7ffffffffffffL);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        }
        return "(" + Double.toHexString(v) + ")";
    }

    /** A NaN with exactly these bits as a constant expression (usable in static initialisers). */
    private static String nan(String suffix, boolean negative, boolean quiet, long payload) {
        String nan =
                (quiet ? "__builtin_nan" : "__builtin_nans") + suffix + "(\"0x" + Long.toHexString(payload) + "\")";
        return negative ? "(-" + nan + ")" : nan;
    }

    /** A C string literal of {@code s} (for panic messages), in modified UTF-8 ({@link #modifiedUtf8}). */
    static String cString(String s) {
        return cBytes(modifiedUtf8(s));
    }

    /**
     * {@code s} in modified UTF-8 (JVMS §4.4.7, DataOutput.writeUTF's form without its length), the
     * form the image keeps class, method and file names in: no byte of a text is 0 (U+0000 takes
     * two bytes), so C's NUL ends it. A class file's names fit its 65,535 bytes by construction.
     */
    static byte[] modifiedUtf8(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 2);
        try {
            new DataOutputStream(b).writeUTF(s);
        } catch (IOException e) { // UTFDataFormatException: more than 65,535 bytes
            throw new IllegalArgumentException(
                    "a text of " + s.length() + " characters is longer than modified UTF-8's 65,535 bytes: "
                            + s.substring(0, 80) + "...",
                    e);
        }
        return Arrays.copyOfRange(b.toByteArray(), 2, b.size());
    }

    /** A C string literal of these bytes: printable ASCII as itself, the rest as octal escapes. */
    static String cBytes(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length + 2).append('"');
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c >= 32 && c < 127 && c != '?') {
                b.append((char) c);
            } else {
                b.append('\\')
                        .append((char) ('0' + (c >> 6)))
                        .append((char) ('0' + (c >> 3 & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
        return b.append('"').toString();
    }

    /** Text safe inside a C block comment. */
    static String comment(String s) {
        return s.replace("*/", "* /").replace("/*", "/ *");
    }
}
