package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuffersTest {
    @Test
    void ringWrapsAround() {
        RingBuffer r = new RingBuffer(8);
        assertEquals(6, r.write(new byte[] {1, 2, 3, 4, 5, 6}, 0, 6));
        byte[] out = new byte[8];
        assertEquals(4, r.read(out, 0, 4));
        assertEquals(6, r.write(new byte[] {7, 8, 9, 10, 11, 12, 13}, 0, 7), "only the free space");
        assertEquals(0, r.free());
        byte[] peek = new byte[3];
        r.copyOut(1, peek, 0, 3);
        assertArrayEquals(new byte[] {6, 7, 8}, peek);
        assertEquals(8, r.read(out, 0, 8));
        assertArrayEquals(new byte[] {5, 6, 7, 8, 9, 10, 11, 12}, out);
    }

    @Test
    void ringWritesAheadAndCommits() {
        RingBuffer r = new RingBuffer(8);
        r.write(new byte[] {1, 2, 3, 4, 5, 6, 7}, 0, 7);
        r.consume(6);
        r.writeAt(3, new byte[] {4, 5}, 0, 2); // wraps
        r.writeAt(1, new byte[] {2, 3}, 0, 2);
        r.commit(4);
        byte[] out = new byte[5];
        assertEquals(5, r.read(out, 0, 5));
        assertArrayEquals(new byte[] {7, 2, 3, 4, 5}, out);
    }

    @Test
    void assemblerMergesAndAdvances() {
        Assembler a = new Assembler();
        assertTrue(a.add(10, 5));
        assertTrue(a.add(20, 5));
        assertTrue(a.add(14, 7), "bridges both: one range 10..25");
        assertEquals(5, a.advance(5), "a gap remains at 5..10");
        assertEquals(20, a.advance(5), "0..5 joins the held 5..20");
        assertTrue(a.isEmpty());
    }

    @Test
    void assemblerRefusesBeyondCapacity() {
        Assembler a = new Assembler();
        for (int i = 0; i < Assembler.MAX_RANGES; i++) {
            assertTrue(a.add(10 * (i + 1), 2));
        }
        assertFalse(a.add(1000, 2));
        assertTrue(a.add(11, 2), "merging needs no new range");
        assertEquals(1, a.advance(1));
    }
}
