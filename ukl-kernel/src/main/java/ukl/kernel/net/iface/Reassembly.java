package ukl.kernel.net.iface;

import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.wire.Ipv4Repr;

/**
 * IPv4 reassembly (RFC 791 §3.2, which RFC 1122 §3.3.2 says a host MUST do), in bounded memory:
 * {@link #SLOTS} datagrams at once of at most {@link #MAX_DATAGRAM} bytes each, their buffers made
 * the first time a fragment arrives (so whole packets never allocate), each given
 * {@link #TIMEOUT_NANOS} from its first fragment (Linux's {@code ipfrag_time}). A fragment that
 * overlaps one already held drops the whole datagram, as RFC 5722 asks of IPv6 and Linux does for
 * IPv4; an exact duplicate is ignored. When every slot is taken, the oldest datagram makes room.
 */
final class Reassembly {
    static final int SLOTS = 4;
    /** The largest datagram payload reassembled: 16 KiB, well over RFC 1122's minimum of 576. */
    static final int MAX_DATAGRAM = 16384;
    /** Room before the payload for the first fragment's IP header (at most 60 bytes), for ICMP quotes. */
    static final int HEADER_ROOM = 60;

    static final long TIMEOUT_NANOS = 30_000_000_000L;
    /** Fragments held per datagram; a datagram cut finer than this is dropped. */
    private static final int MAX_PIECES = 64;

    private final NetStats stats;
    private final byte[][] bufs = new byte[SLOTS][];
    private final int[] src = new int[SLOTS];
    private final int[] dst = new int[SLOTS];
    private final int[] ident = new int[SLOTS];
    private final int[] protocol = new int[SLOTS];
    /** 0 while the slot is free. */
    private final long[] deadline = new long[SLOTS];
    /** The payload's length once the last fragment came, -1 before. */
    private final int[] total = new int[SLOTS];

    private final int[] received = new int[SLOTS];
    /** The first fragment's header length, 0 until it came. */
    private final int[] headerLen = new int[SLOTS];

    private final int[][] pieceStart = new int[SLOTS][];
    private final int[][] pieceEnd = new int[SLOTS][];
    private final int[] pieces = new int[SLOTS];

    Reassembly(NetStats stats) {
        this.stats = stats;
    }

    /**
     * Adds the fragment {@code ip} (header at {@code pkt[headerOff]}, payload at
     * {@code pkt[payloadOff, payloadOff + payloadLen)}). Returns the slot whose datagram it
     * completed (read it with {@link #buffer}, then {@link #free} it), or -1.
     */
    int add(Ipv4Repr ip, byte[] pkt, int headerOff, int payloadOff, int payloadLen, long now) {
        expire(now);
        int start = ip.fragmentOffset;
        int end = start + payloadLen;
        int s = find(ip);
        if (end > MAX_DATAGRAM || (ip.moreFragments && (payloadLen & 7) != 0) || payloadLen == 0) {
            // RFC 791: every fragment but the last carries a multiple of 8 bytes.
            stats.increment(Counter.IP_FRAG_NO_ROOM);
            if (s >= 0) {
                free(s);
            }
            return -1;
        }
        if (s < 0) {
            s = open(ip, now);
        }
        for (int k = 0; k < pieces[s]; k++) {
            int ps = pieceStart[s][k];
            int pe = pieceEnd[s][k];
            if (start < pe && ps < end) {
                if (ps == start && pe == end) {
                    return -1; // an exact duplicate
                }
                stats.increment(Counter.IP_FRAG_OVERLAP);
                free(s);
                return -1;
            }
        }
        boolean last = !ip.moreFragments;
        if ((last && total[s] >= 0 && total[s] != end)
                || (last && received[s] > 0 && maxEnd(s) > end)
                || (total[s] >= 0 && end > total[s])
                || pieces[s] == MAX_PIECES) {
            stats.increment(Counter.IP_FRAG_OVERLAP); // contradicts the datagram's length
            free(s);
            return -1;
        }
        if (last) {
            total[s] = end;
        }
        System.arraycopy(pkt, payloadOff, bufs[s], HEADER_ROOM + start, payloadLen);
        if (start == 0) {
            headerLen[s] = ip.headerLen;
            System.arraycopy(pkt, headerOff, bufs[s], HEADER_ROOM - ip.headerLen, ip.headerLen);
        }
        pieceStart[s][pieces[s]] = start;
        pieceEnd[s][pieces[s]] = end;
        pieces[s]++;
        received[s] += payloadLen;
        return total[s] >= 0 && received[s] == total[s] && headerLen[s] > 0 ? s : -1;
    }

    private int maxEnd(int s) {
        int m = 0;
        for (int k = 0; k < pieces[s]; k++) {
            m = Math.max(m, pieceEnd[s][k]);
        }
        return m;
    }

    private int find(Ipv4Repr ip) {
        for (int s = 0; s < SLOTS; s++) {
            if (deadline[s] != 0
                    && ident[s] == ip.ident
                    && src[s] == ip.src
                    && dst[s] == ip.dst
                    && protocol[s] == ip.protocol) {
                return s;
            }
        }
        return -1;
    }

    private int open(Ipv4Repr ip, long now) {
        int s = 0;
        for (int k = 0; k < SLOTS; k++) {
            if (deadline[k] == 0) {
                s = k;
                break;
            }
            if (deadline[k] < deadline[s]) {
                s = k;
            }
        }
        if (deadline[s] != 0) {
            stats.increment(Counter.IP_FRAG_NO_ROOM); // the oldest datagram makes room
        }
        if (bufs[s] == null) {
            bufs[s] = new byte[HEADER_ROOM + MAX_DATAGRAM];
            pieceStart[s] = new int[MAX_PIECES];
            pieceEnd[s] = new int[MAX_PIECES];
        }
        src[s] = ip.src;
        dst[s] = ip.dst;
        ident[s] = ip.ident;
        protocol[s] = ip.protocol;
        deadline[s] = now + TIMEOUT_NANOS;
        total[s] = -1;
        received[s] = 0;
        headerLen[s] = 0;
        pieces[s] = 0;
        return s;
    }

    /** Drops the datagrams whose time is up (RFC 1122 §3.3.2), counting them. */
    void expire(long now) {
        for (int s = 0; s < SLOTS; s++) {
            if (deadline[s] != 0 && deadline[s] - now <= 0) {
                stats.increment(Counter.IP_FRAG_TIMEOUT);
                free(s);
            }
        }
    }

    byte[] buffer(int s) {
        return bufs[s];
    }

    /** The reassembled payload's length. */
    int length(int s) {
        return total[s];
    }

    /** Where the first fragment's IP header starts in {@link #buffer}; the payload follows it at {@link #HEADER_ROOM}. */
    int headerOffset(int s) {
        return HEADER_ROOM - headerLen[s];
    }

    void free(int s) {
        deadline[s] = 0;
    }
}
