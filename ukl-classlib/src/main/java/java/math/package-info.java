/**
 * The image's {@code java.math}: BigInteger over {@link java.math.Magnitude} (32-bit limbs, least
 * significant first; Karatsuba multiplication, Knuth's division, divide-and-conquer radix
 * conversion), BigDecimal as a BigInteger unscaled value and an int scale, MathContext and
 * RoundingMode. Results, {@code toString} forms, hash codes and exception messages follow JDK 25,
 * checked against it by this module's tests on random values up to tens of thousands of bits.
 * {@code java.lang}'s floating-point conversions use BigInteger for their exact arithmetic.
 * Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.math;
