package java.math;

import java.util.Random;

/**
 * Probable primes. Candidates for {@code probablePrime(bits, rnd)} are drawn from the caller's
 * Random exactly as the JDK draws them (one nextInt per limb below 95 bits; above, a random
 * even start and a sieve of the odd numbers after it by the odd primes up to 19197), and the
 * Miller-Rabin bases come from the same Random in the same order (FIPS 186-2 appendix 2.1), so a
 * seeded program finds the same prime as on the JVM. Where the JDK adds a Lucas test, this adds
 * Miller-Rabin rounds with the first prime bases, which need no random bits.
 */
final class Primes {
    private static final int SMALL_PRIME_THRESHOLD = 95;
    private static final long SMALL_PRIME_PRODUCT = 3L * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37 * 41;
    private static final int[] FIXED_BASES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    /** The odd primes whose multiples the search sieve strikes out. */
    private static int[] sievePrimes;

    private Primes() {}

    static BigInteger probablePrime(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        return bitLength < SMALL_PRIME_THRESHOLD
                ? smallPrime(bitLength, certainty, rnd)
                : largePrime(bitLength, certainty, rnd);
    }

    static boolean isProbablePrime(BigInteger w, int certainty) {
        if (w.equals(BigInteger.TWO)) {
            return true;
        }
        if (!w.testBit(0) || w.equals(BigInteger.ONE)) {
            return false;
        }
        return primeToCertainty(w, certainty, new Random(w.hashCode()));
    }

