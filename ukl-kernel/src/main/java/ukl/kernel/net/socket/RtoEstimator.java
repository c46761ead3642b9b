package ukl.kernel.net.socket;

/**
 * The retransmission timeout of RFC 6298: smoothed RTT and RTT variance from samples (§2),
 * clamped to [min, max], and doubled on every expiry (§5.5) until the next sample recomputes it
 * (§5.7). Karn's rule (§3: no samples from retransmitted segments) is the caller's, which knows
 * what it retransmitted.
 */
final class RtoEstimator {
    private final TcpConfig cfg;
    long srtt;
    long rttvar;
    boolean valid;
    long rto;

    RtoEstimator(TcpConfig cfg) {
        this.cfg = cfg;
        reset();
    }

    /** RFC 6298 (2.1): before any sample the RTO is the initial one. */
    void reset() {
        srtt = rttvar = 0;
        valid = false;
        rto = cfg.initialRtoNanos;
    }

    /** RFC 6298 (2.2), (2.3): a new measurement {@code r}, then (2.4), (2.5): RTO clamped. */
    void sample(long r) {
        if (!valid) {
            srtt = r;
            rttvar = r / 2;
            valid = true;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        // G, the clock granularity, is 1 ns here.
        rto = Math.min(Math.max(srtt + Math.max(1, 4 * rttvar), cfg.minRtoNanos), cfg.maxRtoNanos);
    }

    /** RFC 6298 (5.5): the timer expired. */
    void backOff() {
        rto = Math.min(rto * 2, cfg.maxRtoNanos);
    }
}
