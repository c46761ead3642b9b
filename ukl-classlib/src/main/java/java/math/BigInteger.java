package java.math;

import java.util.Random;

/**
 * Immutable arbitrary-precision integers: a sign and a {@link Magnitude} (32-bit limbs, least
 * significant first). Bitwise operations behave as on an infinite two's complement
 * representation, as the JDK specifies; {@code hashCode}, messages and {@code toByteArray} are the
 * JDK's, and so is the use of a caller's {@code Random} where the result depends on it.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    public static final BigInteger ZERO = new BigInteger(0, Magnitude.ZERO);
    public static final BigInteger ONE = new BigInteger(1, new int[] {1});
    public static final BigInteger TWO = new BigInteger(1, new int[] {2});
    public static final BigInteger TEN = new BigInteger(1, new int[] {10});

    private static final long MASK = 0xffffffffL;

    /** -1, 0 or 1; 0 exactly when mag is empty. */
    final int signum;
    /** Trimmed magnitude; never modified once the object is built. */
    final int[] mag;

    BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        this(parse(val, radix));
    }

    private BigInteger(BigInteger v) {
        this(v.signum, v.mag);
    }

    /** Two's complement, big-endian, as toByteArray writes it. */
    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        this(fromTwosComplement(checkedRange(val, off, len), off, len));
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        this(signMagnitude(signum, magnitude, off, len));
    }

    /** Uniform in [0, 2^numBits): the same bytes of {@code rnd} as the JDK takes. */
    public BigInteger(int numBits, Random rnd) {
        this(1, randomBits(numBits, rnd));
    }

    public BigInteger(int bitLength, int certainty, Random rnd) {
        this(Primes.probablePrime(bitLength, certainty, rnd));
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val > 0 && val <= 10) {
            return val == 1 ? ONE : val == 2 ? TWO : val == 10 ? TEN : new BigInteger(1, Magnitude.of(val));
        }
        return val < 0 ? new BigInteger(-1, Magnitude.of(-val)) : new BigInteger(1, Magnitude.of(val));
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return Primes.probablePrime(bitLength, 100, rnd);
    }

    private static BigInteger parse(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int len = val.length();
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        for (int i = cursor; i < len; i++) {
            if (Character.digit(val.charAt(i), radix) < 0) {
                throw badGroup(val, cursor, i, radix);
            }
        }
        return new BigInteger(sign, Radix.parse(val, cursor, len, radix));
    }

    /** The JDK parses digit groups with Integer.parseInt: the same group fails the same way. */
    private static NumberFormatException badGroup(String val, int start, int bad, int radix) {
        int digits = Radix.chunkDigits(radix);
        int n = val.length() - start;
        int first = n % digits == 0 ? digits : n % digits;
        int from = bad < start + first ? start : start + first + (bad - start - first) / digits * digits;
        int to = from == start ? start + first : from + digits;
        try {
            Integer.parseInt(val.substring(from, to), radix);
        } catch (NumberFormatException e) {
            return e;
        }
        return new NumberFormatException("Illegal digit");
    }

    private static byte[] checkedRange(byte[] val, int off, int len) {
        if (off < 0 || len < 0 || off > val.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        return val;
    }

    private static BigInteger fromTwosComplement(byte[] val, int off, int len) {
        int[] words = new int[(len + 3) / 4 + 1];
        boolean negative = val[off] < 0;
        for (int i = 0; i < words.length; i++) {
            int w = 0;
            for (int b = 3; b >= 0; b--) {
                int k = off + len - 1 - (4 * i + b);
                int v = k >= off ? val[k] & 0xff : negative ? 0xff : 0;
                w = w << 8 | v;
            }
            words[i] = w;
        }
        return fromWords(words);
    }

    private static BigInteger signMagnitude(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        if (off < 0 || len < 0 || off > magnitude.length - len) {
            throw new IndexOutOfBoundsException();
        }
        int[] words = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            int k = len - 1 - i;
            words[i / 4] |= (magnitude[off + k] & 0xff) << 8 * (i % 4);
        }
        int[] mag = Magnitude.trim(words, words.length);
        if (signum == 0 && mag.length != 0) {
            throw new NumberFormatException("signum-magnitude mismatch");
        }
        return new BigInteger(signum, mag);
    }

    private static int[] randomBits(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        if (numBits == 0) {
            return Magnitude.ZERO;
        }
        byte[] bytes = new byte[(numBits + 7) / 8];
        rnd.nextBytes(bytes);
        int excess = 8 * bytes.length - numBits;
        bytes[0] &= (byte) ((1 << 8 - excess) - 1);
        return signMagnitude(1, bytes, 0, bytes.length).mag;
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (signum == val.signum) {
            return new BigInteger(signum, Magnitude.add(mag, val.mag));
        }
        int c = Magnitude.compare(mag, val.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0
                ? new BigInteger(signum, Magnitude.subtract(mag, val.mag))
                : new BigInteger(val.signum, Magnitude.subtract(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        int[] m = this == val ? Magnitude.square(mag) : Magnitude.multiply(mag, val.mag);
        return new BigInteger(signum * val.signum, m);
    }

    /** Truncating division, as for int and long. */
    public BigInteger divide(BigInteger val) {
        return divideAndRemainder(val)[0];
    }

    public BigInteger remainder(BigInteger val) {
        return divideAndRemainder(val)[1];
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
        int[][] qr = Division.divide(mag, val.mag);
        return new BigInteger[] {new BigInteger(signum * val.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        int sign = signum < 0 && (exponent & 1) == 1 ? -1 : 1;
        return new BigInteger(signum == 0 && exponent > 0 ? 0 : sign, Radix.pow(mag, exponent));
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (exponent.signum < 0) {
            return modInverse(m).modPow(exponent.negate(), m);
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        int[] base = mod(m).mag;
        int[] result = {1};
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            result = Division.divide(Magnitude.square(result), m.mag)[1];
            if (exponent.testBit(i)) {
                result = Division.divide(Magnitude.multiply(result, base), m.mag)[1];
            }
        }
        return new BigInteger(1, result);
    }

    /** The extended Euclidean algorithm over non-negative residues. */
    public BigInteger modInverse(BigInteger m) {
        if (m.signum != 1) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger a = mod(m);
        BigInteger b = m;
        BigInteger x0 = ONE;
        BigInteger x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger x2 = x0.subtract(qr[0].multiply(x1));
            a = b;
            b = qr[1];
            x0 = x1;
            x1 = x2;
        }
        if (!a.equals(ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    public BigInteger gcd(BigInteger val) {
        int[] a = mag;
        int[] b = val.mag;
        while (b.length != 0) {
            int[] r = Division.divide(a, b)[1];
            a = b;
            b = r;
        }
        return new BigInteger(1, a);
    }

    /** floor(sqrt(this)) by Newton's iteration from above (Brent and Zimmermann, MCA 1.5.1). */
    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        if (signum == 0) {
            return ZERO;
        }
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger abs() {
        return signum < 0 ? negate() : this;
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) >= 0 ? this : val;
    }

    // ---- bits: two's complement of infinite width ----

    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return n == Integer.MIN_VALUE ? shiftRight(Integer.MAX_VALUE).shiftRight(1) : shiftRight(-n);
        }
        return new BigInteger(signum, Magnitude.shiftLeft(mag, n));
    }

    /** Floor division by 2^n: a negative value rounds towards negative infinity. */
    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return n == Integer.MIN_VALUE ? shiftLeft(Integer.MAX_VALUE).shiftLeft(1) : shiftLeft(-n);
        }
        int[] m = Magnitude.shiftRight(mag, n);
        if (signum < 0 && Magnitude.lowBitsSet(mag, n)) {
            m = Magnitude.add(m, new int[] {1});
        }
        return new BigInteger(signum, m);
    }

    /** Limb i of the two's complement form; beyond the magnitude, the sign extension. */
    private int word(int i) {
        if (i >= mag.length) {
            return signum < 0 ? -1 : 0;
        }
        if (signum >= 0) {
            return mag[i];
        }
        int firstNonZero = 0;
        while (mag[firstNonZero] == 0) {
            firstNonZero++;
        }
        return i < firstNonZero ? 0 : i == firstNonZero ? -mag[i] : ~mag[i];
    }

    private int[] words(int n) {
        int[] w = new int[n];
        int firstNonZero = signum < 0 ? Magnitude.lowestSetBit(mag) >>> 5 : 0;
        for (int i = 0; i < n; i++) {
            if (i >= mag.length) {
                w[i] = signum < 0 ? -1 : 0;
            } else if (signum >= 0 || i < firstNonZero) {
                w[i] = mag[i];
            } else {
                w[i] = i == firstNonZero ? -mag[i] : ~mag[i];
            }
        }
        return w;
    }

    /** The value of a two's complement limb array (its top limb gives the sign). */
    private static BigInteger fromWords(int[] w) {
        if (w.length == 0 || w[w.length - 1] >= 0) {
            return new BigInteger(1, Magnitude.trim(w, w.length));
        }
        int[] m = new int[w.length];
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long s = (~w[i] & MASK) + carry;
            m[i] = (int) s;
            carry = s >>> 32;
        }
        return new BigInteger(-1, Magnitude.trim(m, m.length));
    }

    private int width(BigInteger val) {
        return Math.max(mag.length, val.mag.length) + 1;
    }

    public BigInteger and(BigInteger val) {
        int n = width(val);
        int[] a = words(n);
        int[] b = val.words(n);
        for (int i = 0; i < n; i++) {
            a[i] &= b[i];
        }
        return fromWords(a);
    }

    public BigInteger or(BigInteger val) {
        int n = width(val);
        int[] a = words(n);
        int[] b = val.words(n);
        for (int i = 0; i < n; i++) {
            a[i] |= b[i];
        }
        return fromWords(a);
    }

    public BigInteger xor(BigInteger val) {
        int n = width(val);
        int[] a = words(n);
        int[] b = val.words(n);
        for (int i = 0; i < n; i++) {
            a[i] ^= b[i];
        }
        return fromWords(a);
    }

    public BigInteger andNot(BigInteger val) {
        int n = width(val);
        int[] a = words(n);
        int[] b = val.words(n);
        for (int i = 0; i < n; i++) {
            a[i] &= ~b[i];
        }
        return fromWords(a);
    }

    public BigInteger not() {
        return negate().subtract(ONE);
    }

    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return (word(n >>> 5) >>> (n & 31) & 1) != 0;
    }

    public BigInteger setBit(int n) {
        return changeBit(n, 1);
    }

    public BigInteger clearBit(int n) {
        return changeBit(n, 0);
    }

    public BigInteger flipBit(int n) {
        return changeBit(n, 2);
    }

    private BigInteger changeBit(int n, int how) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        int[] w = words(Math.max(mag.length, (n >>> 5) + 1) + 1);
        int bit = 1 << (n & 31);
        int i = n >>> 5;
        w[i] = how == 1 ? w[i] | bit : how == 0 ? w[i] & ~bit : w[i] ^ bit;
        return fromWords(w);
    }

    public int getLowestSetBit() {
        return Magnitude.lowestSetBit(mag);
    }

    /** Bits of the shortest two's complement form, without the sign bit. */
    public int bitLength() {
        int n = Magnitude.bitLength(mag);
        if (signum < 0 && Magnitude.lowestSetBit(mag) == n - 1) {
            return n - 1; // -2^k needs one bit less than 2^k
        }
        return n;
    }

    /** Bits that differ from the sign bit. */
    public int bitCount() {
        int c = Magnitude.bitCount(mag);
        return signum < 0 ? c + Magnitude.lowestSetBit(mag) - 1 : c;
    }

    public boolean isProbablePrime(int certainty) {
        return certainty <= 0 || Primes.isProbablePrime(abs(), certainty);
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        return Primes.nextProbablePrime(this);
    }

    // ---- comparison and conversion ----

    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum < val.signum ? -1 : 1;
        }
        int c = Magnitude.compare(mag, val.mag);
        return signum < 0 ? -c : c;
    }

    @Override
    public boolean equals(Object x) {
        return x == this || x instanceof BigInteger b && b.signum == signum && Magnitude.compare(mag, b.mag) == 0;
    }

    /** The JDK's: 31-polynomial over the limbs from the most significant, times the sign. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = (int) (31 * h + (mag[i] & MASK));
        }
        return h * signum;
    }

    @Override
    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        String digits = Radix.toString(mag, radix);
        return signum < 0 ? "-" + digits : digits;
    }

    public byte[] toByteArray() {
        int n = bitLength() / 8 + 1;
        byte[] b = new byte[n];
        int[] w = words(n / 4 + 1);
        for (int i = 0; i < n; i++) {
            b[n - 1 - i] = (byte) (w[i / 4] >>> 8 * (i % 4));
        }
        return b;
    }

    @Override
    public int intValue() {
        return word(0);
    }

    @Override
    public long longValue() {
        return (long) word(1) << 32 | word(0) & MASK;
    }

    @Override
    public float floatValue() {
        if (bitLength() <= 63) {
            return (float) longValue();
        }
        return (float) rounded(24, 127);
    }

    @Override
    public double doubleValue() {
        if (bitLength() <= 63) {
            return (double) longValue();
        }
        return rounded(53, 1023);
    }

    /**
     * The value rounded to {@code precision} significant bits, half to even (IEEE 754 §4.3.1), as
     * a double; infinite above 2^(maxExponent+1). A float's 24 bits are then exact in a double.
     */
    private double rounded(int precision, int maxExponent) {
        int bits = Magnitude.bitLength(mag);
        int shift = bits - precision - 1;
        int[] high = Magnitude.shiftRight(mag, shift);
        long top = high.length == 2 ? (long) high[1] << 32 | high[0] & MASK : high[0] & MASK;
        boolean sticky = Magnitude.lowBitsSet(mag, shift);
        long m = top >>> 1;
        if ((top & 1) != 0 && (sticky || (m & 1) != 0)) {
            m++;
        }
        int exponent = bits - 1;
        if (m == 1L << precision) {
            m >>>= 1;
            exponent++;
        }
        if (exponent > maxExponent) {
            return signum * Double.POSITIVE_INFINITY;
        }
        // m has precision bits; the value is m * 2^(exponent - precision + 1), exact in a double
        double d = Double.longBitsToDouble((long) (exponent + 1023) << 52 | m << 53 - precision & (1L << 52) - 1);
        return signum < 0 ? -d : d;
    }

    public long longValueExact() {
        if (bitLength() > 63) {
            throw new ArithmeticException("BigInteger out of long range");
        }
        return longValue();
    }

    public int intValueExact() {
        if (bitLength() > 31) {
            throw new ArithmeticException("BigInteger out of int range");
        }
        return intValue();
    }

    public short shortValueExact() {
        if (bitLength() > 15) {
            throw new ArithmeticException("BigInteger out of short range");
        }
        return (short) intValue();
    }

    public byte byteValueExact() {
        if (bitLength() > 7) {
            throw new ArithmeticException("BigInteger out of byte range");
        }
        return (byte) intValue();
    }
}
