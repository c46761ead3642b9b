package corpus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/**
 * BigInteger and BigDecimal as everyday code uses them: factorials and Fibonacci numbers, a toy
 * RSA key from a seeded Random, integer square roots and radix conversion; money with scales and
 * rounding modes, compound interest, and the exceptions an exact division or a narrowing throws.
 */
public final class BigNumbers {
    private BigNumbers() {}

    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 200; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println("200! has " + f.toString().length() + " digits, " + f.bitLength() + " bits, "
                + f.getLowestSetBit() + " trailing zero bits");
        System.out.println("200! mod 1e9+7 = " + f.mod(BigInteger.valueOf(1_000_000_007)));
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < 1000; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        String fib = a.toString();
        System.out.println("fib(1000) = " + fib.substring(0, 20) + "..." + fib.substring(fib.length() - 20));
        System.out.println("hash " + a.hashCode() + " sqrt " + a.sqrt().toString(36));

        Random random = new Random(42);
        BigInteger p = BigInteger.probablePrime(256, random);
        BigInteger q = BigInteger.probablePrime(256, random);
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        BigInteger message = new BigInteger(1, "attack at dawn".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BigInteger cipher = message.modPow(e, n);
        BigInteger plain = cipher.modPow(d, n);
        System.out.println("p = " + p.toString(16));
        System.out.println("n bits " + n.bitLength() + ", gcd(e, phi) = " + e.gcd(phi));
        System.out.println("decrypted: " + new String(plain.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        System.out.println("next prime after 10^30: " + BigInteger.TEN.pow(30).nextProbablePrime());
        System.out.println("-1234567890123456789 >> 7 = " + new BigInteger("-1234567890123456789").shiftRight(7)
                + ", and " + BigInteger.valueOf(-6).and(BigInteger.valueOf(13)) + ", bytes "
                + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()));
        System.out.println("2^100 as double " + BigInteger.TWO.pow(100).doubleValue());

        BigDecimal balance = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.0425");
        for (int year = 1; year <= 5; year++) {
            BigDecimal interest = balance.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest);
            System.out.println("year " + year + ": interest " + interest + ", balance " + balance);
        }
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL64);
        System.out.println("1/3 = " + third + ", *3 = " + third.multiply(new BigDecimal(3)) + ", precision "
                + third.precision() + ", scale " + third.scale());
        System.out.println("1/8 = " + BigDecimal.ONE.divide(new BigDecimal(8)) + ", 10/4 = "
                + BigDecimal.TEN.divide(new BigDecimal("4.0")));
        try {
            System.out.println(BigDecimal.ONE.divide(new BigDecimal(3)));
        } catch (ArithmeticException ex) {
            System.out.println("ArithmeticException: " + ex.getMessage());
        }
        BigDecimal x = new BigDecimal("123.4500");
        System.out.println(x.stripTrailingZeros() + " " + x.scale() + " " + x.unscaledValue() + " "
                + new BigDecimal("1.2E+7").toPlainString() + " " + new BigDecimal("12345E-10") + " "
                + new BigDecimal("12345E+7").toEngineeringString());
        System.out.println(new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " "
                + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal(0.1) + " "
                + BigDecimal.valueOf(0.1));
        for (RoundingMode mode : RoundingMode.values()) {
            try {
                System.out.println(mode + ": " + new BigDecimal("-2.5").setScale(0, mode) + " "
                        + new BigDecimal("1.15").round(new MathContext(2, mode)));
            } catch (ArithmeticException ex) {
                System.out.println(mode + ": " + ex.getMessage());
            }
        }
        try {
            new BigDecimal("1e20").longValueExact();
        } catch (ArithmeticException ex) {
            System.out.println("longValueExact: " + ex.getMessage());
        }
        System.out.println(new BigDecimal("19.99").multiply(new BigDecimal(3)).remainder(BigDecimal.TEN) + " "
                + new BigDecimal("7.5").divideToIntegralValue(new BigDecimal("2")) + " "
                + new BigDecimal("1.1").pow(10) + " " + new BigDecimal("3.14159").doubleValue());
    }
}
