package ukl.translator;

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

    /** A C string literal of ASCII text (for comments and panic messages). */
    static String cString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 32 && c < 127 && c != '?') {
                b.append(c);
            } else {
                b.append(String.format("\\%03o", (int) c & 0xff));
            }
        }
        return b.append('"').toString();
    }

    /** Text safe inside a C block comment. */
    static String comment(String s) {
        return s.replace("*/", "* /").replace("/*", "/ *");
    }
}