    private static boolean composedOfSmallPrimes(BigInteger p) {
        long r = p.remainder(BigInteger.valueOf(SMALL_PRIME_PRODUCT)).longValue();
        for (int i = 1; i < FIXED_BASES.length; i++) {
            if (r % FIXED_BASES[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger smallPrime(int bitLength, int certainty, Random rnd) {
        int limbs = (bitLength + 31) >>> 5;
        int highBit = 1 << (bitLength - 1);
        int highMask = (highBit << 1) - 1;
        while (true) {
            int[] mag = new int[limbs];
            // the JDK fills its big-endian array from the most significant limb
            for (int i = limbs - 1; i >= 0; i--) {
                mag[i] = rnd.nextInt();
            }
            mag[limbs - 1] = mag[limbs - 1] & highMask | highBit;
            if (bitLength > 2) {
                mag[0] |= 1;
            }
            BigInteger p = new BigInteger(1, mag);
            if (bitLength > 6 && composedOfSmallPrimes(p)) {
                continue;
            }
            if (bitLength < 4 || primeToCertainty(p, certainty, rnd)) {
                return p;
            }
        }
    }

    private static BigInteger largePrime(int bitLength, int certainty, Random rnd) {
        int searchLen = bitLength / 20 * 64;
        BigInteger p = new BigInteger(bitLength, rnd).setBit(bitLength - 1).clearBit(0);
        BigInteger candidate = retrieve(p, searchLen, certainty, rnd);
        while (candidate == null || candidate.bitLength() != bitLength) {
            p = p.add(BigInteger.valueOf(2L * searchLen));
            if (p.bitLength() != bitLength) {
                p = new BigInteger(bitLength, rnd).setBit(bitLength - 1);
            }
            p = p.clearBit(0);
            candidate = retrieve(p, searchLen, certainty, rnd);
        }
        return candidate;
    }

    static BigInteger nextProbablePrime(BigInteger n) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) {
            return BigInteger.TWO;
        }
        BigInteger result = n.add(BigInteger.ONE);
        Random rnd = new Random(n.hashCode());
        if (result.bitLength() < SMALL_PRIME_THRESHOLD) {
            if (!result.testBit(0)) {
                result = result.add(BigInteger.ONE);
            }
            while (true) {
                if (result.bitLength() > 6 && composedOfSmallPrimes(result)) {
                    result = result.add(BigInteger.TWO);
                    continue;
                }
                if (result.bitLength() < 4 || primeToCertainty(result, 100, rnd)) {
                    return result;
                }
                result = result.add(BigInteger.TWO);
            }
        }
        if (result.testBit(0)) {
            result = result.subtract(BigInteger.ONE);
        }
        int searchLen = result.bitLength() / 20 * 64;
        while (true) {
            BigInteger candidate = retrieve(result, searchLen, 100, rnd);
            if (candidate != null) {
                return candidate;
            }
            result = result.add(BigInteger.valueOf(2L * searchLen));
        }
    }

    /** The first probable prime among base+1, base+3, ... base+2·length-1 (base even) that the sieve leaves. */
    private static BigInteger retrieve(BigInteger base, int length, int certainty, Random rnd) {
        boolean[] composite = new boolean[length];
        int[] primes = sievePrimes();
        int[] q = new int[base.mag.length];
        for (int prime : primes) {
            int start = prime - Division.divideSmall(base.mag, prime, q);
            if (start % 2 == 0) {
                start += prime;
            }
            for (int i = (start - 1) / 2; i < length; i += prime) {
                composite[i] = true;
            }
        }
        for (int i = 0; i < length; i++) {
            if (!composite[i]) {
                BigInteger candidate = base.add(BigInteger.valueOf(2L * i + 1));
                if (primeToCertainty(candidate, certainty, rnd)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static int[] sievePrimes() {
        if (sievePrimes == null) {
            int limit = 19197;
            boolean[] composite = new boolean[limit + 1];
            int[] found = new int[limit];
            int n = 0;
            for (int i = 3; i <= limit; i += 2) {
                if (!composite[i]) {
                    found[n++] = i;
                    for (int j = i * i; j <= limit; j += 2 * i) {
                        composite[j] = true;
                    }
                }
            }
            int[] primes = new int[n];
            System.arraycopy(found, 0, primes, 0, n);
            sievePrimes = primes;
        }
        return sievePrimes;
    }

    /** Rounds after ANSI X9.80, as the JDK chooses them. */
    private static boolean primeToCertainty(BigInteger w, int certainty, Random rnd) {
        int n = (Math.min(certainty, Integer.MAX_VALUE - 1) + 1) / 2;
        int bits = w.bitLength();
        if (bits < 100) {
            return passesMillerRabin(w, Math.min(n, 50), rnd);
        }
        int rounds = bits < 256 ? 27 : bits < 512 ? 15 : bits < 768 ? 8 : bits < 1024 ? 4 : 2;
        return passesMillerRabin(w, Math.min(n, rounds), rnd) && passesFixedBases(w);
    }

    private static boolean passesMillerRabin(BigInteger w, int rounds, Random rnd) {
        for (int i = 0; i < rounds; i++) {
            BigInteger b;
            do {
                b = new BigInteger(w.bitLength(), rnd);
            } while (b.compareTo(BigInteger.ONE) <= 0 || b.compareTo(w) >= 0);
            if (isWitness(b, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean passesFixedBases(BigInteger w) {
        for (int base : FIXED_BASES) {
            BigInteger b = BigInteger.valueOf(base);
            if (b.compareTo(w) < 0 && isWitness(b, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether b proves the odd w composite: w-1 = 2^a·m, and neither b^m = 1 nor b^(2^j·m) = -1 for some j < a. */
    private static boolean isWitness(BigInteger b, BigInteger w) {
        BigInteger wMinusOne = w.subtract(BigInteger.ONE);
        int a = wMinusOne.getLowestSetBit();
        BigInteger z = b.modPow(wMinusOne.shiftRight(a), w);
        if (z.equals(BigInteger.ONE) || z.equals(wMinusOne)) {
            return false;
        }
        for (int j = 1; j < a; j++) {
            z = z.multiply(z).mod(w);
            if (z.equals(wMinusOne)) {
                return false;
            }
            if (z.equals(BigInteger.ONE)) {
                return true;
            }
        }
        return true;
    }
}
