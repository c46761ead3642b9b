package java.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number as DecimalFormat lays it out: decimal digits d1 d2 ... dn (no leading or trailing
 * zeros; none for zero) and the position of the point, value = 0.d1d2...dn × 10^decimalAt.
 * Rounding follows the JDK's DigitList: a double keeps the digits of Double.toString, and only
 * when they end exactly at a tie (…5) does the exact binary value decide, so 0.15 to one place
 * is 0.1 (its double is 0.1499…) and 0.125 to two is 0.12 (half even).
 */
final class Digits {
    /** Decimal digits that 2^k bits of an integer do not determine, for k = 0.. (FloatingDecimal's table). */
    private static final int[] INSIGNIFICANT_DIGITS = {0, 0, 0, 0, 1, 1, 1, 2, 2};

    char[] digits = new char[24];
    int count;
    int decimalAt;
    private boolean negative;
    /** For a double: whether the digits equal its value, or were rounded up from it. */
    private boolean exact = true;

    private boolean roundedUp;

    boolean isZero() {
        return count == 0;
    }

    /** Digits of a plain decimal string (digits and one optional point, no sign). */
    private void setDigits(String s) {
        if (digits.length < s.length()) {
            digits = new char[s.length()];
        }
        count = 0;
        decimalAt = -1;
        int leadingZerosAfterPoint = 0;
        boolean nonZero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimalAt = count;
            } else {
                if (!nonZero) {
                    nonZero = c != '0';
                    if (!nonZero && decimalAt != -1) {
                        leadingZerosAfterPoint++;
                    }
                }
                if (nonZero) {
                    digits[count++] = c;
                }
            }
        }
        if (decimalAt == -1) {
            decimalAt = count;
        }
        if (nonZero) {
            decimalAt -= leadingZerosAfterPoint;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }

    /** A positive double (the sign apart), its shortest decimal, fixed-point or to significant digits. */
    void set(boolean isNegative, double v, int maximumDigits, boolean fixedPoint, RoundingMode mode) {
        negative = isNegative;
        if (v >= 1 && v < 0x1p63 && v == Math.rint(v)) {
            setIntegral((long) v, Math.getExponent(v));
            roundAt(maximumDigits, fixedPoint, mode, true);
            return;
        }
        BigDecimal shortest = new BigDecimal(Double.toString(v));
        setDigits(shortest.toPlainString());
        BigDecimal value = new BigDecimal(v);
        int c = shortest.compareTo(value);
        exact = c == 0;
        roundedUp = c > 0;
        roundAt(maximumDigits, fixedPoint, mode, true);
    }

    /**
     * The JDK's digits of an integral double below 2^63 are not the shortest: the integer, with
     * the digits below its 53 significant bits rounded half up into zeros (FloatingDecimal's
     * long path), and marked neither exact nor rounded up (so a final 5 rounds up).
     */
    private void setIntegral(long v, int binaryExponent) {
        int insignificant = binaryExponent > 53 ? INSIGNIFICANT_DIGITS[binaryExponent - 54] : 0;
        if (insignificant > 0) {
            long pow10 = 1;
            for (int i = 0; i < insignificant; i++) {
                pow10 *= 10;
            }
            long residue = v % pow10;
            v = v / pow10 * pow10;
            if (residue >= pow10 >> 1) {
                v += pow10;
            }
        }
        setDigits(Long.toString(v));
        exact = false;
        roundedUp = false;
    }

    /**
     * An exact non-negative decimal (BigDecimal's or an integer's plain digits). An integer rounds
     * only to a positive number of significant digits (the JDK's DigitList.set of a long), a
     * decimal to none as well.
     */
    void set(
            boolean isNegative,
            String plain,
            int maximumDigits,
            boolean fixedPoint,
            RoundingMode mode,
            boolean integer) {
        negative = isNegative;
        setDigits(plain);
        exact = true;
        roundedUp = false;
        roundAt(maximumDigits, fixedPoint, mode, !integer);
    }

    private void roundAt(int maximumDigits, boolean fixedPoint, RoundingMode mode, boolean roundToNone) {
        if (count == 0) {
            return;
        }
        if (fixedPoint) {
            // the JDK's DigitList: a value entirely below the last kept place is zero, whatever the mode
            if (-decimalAt > maximumDigits) {
                count = 0;
                return;
            }
            if (-decimalAt == maximumDigits) {
                if (shouldRoundUp(0, mode)) {
                    count = 1;
                    decimalAt++;
                    digits[0] = '1';
                } else {
                    count = 0;
                }
                return;
            }
            round(maximumDigits + decimalAt, mode);
        } else if (maximumDigits > 0 || roundToNone) {
            round(maximumDigits, mode);
        }
    }

    private void round(int maximumDigits, RoundingMode mode) {
        if (maximumDigits < 0 || maximumDigits >= count) {
            return;
        }
        if (shouldRoundUp(maximumDigits, mode)) {
            while (true) {
                maximumDigits--;
                if (maximumDigits < 0) {
                    digits[0] = '1';
                    decimalAt++;
                    maximumDigits = 0;
                    break;
                }
                digits[maximumDigits]++;
                if (digits[maximumDigits] <= '9') {
                    break;
                }
            }
            maximumDigits++;
        }
        count = maximumDigits;
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }

    private boolean nonZeroAfter(int i) {
        for (; i < count; i++) {
            if (digits[i] != '0') {
                return true;
            }
        }
        return false;
    }

    private boolean shouldRoundUp(int maximumDigits, RoundingMode mode) {
        if (maximumDigits >= count) {
            return false;
        }
        switch (mode) {
            case UP:
                return nonZeroAfter(maximumDigits);
            case CEILING:
                return nonZeroAfter(maximumDigits) && !negative;
            case FLOOR:
                return nonZeroAfter(maximumDigits) && negative;
            case UNNECESSARY:
                if (nonZeroAfter(maximumDigits)) {
                    throw new ArithmeticException(
                            "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
                }
                return false;
            case DOWN:
                return false;
            default:
                char d = digits[maximumDigits];
                if (d != '5') {
                    return d > '5';
                }
                if (maximumDigits != count - 1) {
                    return true;
                }
                if (!exact) {
                    return !roundedUp;
                }
                return mode == RoundingMode.HALF_UP
                        || mode == RoundingMode.HALF_EVEN
                                && maximumDigits > 0
                                && (digits[maximumDigits - 1] - '0') % 2 != 0;
        }
    }
}
