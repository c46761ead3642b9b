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

    /**
     * A ring whose storage starts small and grows (RingBuffer.INITIAL_STORAGE) keeps every byte
     * where a ring of its full capacity would: random writes, writes ahead, commits, peeks and reads
     * against a plain array model of the byte stream.
     */
    @Test
    void growingRingMatchesAModelOfTheStream() {
        java.util.Random random = new java.util.Random(42);
        for (int run = 0; run < 200; run++) {
            int capacity = 1 + random.nextInt(3 * RingBuffer.INITIAL_STORAGE);
            RingBuffer r = new RingBuffer(capacity);
            byte[] model = new byte[capacity]; // model[i]: the byte i places after the head
            int len = 0;
            for (int op = 0; op < 300; op++) {
                int free = capacity - len;
                switch (random.nextInt(4)) {
                    case 0 -> {
                        byte[] b = bytes(random, random.nextInt(capacity + 1));
                        int n = r.write(b, 0, b.length);
                        assertEquals(Math.min(b.length, free), n);
                        System.arraycopy(b, 0, model, len, n);
                        len += n;
                    }
                    case 1 -> {
                        if (free == 0) {
                            continue;
                        }
                        int at = len + random.nextInt(free);
                        byte[] b = bytes(random, random.nextInt(capacity - at + 1));
                        r.writeAt(at, b, 0, b.length);
                        System.arraycopy(b, 0, model, at, b.length);
                        if (at == len) {
                            r.commit(b.length);
                            len += b.length;
                        }
                    }
                    case 2 -> {
                        int n = random.nextInt(len + 1);
                        byte[] out = new byte[n];
                        assertEquals(n, r.read(out, 0, n));
                        assertArrayEquals(java.util.Arrays.copyOf(model, n), out);
                        System.arraycopy(model, n, model, 0, capacity - n);
                        len -= n;
                    }
                    default -> {
                        if (len == 0) {
                            continue;
                        }
                        int at = random.nextInt(len);
                        int n = random.nextInt(len - at + 1);
                        byte[] out = new byte[n];
                        r.copyOut(at, out, 0, n);
                        assertArrayEquals(java.util.Arrays.copyOfRange(model, at, at + n), out);
                    }
                }
                assertEquals(len, r.len());
                assertEquals(capacity - len, r.free());
            }
        }
    }

    private static byte[] bytes(java.util.Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
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
