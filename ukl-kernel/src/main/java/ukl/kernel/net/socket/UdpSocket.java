package ukl.kernel.net.socket;

import ukl.kernel.abi.Errno;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.UdpRepr;

/**
 * A UDP endpoint (RFC 768): a bound port, a queue of received datagrams and a queue of datagrams
 * to send, each a fixed number of slots of one MTU. Sending queues the datagram; the next poll
 * sends it once ARP has resolved the next hop, so the first datagram to a new peer is not lost.
 */
public final class UdpSocket {
    private static final int SLOTS = 8;
    /** How often a datagram waiting for ARP asks again (RFC 1122 §2.3.2.1: at most once a second). */
    private static final long ARP_RETRY_NANOS = 1_000_000_000L;

    private final SocketSet set;
    private int localPort;
    /** The default peer after {@link #connect}; port 0 while unconnected. */
    private int remoteIp;

    private int remotePort;
    private final Queue rxQueue;
    private final Queue txQueue;
    /** While the oldest datagram waits for ARP: when to ask again; 0 otherwise. */
    private long arpRetryAt;

    private int lastSrcIp;
    private int lastSrcPort;

    /** A ring of datagrams with an address and port each. */
    private static final class Queue {
        final byte[][] data;
        final int[] len = new int[SLOTS];
        final int[] ip = new int[SLOTS];
        final int[] port = new int[SLOTS];
        int head;
        int count;

        Queue(int maxPayload) {
            data = new byte[SLOTS][maxPayload];
        }

        boolean push(byte[] b, int off, int n, int addr, int p) {
            if (count == SLOTS) {
                return false;
            }
            int i = (head + count) % SLOTS;
            System.arraycopy(b, off, data[i], 0, n);
            len[i] = n;
            ip[i] = addr;
            port[i] = p;
            count++;
            return true;
        }

        void pop() {
            head = (head + 1) % SLOTS;
            count--;
        }
    }

    UdpSocket(SocketSet set, int maxPayload) {
        this.set = set;
        this.rxQueue = new Queue(maxPayload);
        this.txQueue = new Queue(maxPayload);
    }

    /** Takes {@code port}, or with 0 a free port of the dynamic range. */
    public int bind(int port) {
        if (localPort != 0 || port < 0 || port > 0xffff) {
            return -Errno.EINVAL;
        }
        if (port == 0) {
            return bindEphemeral();
        }
        if (set.udpPortInUse(port)) {
            return -Errno.EADDRINUSE;
        }
        localPort = port;
        return 0;
    }

    private int bindEphemeral() {
        int port = set.freeUdpPort();
        if (port < 0) {
            return -Errno.EADDRINUSE;
        }
        localPort = port;
        return 0;
    }

    /**
     * Sets the default peer (binding an ephemeral port first if unbound); from then on only its
     * datagrams are received, as udp(7) says.
     */
    public int connect(int ip, int port) {
        if (port <= 0 || port > 0xffff) {
            return -Errno.EINVAL;
        }
        if (localPort == 0) {
            int r = bindEphemeral();
            if (r < 0) {
                return r;
            }
        }
        remoteIp = ip;
        remotePort = port;
        return 0;
    }

    public int remoteIp() {
        return remoteIp;
    }

    /** The default peer's port, 0 while unconnected. */
    public int remotePort() {
        return remotePort;
    }

    /** Bytes the receive queue holds at most: its slots of one MTU's payload each. */
    public int bufferSize() {
        return SLOTS * rxQueue.data[0].length;
    }

    public int localPort() {
        return localPort;
    }

    /** Queues one datagram; binds an ephemeral port first if unbound. */
    public int sendTo(byte[] b, int off, int len, int ip, int port) {
        if (len > rxQueue.data[0].length) {
            return -Errno.EMSGSIZE;
        }
        if (port <= 0 || port > 0xffff) {
            return -Errno.EINVAL;
        }
        if (localPort == 0) {
            int r = bindEphemeral();
            if (r < 0) {
                return r;
            }
        }
        return txQueue.push(b, off, len, ip, port) ? len : -Errno.EAGAIN;
    }

    /** The length of the oldest datagram waiting to be received, 0 when none (FIONREAD, udp(7)). */
    public int nextDatagramLength() {
        return rxQueue.count == 0 ? 0 : rxQueue.len[rxQueue.head];
    }

    /**
     * Takes the oldest datagram, truncated to {@code len}; its source is then {@link #lastSrcIp()}
     * and {@link #lastSrcPort()}. Returns its length before truncation, or -EAGAIN.
     */
    public int recvFrom(byte[] b, int off, int len) {
        Queue q = rxQueue;
        if (q.count == 0) {
            return -Errno.EAGAIN;
        }
        int n = q.len[q.head];
        System.arraycopy(q.data[q.head], 0, b, off, Math.min(n, len));
        lastSrcIp = q.ip[q.head];
        lastSrcPort = q.port[q.head];
        q.pop();
        return n;
    }

    public int lastSrcIp() {
        return lastSrcIp;
    }

    public int lastSrcPort() {
        return lastSrcPort;
    }

    /** poll(2) bits: readable while a datagram waits, writable while the send queue has room. */
    int readiness() {
        return (rxQueue.count > 0 ? SocketSet.POLLIN : 0) | (txQueue.count < SLOTS ? SocketSet.POLLOUT : 0);
    }

    /**
     * When {@link #dispatch} has work: now while datagrams can go, at the next ARP retry while the
     * oldest waits for its neighbour (the reply itself is a received frame, which polls anyway),
     * never when the queue is empty.
     */
    long nextDeadline(long now) {
        return txQueue.count == 0 ? Long.MAX_VALUE : Math.max(now, arpRetryAt);
    }

    void receive(int srcIp, UdpRepr d) {
        if (remotePort != 0 && (srcIp != remoteIp || d.srcPort != remotePort)) {
            set.stats().increment(Counter.UDP_NO_SOCKET); // not from the connected peer
            return;
        }
        if (!rxQueue.push(d.data, d.dataOff, d.dataLen, srcIp, d.srcPort)) {
            set.stats().increment(Counter.UDP_RX_QUEUE_FULL);
        }
    }

    void dispatch(Interface iface, long now) {
        Queue q = txQueue;
        arpRetryAt = 0;
        while (q.count > 0) {
            if (!iface.resolve(q.ip[q.head], now)) {
                arpRetryAt = now + ARP_RETRY_NANOS;
                return;
            }
            int dst = q.ip[q.head];
            byte[] buf = iface.beginIp(dst);
            if (buf == null) {
                return;
            }
            UdpRepr r = set.udpTxRepr;
            r.srcPort = localPort;
            r.dstPort = q.port[q.head];
            r.data = q.data[q.head];
            r.dataOff = 0;
            r.dataLen = q.len[q.head];
            int len = r.bufferLen();
            r.emit(set.udpTxPacket.wrap(buf, Interface.IP_PAYLOAD_OFFSET, len), iface.sourceFor(dst), dst);
            iface.sendIp(dst, Ipv4Packet.PROTO_UDP, len);
            q.pop();
        }
    }
}
