package java.util;

/** Parses a format string and renders each specifier (java.util.Formatter's grammar). */
final class FormatSpec {
    private static final String FLAGS = "-#+ 0,(";

    private int flags;
    private int width = -1;
    private int precision = -1;
    private char conversion;
    private boolean upper;

    private FormatSpec() {}

    static String apply(String format, Object[] args) {
        StringBuilder sb = new StringBuilder(format.length() + 16);
        int ordinary = 0;
        int last = -1;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i++;
            int index = 0;
            int j = i;
            while (j < n && Character.isDigit(format.charAt(j))) {
                j++;
            }
            if (j < n && j > i && format.charAt(j) == '$') {
                index = Integer.parseInt(format.substring(i, j));
                i = j + 1;
            } else if (i < n && format.charAt(i) == '<') {
                index = -1;
                i++;
            }
            FormatSpec spec = new FormatSpec();
            while (i < n && FLAGS.indexOf(format.charAt(i)) >= 0) {
                spec.flags |= 1 << FLAGS.indexOf(format.charAt(i));
                i++;
            }
            j = i;
            while (j < n && Character.isDigit(format.charAt(j))) {
                j++;
            }
            if (j > i) {
                spec.width = Integer.parseInt(format.substring(i, j));
                i = j;
            }
            if (i < n && format.charAt(i) == '.') {
                j = ++i;
                while (j < n && Character.isDigit(format.charAt(j))) {
                    j++;
                }
                if (j == i) {
                    throw new UnknownFormatConversionException(".");
                }
                spec.precision = Integer.parseInt(format.substring(i, j));
                i = j;
            }
            if (i >= n) {
                throw new UnknownFormatConversionException("%");
            }
            spec.conversion = format.charAt(i++);
            spec.upper = Character.isUpperCase(spec.conversion);
            String specifier = format.substring(start, i);
            if (spec.conversion == 'n') {
                sb.append('\n');
                continue;
            }
            if (spec.conversion == '%') {
                sb.append(spec.pad("%"));
                continue;
            }
            Object arg;
            if (index == -1) {
                if (last < 0 || last >= args.length) {
                    throw new MissingFormatArgumentException(specifier);
                }
                arg = args[last];
            } else {
                int k = index > 0 ? index - 1 : ordinary++;
                if (args == null || k >= args.length) {
                    throw new MissingFormatArgumentException(specifier);
                }
                arg = args[k];
                last = k;
            }
            sb.append(spec.render(arg));
        }
        return sb.toString();
    }

    private boolean has(char flag) {
        return (flags & 1 << FLAGS.indexOf(flag)) != 0;
    }

    private String render(Object arg) {
        char c = Character.toLowerCase(conversion);
        String body =
                switch (c) {
                    case 's' -> truncate(String.valueOf(arg));
                    case 'b' -> truncate(arg == null ? "false" : arg instanceof Boolean b ? b.toString() : "true");
                    case 'h' -> truncate(arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                    case 'c' -> arg == null ? "null" : character(arg);
                    case 'd' -> decimal(arg);
                    case 'x', 'o' -> radix(arg, c == 'x' ? 4 : 3);
                    case 'f', 'e' -> floating(arg, c);
                    default -> throw new UnknownFormatConversionException(String.valueOf(conversion));
                };
        return pad(upper ? body.toUpperCase() : body);
    }

    private String truncate(String s) {
        return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
    }

    private String character(Object arg) {
        if (arg instanceof Character ch) {
            return String.valueOf(ch.charValue());
        }
        if (arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
            return Character.toString(((Number) arg).intValue());
        }
        throw new IllegalFormatConversionException(conversion, arg.getClass());
    }

    private static boolean integral(Object arg) {
        return arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte;
    }

    private String decimal(Object arg) {
        if (arg == null) {
            return "null";
        }
        if (!integral(arg)) {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        long v = ((Number) arg).longValue();
        String digits = v < 0 ? Long.toString(v).substring(1) : Long.toString(v);
        if (has(',')) {
            digits = group(digits);
        }
        return signed(v < 0, digits);
    }

    /** Two's complement of the argument's own width, as the JDK prints negative hex and octal. */
    private String radix(Object arg, int shift) {
        if (arg == null) {
            return "null";
        }
        if (!integral(arg)) {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        long v = ((Number) arg).longValue();
        if (arg instanceof Integer) {
            v &= 0xffffffffL;
        } else if (arg instanceof Short) {
            v &= 0xffffL;
        } else if (arg instanceof Byte) {
            v &= 0xffL;
        }
        String digits = shift == 4 ? Long.toHexString(v) : Long.toOctalString(v);
        String prefix = has('#') ? (shift == 4 ? "0x" : "0") : "";
        // The 0 flag pads with zeros between the prefix and the digits: %#010x of 0xbeef is 0x0000beef.
        int zeros = has('0') ? width - prefix.length() - digits.length() : 0;
        return zeros > 0 ? prefix + "0".repeat(zeros) + digits : prefix + digits;
    }

    private String floating(Object arg, char c) {
        if (arg == null) {
            return "null";
        }
        double v;
        if (arg instanceof Double d) {
            v = d;
        } else if (arg instanceof Float f) {
            v = f;
        } else {
            throw new IllegalFormatConversionException(conversion, arg.getClass());
        }
        if (v != v) {
            return "NaN";
        }
        boolean negative = v < 0 || v == 0 && 1 / v < 0;
        if (Double.isInfinite(v)) {
            return signed(negative, "Infinity", false);
        }
        // the shortest decimal of the double (a float argument is widened first, as in the JDK),
        // as digits and the position of the decimal point
        String s = Double.toString(Math.abs(v));
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        StringBuilder digits =
                new StringBuilder(mantissa.substring(0, dot)).append(mantissa, dot + 1, mantissa.length());
        int point = dot + exp;
        while (digits.length() > 1 && digits.charAt(0) == '0') {
            digits.deleteCharAt(0);
            point--;
        }
        int p = precision < 0 ? 6 : precision;
        if (c == 'f') {
            point += roundHalfUp(digits, point + p);
            StringBuilder sb = new StringBuilder();
            String integer = point <= 0 ? "0" : digitsOrZeros(digits, 0, point);
            sb.append(has(',') ? group(integer) : integer);
            if (p > 0 || has('#')) {
                sb.append('.');
            }
            for (int i = 0; i < p; i++) {
                int k = point + i;
                sb.append(k < 0 || k >= digits.length() ? '0' : digits.charAt(k));
            }
            return signed(negative, sb.toString());
        }
        boolean zero = digits.charAt(0) == '0';
        int x = zero ? 0 : point - 1;
        x += roundHalfUp(digits, 1 + p);
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (p > 0 || has('#')) {
            sb.append('.');
        }
        for (int i = 1; i <= p; i++) {
            sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        sb.append(x < 0 ? "e-" : "e+");
        int ax = Math.abs(x);
        if (ax < 10) {
            sb.append('0');
        }
        sb.append(ax);
        return signed(negative, sb.toString());
    }

    /** Keeps {@code keep} digits, rounding half up; returns 1 if a carry added a leading digit. */
    private static int roundHalfUp(StringBuilder digits, int keep) {
        if (keep < 0) {
            digits.setLength(1);
            digits.setCharAt(0, '0');
            return 0;
        }
        if (keep >= digits.length()) {
            return 0;
        }
        boolean up = digits.charAt(keep) >= '5';
        digits.setLength(keep);
        if (!up) {
            if (keep == 0) {
                digits.append('0');
            }
            return 0;
        }
        int i = keep - 1;
        while (i >= 0 && digits.charAt(i) == '9') {
            digits.setCharAt(i, '0');
            i--;
        }
        if (i >= 0) {
            digits.setCharAt(i, (char) (digits.charAt(i) + 1));
            return 0;
        }
        digits.insert(0, '1');
        return 1;
    }

    private static String digitsOrZeros(StringBuilder digits, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        return sb.toString();
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }

    private String signed(boolean negative, String magnitude) {
        return signed(negative, magnitude, true);
    }

    /** Sign or parentheses, then zeros after the sign up to the width ({@code 0} flag; not for infinity). */
    private String signed(boolean negative, String magnitude, boolean zeroPad) {
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append(has('(') ? '(' : '-');
        } else if (has('+')) {
            sb.append('+');
        } else if (has(' ')) {
            sb.append(' ');
        }
        int signLength = sb.length();
        sb.append(magnitude);
        if (negative && has('(')) {
            sb.append(')');
        }
        if (zeroPad && has('0') && width > sb.length()) {
            String zeros = "0".repeat(width - sb.length());
            sb.insert(signLength, zeros);
        }
        return sb.toString();
    }

    private String pad(String s) {
        if (width <= s.length()) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return has('-') ? s + spaces : spaces + s;
    }
}
