package java.math;

/** A precision in decimal digits (0: unlimited) and a rounding mode, for BigDecimal operations. */
public final class MathContext {
    public static final MathContext UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
    public static final MathContext DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);

    final int precision;
    final RoundingMode roundingMode;

    public MathContext(int setPrecision) {
        this(setPrecision, RoundingMode.HALF_UP);
    }

    public MathContext(int setPrecision, RoundingMode setRoundingMode) {
        if (setPrecision < 0) {
            throw new IllegalArgumentException("Digits < 0");
        }
        if (setRoundingMode == null) {
            throw new NullPointerException("null RoundingMode");
        }
        precision = setPrecision;
        roundingMode = setRoundingMode;
    }

    /** The form toString writes: {@code precision=34 roundingMode=HALF_EVEN}. */
    public MathContext(String val) {
        if (val == null) {
            throw new NullPointerException("null String");
        }
        int space = val.indexOf(' ');
        if (!val.startsWith("precision=") || space < 0 || !val.startsWith("roundingMode=", space + 1)) {
            throw new IllegalArgumentException("bad string format");
        }
        int p;
        try {
            p = Integer.parseInt(val.substring(10, space));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad string format");
        }
        if (p < 0) {
            throw new IllegalArgumentException("Digits < 0");
        }
        precision = p;
        roundingMode = RoundingMode.valueOf(val.substring(space + 14));
    }

    public int getPrecision() {
        return precision;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public boolean equals(Object x) {
        return x instanceof MathContext mc && mc.precision == precision && mc.roundingMode == roundingMode;
    }

    @Override
    public int hashCode() {
        return roundingMode.hashCode() ^ precision;
    }

    @Override
    public String toString() {
        return "precision=" + precision + " roundingMode=" + roundingMode;
    }
}
