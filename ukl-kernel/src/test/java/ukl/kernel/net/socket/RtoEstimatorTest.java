package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RtoEstimatorTest {
    private static final long MS = 1_000_000L;

    @Test
    void rfc6298Formulas() {
        TcpConfig cfg = new TcpConfig();
        RtoEstimator e = new RtoEstimator(cfg);
        assertEquals(1000 * MS, e.rto, "(2.1) initial RTO");
        e.sample(100 * MS);
        assertEquals(100 * MS, e.srtt, "(2.2) SRTT = R");
        assertEquals(50 * MS, e.rttvar, "(2.2) RTTVAR = R/2");
        assertEquals(300 * MS, e.rto, "(2.2) RTO = SRTT + 4·RTTVAR");
        e.sample(200 * MS);
        assertEquals(62_500_000L, e.rttvar, "(2.3) 3/4·50 + 1/4·|100-200|");
        assertEquals(112_500_000L, e.srtt, "(2.3) 7/8·100 + 1/8·200");
        assertEquals(362_500_000L, e.rto);
    }

    @Test
    void clampedAndBackedOff() {
        TcpConfig cfg = new TcpConfig();
        RtoEstimator e = new RtoEstimator(cfg);
        e.sample(MS);
        assertEquals(cfg.minRtoNanos, e.rto, "(2.4) lower bound");
        for (int i = 0; i < 20; i++) {
            e.backOff();
        }
        assertEquals(cfg.maxRtoNanos, e.rto, "(2.5) upper bound");
    }
}
