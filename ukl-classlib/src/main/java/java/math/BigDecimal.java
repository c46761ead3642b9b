package java.math;

/**
 * Immutable decimals: an unscaled BigInteger and a 32-bit scale, value = unscaled·10^-scale.
 * Each operation's result scale is the JDK's preferred scale (add: the larger; multiply: the sum;
 * divide: the difference, or the smallest exact scale above it); {@code equals} compares the
 * scale too, {@code compareTo} only the value. Rounding to a MathContext counts digits and
 * divides by a power of ten, again when a carry adds a digit (999.9 to three digits is 1.00E+3).
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    private final BigInteger intVal;
    private final int scale;
    /** Digits of intVal, 0 until computed. */
    private int precision;

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(Decimals.round(unscaledVal, scale, mc));
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    private BigDecimal(BigDecimal v) {
        this(v.intVal, v.scale);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(Decimals.parse(in, offset, len));
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(new BigDecimal(in, offset, len), mc);
    }

    private BigDecimal(Object[] parsed) {
        this((BigInteger) parsed[0], (Integer) parsed[1]);
    }

    private BigDecimal(BigDecimal v, MathContext mc) {
        this(Decimals.round(v.intVal, v.scale, mc));
    }

    /** The exact binary value of the double: m·2^e with m odd, as m·5^-e at scale -e when e < 0. */
    public BigDecimal(double val) {
        this(exact(val));
    }

    public BigDecimal(double val, MathContext mc) {
        this(exact(val), mc);
    }

    private static BigDecimal exact(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(val);
        int exponent = (int) (bits >> 52 & 0x7ff);
        long significand = exponent == 0 ? (bits & (1L << 52) - 1) << 1 : bits & (1L << 52) - 1 | 1L << 52;
        exponent -= 1075;
        if (significand == 0) {
            return ZERO;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger m = BigInteger.valueOf(val < 0 ? -significand : significand);
        if (exponent >= 0) {
            return new BigDecimal(m.shiftLeft(exponent), 0);
        }
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    public static BigDecimal valueOf(long val) {
        return val == 0 ? ZERO : val == 1 ? ONE : new BigDecimal(val);
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return scale == 0 ? valueOf(unscaledVal) : new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    /** Through Double.toString, so 0.1 is 0.1 (not the exact binary value). */
    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ---- arithmetic ----

    private static BigInteger aligned(BigDecimal v, int scale) {
        return v.scale == scale ? v.intVal : v.intVal.multiply(Decimals.tenPow(scale - v.scale));
    }

    public BigDecimal add(BigDecimal augend) {
        int s = Math.max(scale, augend.scale);
        return new BigDecimal(aligned(this, s).add(aligned(augend, s)), s);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        if (mc.precision == 0) {
            return add(augend);
        }
        boolean thisZero = signum() == 0;
        if (thisZero || augend.signum() == 0) {
            int preferred = Math.max(scale, augend.scale);
            if (thisZero && augend.signum() == 0) {
                return new BigDecimal(BigInteger.ZERO, preferred);
            }
            BigDecimal r = (thisZero ? augend : this).round(mc);
            if (r.scale > preferred) {
                return r.stripZerosTo(preferred);
            }
            if (r.scale < preferred) {
                int room = mc.precision - r.precision();
                return r.setScale(r.scale + Math.min(room, preferred - r.scale));
            }
            return r;
        }
        return add(augend).round(mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return add(subtrahend.negate(), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        long s = (long) scale + multiplicand.scale;
        BigInteger product = intVal.multiply(multiplicand.intVal);
        return new BigDecimal(product, Decimals.checkScale(product, s));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        if (mc.precision == 0) {
            return multiply(multiplicand);
        }
        return Decimals.round(intVal.multiply(multiplicand.intVal), (long) scale + multiplicand.scale, mc);
    }

    private static void checkDivisor(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(dividend.signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /** The exact quotient at the preferred scale (this.scale - divisor.scale) or the least exact scale above it. */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(this, divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, Decimals.checkScale(BigInteger.ZERO, preferred));
        }
        // the quotient terminates iff the reduced divisor is 2^a·5^b; then max(a, b) more digits suffice
        BigInteger d = divisor.intVal.abs().divide(intVal.gcd(divisor.intVal));
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (true) {
            BigInteger[] qr = d.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                break;
            }
            d = qr[0];
            fives++;
        }
        int extra = Math.max(twos, fives);
        BigInteger q = intVal.multiply(Decimals.tenPow(extra)).divide(divisor.intVal);
        BigDecimal exact = new BigDecimal(q, Decimals.checkScale(q, preferred + extra)).stripZerosTo(preferred);
        // the JDK divides to this many digits and calls a longer quotient non-terminating too
        long digits = precision() + (long) Math.ceil(10.0 * divisor.precision() / 3.0);
        if (!d.equals(BigInteger.ONE) || exact.stripTrailingZeros().precision() > digits) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        return exact;
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        // q = this / divisor · 10^scale = intVal·10^(scale - this.scale + divisor.scale) / divisor.intVal
        long shift = (long) scale - this.scale + divisor.scale;
        BigInteger n = intVal;
        BigInteger d = divisor.intVal;
        if (shift > 0) {
            n = n.multiply(Decimals.tenPow((int) shift));
        } else {
            d = d.multiply(Decimals.tenPow((int) -shift));
        }
        if (d.signum() == 0) {
            // the JDK checks nothing here: a division of longs or of BigIntegers fails, by its own message
            boolean longs = fitsLong(intVal) && fitsLong(n) && Math.abs(shift) < 19;
            throw new ArithmeticException(longs ? "/ by zero" : "BigInteger divide by zero");
        }
        return new BigDecimal(Decimals.divideAndRound(n, d, roundingMode), scale);
    }

    private static boolean fitsLong(BigInteger v) {
        return v.abs().bitLength() <= 63;
    }

    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, legacy(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, legacy(roundingMode));
    }

    private static RoundingMode legacy(int mode) {
        if (mode < ROUND_UP || mode > ROUND_UNNECESSARY) {
            throw new IllegalArgumentException("Invalid rounding mode");
        }
        return RoundingMode.valueOf(mode);
    }

    /**
     * The quotient to mc's precision. Computed with one more digit than asked plus a sticky
     * remainder, then rounded; an exact quotient loses trailing zeros down to the preferred scale.
     */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0) {
            return divide(divisor);
        }
        checkDivisor(this, divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, Decimals.checkScale(BigInteger.ZERO, preferred));
        }
        // shift so that the integer quotient has at least precision + 1 digits
        long shift = (long) mc.precision + 1 - (precision() - divisor.precision()) + 1;
        shift = Math.max(shift, 0);
        BigInteger n = intVal.multiply(Decimals.tenPow((int) shift));
        BigInteger[] qr = n.divideAndRemainder(divisor.intVal);
        BigInteger q = qr[0];
        long s = preferred + shift;
        if (qr[1].signum() != 0) {
            // a sticky digit below: the quotient is inexact, never a tie
            q = q.multiply(BigInteger.TEN).add(BigInteger.valueOf(n.signum() * divisor.signum()));
            s++;
            return Decimals.round(q, s, mc);
        }
        BigDecimal exact = Decimals.round(q, s, mc);
        boolean lost =
                exact.intVal.multiply(Decimals.tenPow((int) (s - exact.scale))).compareTo(q) != 0;
        return lost ? exact : exact.stripZerosTo(preferred);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(this, divisor);
        long preferred = (long) scale - divisor.scale;
        int s = Decimals.checkScale(BigInteger.ZERO, preferred);
        if (compareMagnitude(divisor) < 0) {
            return new BigDecimal(BigInteger.ZERO, s);
        }
        BigInteger q = divide(divisor, 0, RoundingMode.DOWN).intVal;
        BigDecimal r = new BigDecimal(q, 0);
        return s >= 0 ? r.setScale(s) : r.stripZerosTo(s);
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        BigInteger p = intVal.pow(n);
        return new BigDecimal(p, Decimals.checkScale(p, (long) scale * n));
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return abs().round(mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().round(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(mc);
    }

    public BigDecimal round(MathContext mc) {
        return mc.precision == 0 ? this : Decimals.round(intVal, scale, mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = Decimals.digitLength(intVal);
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(Decimals.tenPow(newScale - scale)), newScale);
        }
        return new BigDecimal(
                Decimals.divideAndRound(intVal, Decimals.tenPow((int) ((long) scale - newScale)), roundingMode),
                newScale);
    }

    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, legacy(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        return moved(Decimals.checkScale(intVal, (long) scale + n));
    }

    public BigDecimal movePointRight(int n) {
        return moved(Decimals.checkScale(intVal, (long) scale - n));
    }

    private BigDecimal moved(int newScale) {
        BigDecimal r = new BigDecimal(intVal, newScale);
        return r.scale < 0 ? r.setScale(0) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, Decimals.checkScale(intVal, (long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) {
            return ZERO;
        }
        return stripZerosTo(Long.MIN_VALUE);
    }

    /** Removes trailing zeros while the scale stays at least {@code preferred}. */
    private BigDecimal stripZerosTo(long preferred) {
        BigInteger v = intVal;
        long s = scale;
        while (s > preferred && v.signum() != 0) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            v = qr[0];
            s--;
        }
        return s == scale ? this : new BigDecimal(v, Decimals.checkScale(v, s));
    }

    // ---- comparison and conversion ----

    private int compareMagnitude(BigDecimal o) {
        return abs().compareTo(o.abs());
    }

    public int compareTo(BigDecimal val) {
        if (signum() != val.signum()) {
            return signum() < val.signum() ? -1 : 1;
        }
        int s = Math.max(scale, val.scale);
        return aligned(this, s).compareTo(aligned(val, s));
    }

    /** Value and scale: 2.0 is not 2.00. */
    @Override
    public boolean equals(Object x) {
        return x == this || x instanceof BigDecimal d && d.scale == scale && d.intVal.equals(intVal);
    }

    @Override
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    @Override
    public String toString() {
        return Decimals.layout(intVal, scale, true);
    }

    public String toEngineeringString() {
        return Decimals.layout(intVal, scale, false);
    }

    public String toPlainString() {
        return Decimals.plain(intVal, scale);
    }

    public BigInteger toBigInteger() {
        return scale <= 0 ? intVal.multiply(Decimals.tenPow(-scale)) : intVal.divide(Decimals.tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    @Override
    public int intValue() {
        return toBigInteger().intValue();
    }

    @Override
    public long longValue() {
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        if (signum() == 0) {
            return 0;
        }
        if ((long) precision() - scale <= 0) {
            throw new ArithmeticException("Rounding necessary");
        }
        // more than 19 integer digits cannot fit, whatever the fraction
        if (precision() - 19 > scale) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger v = toBigIntegerExact();
        if (v.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return v.longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    /** Correctly rounded, through the decimal parser. */
    @Override
    public double doubleValue() {
        return Double.parseDouble(toString());
    }

    @Override
    public float floatValue() {
        return Float.parseFloat(toString());
    }
}
