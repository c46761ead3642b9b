package ukl.kernel.net.socket;

/**
 * The timers of one TCP connection (RFC 9293 §3.8), as deadlines in nanoseconds ({@link #NEVER}
 * while off): retransmission (RFC 6298, with the RTO estimate and one RTT sample in flight),
 * persist (§3.8.6.1, zero-window probes), TIME-WAIT (§3.10.8, 2·MSL) and delayed ACK (RFC 1122
 * §4.2.3.2). The socket decides when each starts and stops, from its sequence state; this class
 * keeps the times, the sample and the backoff.
 */
final class TcpTimers {
    static final long NEVER = Long.MAX_VALUE;

    private final TcpConfig cfg;
    final RtoEstimator rtt;
    long retransmit;
    long persist;
    long timeWait;
    long ack;
    /** Expiries of the retransmission timer since the last new acknowledgement (RFC 9293 §3.8.3, R2). */
    private int retransmissions;

    private long persistInterval;
    // RFC 6298 §3: one segment at a time is timed, the one ending at timedSeq, sent at timedAt.
    private boolean timing;
    private int timedSeq;
    private long timedAt;

    TcpTimers(TcpConfig cfg) {
        this.cfg = cfg;
        this.rtt = new RtoEstimator(cfg);
        reset();
    }

    /** A fresh connection: no timer running, the initial RTO. */
    void reset() {
        rtt.reset();
        timing = false;
        retransmissions = 0;
        persistInterval = 0;
        stop();
    }

    /** The connection is over: every timer off. */
    void stop() {
        retransmit = persist = timeWait = ack = NEVER;
    }

    /** The earliest deadline. */
    long next() {
        return Math.min(Math.min(retransmit, ack), Math.min(persist, timeWait));
    }

    /** RFC 9293 §3.10.7.4: (re)start the 2·MSL wait; retransmission and probes end. */
    void startTimeWait(long now) {
        timeWait = now + cfg.timeWaitNanos;
        retransmit = persist = NEVER;
    }

    /** RFC 6298 §3: time the segment that ends at {@code end}, unless one is being timed already. */
    void startTiming(int end, long now) {
        if (!timing) {
            timing = true;
            timedSeq = end;
            timedAt = now;
        }
    }

    /** Karn's rule (RFC 6298 §3): no sample from a segment that is sent again. */
    void stopTiming() {
        timing = false;
    }

    /**
     * New data acknowledged up to {@code ackSeq}: an RTT sample if it covers the timed segment,
     * and RFC 6298 (5.2), (5.3): the timer stops when {@code allAcked}, else restarts.
     */
    void acked(int ackSeq, boolean allAcked, long now) {
        if (timing && SeqNum.le(timedSeq, ackSeq)) {
            rtt.sample(now - timedAt);
            timing = false;
        }
        retransmissions = 0;
        retransmit = allAcked ? NEVER : now + rtt.rto;
    }

    /** RFC 6298 (5.1): a segment went out; start the timer if it is not running. */
    void armRetransmit(long now) {
        if (retransmit == NEVER) {
            retransmit = now + rtt.rto;
        }
    }

    /**
     * RFC 6298 (5.5)–(5.7) after an expiry: double the RTO and restart the timer. Returns
     * {@code false} instead when the segment has been sent {@code limit} times again: time to give
     * the connection up.
     */
    boolean backOff(long now, int limit) {
        if (++retransmissions > limit) {
            return false;
        }
        timing = false;
        rtt.backOff();
        retransmit = now + rtt.rto;
        return true;
    }

    /** RFC 9293 §3.8.6.1: a zero window with data waiting starts probing after one RTO. */
    void startPersist(long now) {
        persistInterval = rtt.rto;
        persist = now + persistInterval;
    }

    /** After a probe: the next one after twice the interval, at most the maximum RTO. */
    void backOffPersist(long now) {
        persistInterval = Math.min(persistInterval * 2, cfg.maxRtoNanos);
        persist = now + persistInterval;
    }

    /** RFC 1122 §4.2.3.2: an ACK for in-order data may wait {@link TcpConfig#ackDelayNanos}. */
    void delayAck(long now) {
        if (ack == NEVER) {
            ack = now + cfg.ackDelayNanos;
        }
    }
}
