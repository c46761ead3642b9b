package ukl.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stubs make real system calls on the host. */
class LibcTest {
    @Test
    void writeToClosedDescriptorReturnsMinusEbadf() {
        byte[] b = {1, 2, 3};
        assertEquals(-Libc.EBADF, Libc.write(1_000_000, b, 0, 3));
    }

    @Test
    void clockGettimeMonotonicAdvances() {
        long[] a = new long[2];
        long[] b = new long[2];
        assertEquals(0, Libc.clock_gettime(Libc.CLOCK_MONOTONIC, a));
        assertEquals(0, Libc.clock_gettime(Libc.CLOCK_MONOTONIC, b));
        assertTrue(b[0] * 1_000_000_000L + b[1] >= a[0] * 1_000_000_000L + a[1]);
        assertTrue(a[1] >= 0 && a[1] < 1_000_000_000L);
    }

    @Test
    void clockGettimeRealtimeMatchesJava() {
        long[] ts = new long[2];
        assertEquals(0, Libc.clock_gettime(Libc.CLOCK_REALTIME, ts));
        long millis = ts[0] * 1000 + ts[1] / 1_000_000;
        assertTrue(Math.abs(millis - System.currentTimeMillis()) < 5_000);
    }

    @Test
    void getrandomFillsTheRangeWithBytesThatDiffer() {
        byte[] a = new byte[40];
        byte[] b = new byte[40];
        assertEquals(32, Libc.getrandom(a, 4, 32));
        assertEquals(32, Libc.getrandom(b, 4, 32));
        assertEquals(0, a[0] | a[1] | a[2] | a[3] | a[36] | a[37] | a[38] | a[39], "outside the range");
        assertFalse(java.util.Arrays.equals(a, b), "two draws of 256 bits are the same");
        java.util.Set<Byte> distinct = new java.util.HashSet<>();
        for (int i = 4; i < 36; i++) {
            distinct.add(a[i]);
        }
        assertTrue(distinct.size() > 8, "32 random bytes with only " + distinct.size() + " values");
        assertEquals(-Libc.EFAULT, Libc.getrandom(a, 30, 20));
    }

    @Test
    void badClockIsEinval() {
        assertEquals(-Libc.EINVAL, Libc.clock_gettime(12345, new long[2]));
    }

    @Test
    void readFromBadDescriptorIsEbadf() {
        assertEquals(-Libc.EBADF, Libc.read(1_000_000, new byte[4], 0, 4));
    }
}
