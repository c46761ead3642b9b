package ukl.kernel.net.iface;

/** Counters of an interface and the sockets over it, one per event and per drop reason. */
public final class NetStats {
    /** What is counted. Names start with the layer; {@code *_DROP_*} and the malformed ones are drops. */
    public enum Counter {
        RX_FRAMES,
        TX_FRAMES,
        ETH_TRUNCATED,
        ETH_NOT_FOR_US,
        ETH_UNKNOWN_TYPE,
        ARP_MALFORMED,
        ARP_UNSUPPORTED,
        ARP_REQUESTS_SENT,
        ARP_REPLIES_SENT,
        IP_TRUNCATED,
        IP_BAD_LENGTH,
        IP_BAD_VERSION,
        IP_BAD_CHECKSUM,
        IP_OPTIONS,
        IP_FRAGMENTS,
        IP_NOT_FOR_US,
        IP_UNKNOWN_PROTOCOL,
        ICMP_MALFORMED,
        ICMP_BAD_CHECKSUM,
        ICMP_UNSUPPORTED,
        ICMP_ECHO_REPLIES_SENT,
        UDP_MALFORMED,
        UDP_BAD_CHECKSUM,
        UDP_NO_SOCKET,
        UDP_RX_QUEUE_FULL,
        TCP_MALFORMED,
        TCP_BAD_CHECKSUM,
        TCP_BAD_OPTIONS,
        TCP_RST_SENT,
        /** Segments outside the receive window or otherwise unacceptable (RFC 9293 §3.10.7.4). */
        TCP_UNACCEPTABLE,
        TCP_RETRANSMISSIONS,
        TCP_BACKLOG_FULL,
        TX_NO_BUFFER,
        TX_NEXT_HOP_UNRESOLVED,
    }

    private static final Counter[] ALL = Counter.values();
    private final long[] values = new long[ALL.length];

    public long get(Counter c) {
        return values[c.ordinal()];
    }

    public void increment(Counter c) {
        values[c.ordinal()]++;
    }

    /** Frames and packets dropped for any reason, the sum of every counter that counts a drop. */
    public long drops() {
        long sum = 0;
        for (Counter c : ALL) {
            if (c != Counter.RX_FRAMES
                    && c != Counter.TX_FRAMES
                    && c != Counter.ARP_REQUESTS_SENT
                    && c != Counter.ARP_REPLIES_SENT
                    && c != Counter.ICMP_ECHO_REPLIES_SENT
                    && c != Counter.TCP_RST_SENT
                    && c != Counter.TCP_RETRANSMISSIONS) {
                sum += values[c.ordinal()];
            }
        }
        return sum;
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
