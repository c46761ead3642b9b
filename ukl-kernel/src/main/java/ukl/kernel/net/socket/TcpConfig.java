package ukl.kernel.net.socket;

/** Tunables of the TCP sockets of one {@link SocketSet}; the defaults suit the echo server. */
public final class TcpConfig {
    /** Bytes of each socket's send and receive ring. The advertised window is at most 65535 (no scaling). */
    public int sendBufferSize = 16384;

    public int receiveBufferSize = 16384;
    /** 2·MSL (RFC 9293 §3.4.2 takes MSL = 2 minutes; Linux uses 60 s for the whole TIME_WAIT). */
    public long timeWaitNanos = 60_000_000_000L;
    /** RFC 6298 (2.1): 1 s before the first RTT sample. */
    public long initialRtoNanos = 1_000_000_000L;
    /** RFC 6298 (2.4) says 1 s; 200 ms, as Linux uses, keeps recovery quick on a LAN. */
    public long minRtoNanos = 200_000_000L;
    /** RFC 6298 (2.5): a maximum of at least 60 s. */
    public long maxRtoNanos = 60_000_000_000L;
    /**
     * Delayed ACK (RFC 1122 §4.2.3.2): how long an ACK for in-order data may wait for data to ride
     * on; 0 acknowledges at once. A delay well under the peer's RTO (say 500 µs) lets an echo
     * reply carry the ACK of its request, one frame instead of two. Every second full-sized
     * segment is acknowledged at once regardless.
     */
    public long ackDelayNanos = 0;
    /** Retransmissions of one segment before the connection is given up (RFC 9293 §3.8.3, R2). */
    public int maxRetransmissions = 12;
    /** SYN-ACK retransmissions of a half-open connection before it is dropped (Linux's {@code tcp_synack_retries}). */
    public int synAckRetries = 5;
    /**
     * TIME-WAIT connections kept as compact records once their handle is closed (Linux's
     * {@code tcp_max_tw_buckets} is far larger; 28 bytes each). Past it the oldest is dropped early.
     */
    public int timeWaitRecords = 1024;
}
