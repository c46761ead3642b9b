package java.math;

/**
 * BigDecimal's machinery: digit counts, powers of ten, rounding a quotient by a mode, parsing the
 * JDK's string grammar, and laying out the three string forms (BigDecimal's class comment in
 * the JDK specifies them; messages are the JDK's).
 */
final class Decimals {
    private static final BigInteger[] TEN_POWERS = new BigInteger[64];
    private static final double LOG10_2 = 0.30102999566398119521;

    private Decimals() {}

    static BigInteger tenPow(int n) {
        if (n < TEN_POWERS.length) {
            BigInteger p = TEN_POWERS[n];
            if (p == null) {
                p = BigInteger.TEN.pow(n);
                TEN_POWERS[n] = p;
            }
            return p;
        }
        return BigInteger.TEN.pow(n);
    }

    /** Decimal digits of |v|; 1 for zero. */
    static int digitLength(BigInteger v) {
        int bits = v.abs().bitLength();
        if (bits < 63) {
            long x = Math.abs(v.longValue());
            int n = 1;
            while (x >= 10) {
                x /= 10;
                n++;
            }
            return n;
        }
        // 2^(bits-1) <= |v| < 2^bits: one of two digit counts
        int r = (int) ((bits - 1) * LOG10_2) + 1;
        return v.abs().compareTo(tenPow(r)) >= 0 ? r + 1 : r;
    }

    /** n / d rounded to an integer by mode (the sign of the quotient is that of n·d). */
    static BigInteger divideAndRound(BigInteger n, BigInteger d, RoundingMode mode) {
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() == 0) {
            return q;
        }
        int sign = n.signum() * d.signum();
        boolean up =
                switch (mode) {
                    case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
                    case UP -> true;
                    case DOWN -> false;
                    case CEILING -> sign > 0;
                    case FLOOR -> sign < 0;
                    default -> {
                        int half = qr[1].abs().shiftLeft(1).compareTo(d.abs());
                        yield half > 0
                                || half == 0
                                        && (mode == RoundingMode.HALF_UP
                                                || mode == RoundingMode.HALF_EVEN && q.testBit(0));
                    }
                };
        return up ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /** v·10^-scale rounded to mc's precision, as BigDecimal's doRound: again after a carry adds a digit. */
    static BigDecimal round(BigInteger v, long scale, MathContext mc) {
        int precision = mc.precision;
        if (precision > 0) {
            int drop = digitLength(v) - precision;
            while (drop > 0) {
                scale -= drop;
                v = divideAndRound(v, tenPow(drop), mc.roundingMode);
                drop = digitLength(v) - precision;
            }
        }
        return new BigDecimal(v, checkScale(v, scale));
    }

