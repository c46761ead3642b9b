package ukl.kernel.net.iface;

/**
 * Counters of an interface and the sockets over it, one per event and one per drop reason, so
 * that every frame the stack discards is counted under why (the kernel prints them with
 * {@code ukl.netstats=1}, as {@code nstat} would on Linux).
 */
public final class NetStats {
    /** What is counted. Names start with the layer; {@link #isDrop} tells the drops from the events. */
    public enum Counter {
        RX_FRAMES(false),
        TX_FRAMES(false),
        ETH_TRUNCATED(true),
        ETH_NOT_FOR_US(true),
        ETH_UNKNOWN_TYPE(true),
        ARP_MALFORMED(true),
        ARP_UNSUPPORTED(true),
        ARP_REQUESTS_SENT(false),
        ARP_REPLIES_SENT(false),
        IP_TRUNCATED(true),
        IP_BAD_LENGTH(true),
        IP_BAD_VERSION(true),
        IP_BAD_CHECKSUM(true),
        /** RFC 1122 §3.2.1.3: a source that is broadcast, multicast, class E, 0.0.0.0 (but for DHCP-like UDP), loopback or ours. */
        IP_BAD_SOURCE(true),
        /** Packets that carried header options; they were skipped (RFC 1122 §3.2.1.8), not dropped. */
        IP_OPTIONS(false),
        /** Options whose length field runs past the header (RFC 791 §3.1). */
        IP_BAD_OPTIONS(true),
        /** Fragments received (RFC 791 §3.2); the ones that fit are reassembled. */
        IP_FRAGMENTS(false),
        IP_REASSEMBLED(false),
        /** Fragments overlapping one already held: the whole datagram is dropped (as RFC 5722 asks of IPv6). */
        IP_FRAG_OVERLAP(true),
        /** Datagrams whose fragments did not all arrive in time (RFC 1122 §3.3.2). */
        IP_FRAG_TIMEOUT(true),
        /** Fragments with no reassembly slot free, or past the largest datagram reassembled. */
        IP_FRAG_NO_ROOM(true),
        IP_NOT_FOR_US(true),
        IP_UNKNOWN_PROTOCOL(true),
        ICMP_MALFORMED(true),
        ICMP_BAD_CHECKSUM(true),
        ICMP_UNSUPPORTED(true),
        ICMP_ECHO_REPLIES_SENT(false),
        /** Destination unreachable (port or protocol) sent, RFC 1122 §3.2.2.1. */
        ICMP_UNREACHABLE_SENT(false),
        /** Parameter problems sent for a header option of the wrong length, RFC 1122 §3.2.2.5. */
        ICMP_PARAMETER_PROBLEM_SENT(false),
        /** ICMP errors not sent because of the rate limit (RFC 1812 §4.3.2.8). */
        ICMP_RATE_LIMITED(false),
        /** "Fragmentation needed" messages that lowered a connection's MSS (RFC 1191). */
        ICMP_PMTU_UPDATES(false),
        UDP_MALFORMED(true),
        UDP_BAD_CHECKSUM(true),
        UDP_NO_SOCKET(true),
        UDP_RX_QUEUE_FULL(true),
        TCP_MALFORMED(true),
        TCP_BAD_CHECKSUM(true),
        TCP_BAD_OPTIONS(true),
        TCP_RST_SENT(false),
        /** Segments outside the receive window or otherwise unacceptable (RFC 9293 §3.10.7.4). */
        TCP_UNACCEPTABLE(true),
        TCP_RETRANSMISSIONS(false),
        /**
         * A SYN, or a handshake's last ACK, dropped because the accept queue is full or the socket
         * table has no slot for the connection (Linux's ListenOverflows).
         */
        TCP_LISTEN_OVERFLOW(true),
        /** SYN-ACKs sent with a cookie because the SYN queue was full (RFC 4987 §3.6). */
        TCP_SYN_COOKIES_SENT(false),
        TCP_SYN_COOKIES_VALID(false),
        /** ACKs to a listener whose cookie did not check (answered with a reset). */
        TCP_SYN_COOKIES_INVALID(true),
        /** TIME-WAIT records dropped early to make room (Linux's TCPTimeWaitOverflow). */
        TCP_TIME_WAIT_EVICTED(false),
        /** TIME-WAIT connections reopened by a new SYN (RFC 6191). */
        TCP_TIME_WAIT_REUSED(false),
        TX_NO_BUFFER(true),
        TX_NEXT_HOP_UNRESOLVED(true);

        private final boolean drop;

        Counter(boolean drop) {
            this.drop = drop;
        }

        /** Whether the counter counts frames or packets dropped (rather than events). */
        public boolean isDrop() {
            return drop;
        }
    }

    private static final Counter[] ALL = Counter.values();
    /** The counters' names in ASCII, for {@link #format}. */
    private static final byte[][] NAMES = new byte[ALL.length][];
    /** The longest line {@link #format} writes: every name, '=', 20 digits and a space. */
    public static final int MAX_FORMAT_LEN;

    static {
        int len = 0;
        for (Counter c : ALL) {
            String name = c.name();
            byte[] b = new byte[name.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) name.charAt(i);
            }
            NAMES[c.ordinal()] = b;
            len += b.length + 22;
        }
        MAX_FORMAT_LEN = len;
    }

    private final long[] values = new long[ALL.length];

    public long get(Counter c) {
        return values[c.ordinal()];
    }

    /** Frames received and sent, together: whether a round of the stack moved any. */
    public long frames() {
        return values[Counter.RX_FRAMES.ordinal()] + values[Counter.TX_FRAMES.ordinal()];
    }

    public void increment(Counter c) {
        values[c.ordinal()]++;
    }

    /** Frames and packets dropped for any reason, the sum of every counter that counts a drop. */
    public long drops() {
        long sum = 0;
        for (Counter c : ALL) {
            if (c.isDrop()) {
                sum += values[c.ordinal()];
            }
        }
        return sum;
    }

    /**
     * Writes {@code NAME=value} for every non-zero counter, space separated, into {@code out} from
     * {@code off} (room for {@link #MAX_FORMAT_LEN} bytes), allocating nothing, so that the kernel
     * can print it while it measures its own allocation; returns where the text ends.
     */
    public int format(byte[] out, int off) {
        int end = off;
        for (Counter c : ALL) {
            long v = values[c.ordinal()];
            if (v == 0) {
                continue;
            }
            if (end != off) {
                out[end++] = ' ';
            }
            byte[] name = NAMES[c.ordinal()];
            System.arraycopy(name, 0, out, end, name.length);
            end += name.length;
            out[end++] = '=';
            int digits = 1;
            for (long d = v / 10; d > 0; d /= 10) {
                digits++;
            }
            for (int i = end + digits - 1; i >= end; i--) {
                out[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            end += digits;
        }
        return end;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Counter c : ALL) {
            if (values[c.ordinal()] != 0) {
                sb.append(c.name()).append('=').append(values[c.ordinal()]).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
