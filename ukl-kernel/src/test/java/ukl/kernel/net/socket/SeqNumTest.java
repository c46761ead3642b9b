package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 9293 §3.4: comparisons modulo 2^32, across the wrap from 0xffffffff to 0. */
class SeqNumTest {
    @Test
    void comparesAcrossTheWrap() {
        int before = 0xffff_fff0;
        int after = 0x10;
        assertTrue(SeqNum.lt(before, after));
        assertTrue(SeqNum.le(before, after));
        assertTrue(SeqNum.gt(after, before));
        assertFalse(SeqNum.lt(after, before));
        assertTrue(SeqNum.le(after, after));
        assertFalse(SeqNum.lt(after, after));
        assertEquals(0x20, SeqNum.diff(after, before));
        assertEquals(-0x20, SeqNum.diff(before, after));
    }

    @Test
    void windowMembershipWraps() {
        assertTrue(SeqNum.inWindow(0x5, 0xffff_fffe, 10));
        assertFalse(SeqNum.inWindow(0x8, 0xffff_fffe, 10), "one past the end");
        assertTrue(SeqNum.inWindow(0xffff_fffe, 0xffff_fffe, 10), "the first number");
        assertFalse(SeqNum.inWindow(0xffff_fffd, 0xffff_fffe, 10));
        assertFalse(SeqNum.inWindow(0, 0, 0), "an empty window holds nothing");
    }
}
