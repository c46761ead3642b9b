package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TcpTimersTest {
    private static final long S = 1_000_000_000L;

    @Test
    void retransmissionBacksOffThenGivesUp() {
        TcpConfig cfg = new TcpConfig();
        cfg.maxRetransmissions = 2;
        TcpTimers t = new TcpTimers(cfg);
        assertEquals(TcpTimers.NEVER, t.next(), "nothing runs at first");
        t.armRetransmit(0);
        assertEquals(S, t.retransmit, "RFC 6298 (2.1): the initial RTO of 1 s");
        t.armRetransmit(S / 2);
        assertEquals(S, t.retransmit, "(5.1): a running timer is not restarted");
        assertTrue(t.backOff(S, cfg.maxRetransmissions));
        assertEquals(3 * S, t.retransmit, "(5.5), (5.6): twice the RTO from the expiry");
        assertTrue(t.backOff(3 * S, cfg.maxRetransmissions));
        assertFalse(t.backOff(7 * S, cfg.maxRetransmissions), "the third expiry exceeds maxRetransmissions");
    }

    @Test
    void ackOfTheTimedSegmentSamplesAndRestarts() {
        TcpTimers t = new TcpTimers(new TcpConfig());
        t.startTiming(100, 0);
        t.startTiming(200, 1_000); // one sample at a time: ignored
        t.armRetransmit(0);
        t.acked(150, false, 40_000_000L);
        assertTrue(t.rtt.valid);
        assertEquals(40_000_000L, t.rtt.srtt, "the sample of the segment ending at 100, sent at 0");
        assertEquals(40_000_000L + t.rtt.rto, t.retransmit, "(5.3): restarted while data is outstanding");
        t.acked(200, true, 50_000_000L);
        assertEquals(TcpTimers.NEVER, t.retransmit, "(5.2): stopped when all is acknowledged");
    }

    @Test
    void persistIntervalDoublesUpToTheMaximumRto() {
        TcpConfig cfg = new TcpConfig();
        cfg.maxRtoNanos = 3 * S;
        TcpTimers t = new TcpTimers(cfg);
        t.startPersist(0);
        assertEquals(S, t.persist);
        t.backOffPersist(S);
        assertEquals(3 * S, t.persist);
        t.backOffPersist(3 * S);
        assertEquals(6 * S, t.persist, "capped at the maximum RTO");
        t.startTimeWait(10 * S);
        assertEquals(TcpTimers.NEVER, t.persist, "TIME-WAIT ends probing");
        assertEquals(10 * S + cfg.timeWaitNanos, t.next());
    }
}
