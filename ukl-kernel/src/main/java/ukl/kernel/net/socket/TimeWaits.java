package ukl.kernel.net.socket;

import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;

/**
 * Connections in TIME-WAIT (RFC 9293 §3.10.7.4) that nobody holds a handle to, as compact records
 * outside the socket table, as Linux keeps its {@code inet_timewait_sock}: a server that closes
 * first leaves one behind per connection for 2·MSL, and in socket slots (128 of them) a 60 s wait
 * would limit it to about 2 new connections a second. A record keeps only what TIME-WAIT needs to
 * answer a retransmitted FIN and to judge a new SYN (RFC 6191 §2 / RFC 1122 §4.2.2.13). The records
 * form a ring in the order they were made, which is also the order they expire in; when it is full
 * the oldest is dropped early (Linux does the same past {@code tcp_max_tw_buckets}), counted by the
 * set.
 */
final class TimeWaits {
    /** What a segment for a record asks of the set: nothing, an ACK, or a new connection. */
    static final int DROP = 0;

    static final int ACK = 1;
    static final int REOPEN = 2;

    private final int[] localPort;
    private final int[] remoteIp;
    private final int[] remotePort;
    final int[] sndNxt;
    final int[] rcvNxt;
    final long[] expiry;
    /** Each live record's index by its connection, so a segment finds its record in one probe. */
    private final ConnectionTable index;

    private int head;
    private int count;

    /** Room for {@code capacity} records, indexed under the secret {@code hashKey}. */
    TimeWaits(int capacity, long hashKey) {
        localPort = new int[capacity];
        remoteIp = new int[capacity];
        remotePort = new int[capacity];
        sndNxt = new int[capacity];
        rcvNxt = new int[capacity];
        expiry = new long[capacity];
        index = new ConnectionTable(capacity, hashKey);
    }

    /** Adds a record; returns {@code false} when the oldest live record had to make room for it. */
    boolean add(int lport, int rip, int rport, int snd, int rcv, long expires) {
        if (localPort.length == 0) {
            return false;
        }
        boolean evicted = false;
        if (count == localPort.length) {
            evicted = expiry[head] != 0;
            pop();
        }
        int i = (head + count) % localPort.length;
        localPort[i] = lport;
        remoteIp[i] = rip;
        remotePort[i] = rport;
        sndNxt[i] = snd;
        rcvNxt[i] = rcv;
        expiry[i] = expires;
        index.put(ConnectionTable.key(rip, rport, lport), i);
        count++;
        return !evicted;
    }

    private void pop() {
        remove(head);
        head = (head + 1) % localPort.length;
        count--;
    }

    /** Drops the records whose time is up, oldest first (and the removed ones at the head). */
    void expire(long now) {
        while (count > 0 && expiry[head] - now <= 0) {
            pop();
        }
    }

    /** The record of connection {@code localPort ← remoteIp:remotePort} still waiting, or -1. */
    int find(int lport, int rip, int rport, long now) {
        int i = index.find(ConnectionTable.key(rip, rport, lport));
        return i >= 0 && expiry[i] - now > 0 ? i : -1;
    }

    /** Whether a live record uses local port {@code lport} (an ephemeral port not to pick again yet). */
    boolean usesLocalPort(int lport, long now) {
        for (int k = 0; k < count; k++) {
            int i = (head + k) % localPort.length;
            if (localPort[i] == lport && expiry[i] - now > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A segment for record {@code i}, as Linux answers it: a reset with the expected sequence
     * number ends TIME-WAIT (RFC 5961 §3.2 asks for the exact match); a SYN above RCV.NXT ends it
     * and reopens the connection when a listener has the port (RFC 6191 §2, RFC 1122 §4.2.2.13;
     * the set then picks an ISS above the old SND.NXT); a retransmitted FIN is acknowledged and
     * restarts the 2·MSL wait (RFC 9293 §3.10.7.4); an in-window bare ACK is dropped; anything
     * else is acknowledged.
     */
    int segment(int i, TcpRepr seg, boolean listening, long now, long timeWaitNanos) {
        boolean syn = (seg.flags & TcpPacket.SYN) != 0;
        if ((seg.flags & TcpPacket.RST) != 0) {
            if (seg.seq == rcvNxt[i]) {
                remove(i);
            }
            return DROP;
        }
        if (syn && (seg.flags & TcpPacket.ACK_FLAG) == 0 && SeqNum.gt(seg.seq, rcvNxt[i]) && listening) {
            remove(i);
            return REOPEN;
        }
        if ((seg.flags & TcpPacket.FIN) != 0) {
            expiry[i] = now + timeWaitNanos;
        } else if (!syn && seg.dataLen == 0 && seg.seq == rcvNxt[i]) {
            return DROP;
        }
        return ACK;
    }

    /** Ends record {@code i} now (a reset, or a new SYN reusing the connection). */
    void remove(int i) {
        expiry[i] = 0;
        index.remove(ConnectionTable.key(remoteIp[i], remotePort[i], localPort[i]), i);
    }

    /** Records the index holds: at most the ring's, whatever came and went (for the tests). */
    int indexed() {
        return index.size();
    }

    int localPort(int i) {
        return localPort[i];
    }

    int remoteIp(int i) {
        return remoteIp[i];
    }

    int remotePort(int i) {
        return remotePort[i];
    }

    /** Records not yet expired or removed (for the statistics). */
    int live(long now) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (expiry[(head + k) % localPort.length] - now > 0) {
                n++;
            }
        }
        return n;
    }
}