    /** A scale that fits an int, or the JDK's Underflow/Overflow error (zero saturates). */
    static int checkScale(BigInteger v, long scale) {
        if ((int) scale != scale) {
            if (v.signum() == 0) {
                return scale > Integer.MAX_VALUE ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            throw new ArithmeticException(scale > 0 ? "Underflow" : "Overflow");
        }
        return (int) scale;
    }

    /** {unscaled, scale} of the JDK's decimal grammar: sign, digits with one optional point, exponent. */
    static Object[] parse(char[] in, int offset, int len) {
        if ((in.length | len | offset) < 0 || len > in.length - offset) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        if (len == 0) {
            throw new NumberFormatException();
        }
        boolean negative = in[offset] == '-';
        if (negative || in[offset] == '+') {
            offset++;
            len--;
        }
        boolean compact = len <= 18;
        StringBuilder digits = new StringBuilder();
        boolean dot = false;
        long scale = 0;
        int end = offset + len;
        int i = offset;
        for (; i < end; i++) {
            char c = in[i];
            int digit = Character.digit(c, 10);
            if (Character.isDigit(c) && digit >= 0) {
                digits.append((char) ('0' + digit));
                if (dot) {
                    scale++;
                }
            } else if (c == '.') {
                if (dot) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                dot = true;
            } else if (c == 'e' || c == 'E') {
                scale -= parseExponent(in, i, end - i);
                break;
            } else if (compact) {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            } else {
                throw new NumberFormatException("Character array is missing \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) {
            throw new NumberFormatException("No digits found.");
        }
        if ((int) scale != scale) {
            throw new NumberFormatException("Exponent overflow.");
        }
        BigInteger v = new BigInteger(digits.toString());
        return new Object[] {negative ? v.negate() : v, (int) scale};
    }

    private static long parseExponent(char[] in, int offset, int len) {
        offset++;
        len--;
        if (len <= 0) {
            throw new NumberFormatException();
        }
        char c = in[offset];
        boolean negative = c == '-';
        if (negative || c == '+') {
            offset++;
            len--;
            if (len <= 0) {
                throw new NumberFormatException();
            }
            c = in[offset];
        }
        while (len > 10 && Character.digit(c, 10) == 0) {
            offset++;
            len--;
            c = in[offset];
        }
        if (len > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long exp = 0;
        for (int i = 0; i < len; i++) {
            int v = Character.digit(in[offset + i], 10);
            if (v < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            exp = exp * 10 + v;
        }
        return negative ? -exp : exp;
    }

    /**
     * toString (sci), toEngineeringString (!sci): plain when the scale is 0, or positive with an
     * adjusted exponent of at least -6; otherwise one digit (three-aligned for engineering) before
     * the point and an exponent.
     */
    static String layout(BigInteger unscaled, int scale, boolean sci) {
        String coeff = unscaled.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (unscaled.signum() < 0) {
            buf.append('-');
        }
        if (scale == 0) {
            return buf.append(coeff).toString();
        }
        int len = coeff.length();
        long adjusted = -(long) scale + (len - 1);
        if (scale > 0 && adjusted >= -6) {
            int pad = scale - len;
            if (pad >= 0) {
                buf.append("0.");
                for (; pad > 0; pad--) {
                    buf.append('0');
                }
                buf.append(coeff);
            } else {
                buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, len);
            }
            return buf.toString();
        }
        if (sci) {
            buf.append(coeff.charAt(0));
            if (len > 1) {
                buf.append('.').append(coeff, 1, len);
            }
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) {
                sig += 3;
            }
            adjusted -= sig;
            sig++;
            if (unscaled.signum() == 0) {
                switch (sig) {
                    case 1 -> buf.append('0');
                    case 2 -> {
                        buf.append("0.00");
                        adjusted += 3;
                    }
                    default -> {
                        buf.append("0.0");
                        adjusted += 3;
                    }
                }
            } else if (sig >= len) {
                buf.append(coeff);
                for (int i = sig - len; i > 0; i--) {
                    buf.append('0');
                }
            } else {
                buf.append(coeff, 0, sig).append('.').append(coeff, sig, len);
            }
        }
        if (adjusted != 0) {
            buf.append('E');
            if (adjusted > 0) {
                buf.append('+');
            }
            buf.append(adjusted);
        }
        return buf.toString();
    }

    static String plain(BigInteger unscaled, int scale) {
        if (scale == 0) {
            return unscaled.toString();
        }
        if (scale < 0) {
            if (unscaled.signum() == 0) {
                return "0";
            }
            StringBuilder buf = new StringBuilder(unscaled.toString());
            for (int i = scale; i < 0; i++) {
                buf.append('0');
            }
            return buf.toString();
        }
        String coeff = unscaled.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (unscaled.signum() < 0) {
            buf.append('-');
        }
        int point = coeff.length() - scale;
        if (point <= 0) {
            buf.append("0.");
            for (int i = point; i < 0; i++) {
                buf.append('0');
            }
            buf.append(coeff);
        } else {
            buf.append(coeff, 0, point).append('.').append(coeff, point, coeff.length());
        }
        return buf.toString();
    }
}
