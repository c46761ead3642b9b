package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The TIME-WAIT records' lookup by connection through evictions, expiry and removals. */
class TimeWaitsTest {
    private static final int PEER = 0x0a000002;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void findsTheLiveRecordsAndForgetsTheEvictedOnes() {
        TimeWaits records = new TimeWaits(4, 0x5eed);
        long now = 100 * SECOND;
        for (int i = 0; i < 50; i++) {
            boolean roomy = records.add(80, PEER, 40000 + i, i, i, now + 60 * SECOND);
            assertEquals(i < 4, roomy, "the fifth record on evicts the oldest live one");
            assertTrue(records.indexed() <= 4, "the index holds no more than the ring");
        }
        for (int i = 0; i < 50; i++) {
            int found = records.find(80, PEER, 40000 + i, now);
            if (i < 46) {
                assertEquals(-1, found, "evicted record " + i);
            } else {
                assertEquals(i, records.sndNxt[found], "record " + i);
            }
        }
        assertEquals(-1, records.find(81, PEER, 40049, now), "another local port");
        assertEquals(-1, records.find(80, PEER + 1, 40049, now), "another peer");
        assertEquals(-1, records.find(80, PEER, 40049, now + 61 * SECOND), "expired");
    }

    @Test
    void aRemovedRecordIsNotFoundAndItsConnectionCanWaitAgain() {
        TimeWaits records = new TimeWaits(8, 42);
        long now = SECOND;
        records.add(80, PEER, 40000, 1, 1, now + 60 * SECOND);
        int i = records.find(80, PEER, 40000, now);
        records.remove(i);
        assertEquals(-1, records.find(80, PEER, 40000, now));
        assertEquals(0, records.indexed());
        records.add(80, PEER, 40000, 2, 2, now + 60 * SECOND); // the connection reopened and closed again
        assertEquals(2, records.sndNxt[records.find(80, PEER, 40000, now)]);
        records.expire(now + 61 * SECOND);
        assertEquals(0, records.indexed(), "expired records leave the index");
        assertFalse(records.usesLocalPort(80, now + 61 * SECOND));
    }
}
