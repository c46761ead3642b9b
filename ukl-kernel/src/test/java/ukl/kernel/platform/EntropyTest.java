package ukl.kernel.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ukl.kernel.abi.Errno;
import ukl.kernel.sys.Sys;

/** The guest's entropy fallback, which runs without natives: SipHash-2-4 and its use. */
class EntropyTest {
    /** Key 00..0f, message 00..0e: the test vector of the SipHash paper (Appendix A). */
    @Test
    void sipHashMatchesThePapersVector() {
        long k0 = 0x0706050403020100L;
        long k1 = 0x0f0e0d0c0b0a0908L;
        long m0 = 0x0706050403020100L;
        long last = (15L << 56) | 0x000e0d0c0b0a0908L;
        assertEquals(0xa129ca6149be45e5L, Entropy.sipHash24(k0, k1, new long[] {m0}, last));
    }

    /** Successive TSC readings and counters (what the fallback hashes) give words that all differ. */
    @Test
    void neighbouringInputsGiveUnrelatedWords() {
        Set<Long> words = new HashSet<>();
        long tsc = 1_000_000_000L;
        for (int i = 0; i < 10_000; i++) {
            words.add(Entropy.sip(0x1234, 0x5678, tsc + i / 3, i));
        }
        assertEquals(10_000, words.size());
        assertNotEquals(Entropy.sip(1, 2, 3, 4), Entropy.sip(1, 3, 3, 4), "the key changes the output");
    }

    @Test
    void getrandomRefusesARangeOutsideTheBuffer() {
        byte[] b = new byte[8];
        assertEquals(-Errno.EFAULT, Sys.getrandom(b, 4, 8));
        assertEquals(-Errno.EFAULT, Sys.getrandom(b, -1, 2));
        assertEquals(-Errno.EFAULT, Sys.getrandom(null, 0, 1));
    }
}
