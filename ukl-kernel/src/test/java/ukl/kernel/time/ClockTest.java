package ukl.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ClockTest {
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** Frequencies from an emulated 100 MHz TSC to a 5 GHz one, and exactly 1 GHz. */
    private static final long[] HZ = {
        100_000_000L, 999_999_999L, 1_000_000_000L, 2_399_987_654L, 3_000_000_000L, 5_000_000_001L
    };

    @Test
    void theMultiplierIsTheExactQuotientAndBelow2To62() {
        for (long hz : HZ) {
            int shift = Clock.shift(hz);
            long exact = BILLION.shiftLeft(shift).divide(BigInteger.valueOf(hz)).longValueExact();
            assertEquals(exact, Clock.multiplier(hz, shift), "hz " + hz);
            assertTrue(exact < 1L << 62 && exact >= 1L << 56, "hz " + hz + ": " + exact + " rounds by less than 2^-56");
        }
    }

    @Test
    void ticksBecomeNanosecondsWithinANanosecondOfTheExactQuotient() {
        for (long hz : HZ) {
            int shift = Clock.shift(hz);
            long mult = Clock.multiplier(hz, shift);
            long[] ticks = {0, 1, hz - 1, hz, hz + 1, 123_456_789_012L, hz * 86_400L * 365, (1L << 62) / 1000};
            for (long t : ticks) {
                long exact = BigInteger.valueOf(t)
                        .multiply(BILLION)
                        .divide(BigInteger.valueOf(hz))
                        .longValueExact();
                long got = Clock.nanos(t, mult, shift);
                assertTrue(
                        got <= exact && exact - got <= 1 + exact / 1_000_000_000_000_000L,
                        "hz " + hz + ", " + t + " ticks: " + got + " ns, exactly " + exact);
            }
        }
    }

    @Test
    void timeNeverGoesBackwards() {
        long hz = 2_399_987_654L;
        int shift = Clock.shift(hz);
        long mult = Clock.multiplier(hz, shift);
        long previous = -1;
        for (long t = 0; t < 50_000_000L; t += 997) {
            long ns = Clock.nanos(t, mult, shift);
            assertTrue(ns >= previous, t + " ticks went back to " + ns + " from " + previous);
            previous = ns;
        }
    }
}
