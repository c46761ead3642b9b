package ukl.kernel.net.socket;

import ukl.kernel.abi.Errno;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.iface.NetStats;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.iface.Transport;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;
import ukl.kernel.net.wire.UdpPacket;
import ukl.kernel.net.wire.UdpRepr;

/**
 * The sockets over one interface, in a fixed table addressed by {@code int} handles: TCP
 * connections, TCP listeners and UDP sockets. A slot's socket objects and buffers are created the
 * first time the slot is used and reused afterwards. The set owns the table (which slot holds
 * what, ports, demultiplexing); each socket owns its state and readiness.
 */
public final class SocketSet implements Transport {
    /** Readiness bits, with {@code poll(2)}'s values on Linux. */
    public static final int POLLIN = 0x1;

    public static final int POLLOUT = 0x4;
    public static final int POLLERR = 0x8;
    public static final int POLLHUP = 0x10;

    /** RFC 6335 §6: the dynamic port range, from which connect and unbound sends pick. */
    private static final int EPHEMERAL_FIRST = 49152;

    private static final int EPHEMERAL_COUNT = 65536 - EPHEMERAL_FIRST;
    private static final int MAX_WINDOW = 0xffff;
    private static final byte FREE = 0;
    private static final byte TCP = 1;
    private static final byte UDP = 2;
    private static final byte LISTENER = 3;

    private final Interface iface;
    private final TcpConfig cfg;
    private final byte[] kinds;
    /**
     * The handles whose slot is not FREE, packed in {@code used[0 .. usedCount)}: every loop over
     * the sockets visits these only, so its cost follows the sockets open, not the table's size.
     */
    private final int[] used;
    /** Where each handle in use sits in {@link #used}. */
    private final int[] usedAt;

    private int usedCount;
    // A slot's socket sits in the array of its kind, and the other two hold null there: a lookup
    // by kind needs no look at kinds[] (occupy, listen and release keep it so).
    private final TcpSocket[] tcps;
    private final UdpSocket[] udps;
    private final TcpListener[] listeners;
    private int nextEphemeral;
    private final long isnKey0;
    private final long isnKey1;
    private final byte[] isnInput = new byte[12];
    private final SynCookies cookies;
    private final TimeWaits timeWaits;
    private final ConnectionTable connections;
    /** The listeners by local port (keyed as connections from 0.0.0.0 port 0, in a table of their own). */
    private final ConnectionTable listening;
    /** The time of the last segment or dispatch, for the TIME-WAIT records' expiry. */
    private long lastNow;

    // Scratch views for transmission, shared by all sockets (one segment is written at a time).
    final TcpRepr txRepr = new TcpRepr();
    final TcpPacket txPacket = new TcpPacket();
    final UdpRepr udpTxRepr = new UdpRepr();
    final UdpPacket udpTxPacket = new UdpPacket();

    /**
     * @param seed secret randomness for the ISN key (RFC 6528 §3 asks for a key nobody can guess)
     *     and the first ephemeral port
     */
    public SocketSet(Interface iface, int capacity, TcpConfig cfg, long seed) {
        this.iface = iface;
        this.cfg = cfg;
        this.kinds = new byte[capacity];
        this.used = new int[capacity];
        this.usedAt = new int[capacity];
        this.tcps = new TcpSocket[capacity];
        this.udps = new UdpSocket[capacity];
        this.listeners = new TcpListener[capacity];
        this.isnKey0 = mix(seed);
        this.isnKey1 = mix(isnKey0);
        this.nextEphemeral = (int) Long.remainderUnsigned(mix(isnKey1), EPHEMERAL_COUNT);
        long cookieKey = mix(isnKey1 ^ seed);
        this.cookies = new SynCookies(cookieKey, mix(cookieKey));
        long tableKey = mix(mix(cookieKey) ^ seed);
        this.timeWaits = new TimeWaits(cfg.timeWaitRecords, mix(tableKey));
        this.connections = new ConnectionTable(capacity, tableKey);
        this.listening = new ConnectionTable(capacity, mix(tableKey ^ cookieKey));
        iface.setTransport(this);
    }

    /** SplitMix64's finalizer: spreads a seed over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30) ^ 0x9e3779b97f4a7c15L) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public int capacity() {
        return kinds.length;
    }

    /** Slot {@code h} holds a socket of {@code kind} now (it may have held another kind before). */
    private void occupy(int h, byte kind) {
        if (kinds[h] == FREE) {
            usedAt[h] = usedCount;
            used[usedCount++] = h;
        }
        kinds[h] = kind;
    }

    /**
     * Slot {@code h} is free. The last handle in use moves into its place, so a loop that releases
     * as it goes runs downwards over {@link #used}. The socket's objects and buffers become garbage:
     * a slot costs memory only while it is used, so what a flood of half-open connections took is
     * given back once they expire (issue #16), at the price of one socket's allocation per connection.
     */
    private void release(int h) {
        if (kinds[h] == FREE) {
            return;
        }
        if (kinds[h] == TCP) {
            tcps[h].leaveTable();
        } else if (kinds[h] == LISTENER) {
            listening.remove(listenerKey(listeners[h].localPort()), h);
        }
        int at = usedAt[h];
        int last = used[--usedCount];
        used[at] = last;
        usedAt[last] = at;
        kinds[h] = FREE;
        tcps[h] = null;
        udps[h] = null;
        listeners[h] = null;
    }

    private int freeSlot() {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == FREE) {
                return i;
            }
        }
        return -1;
    }

    /** A new, CLOSED TCP socket's handle, or -ENOMEM when the table is full. */
    public int tcpOpen() {
        int h = freeSlot();
        if (h < 0) {
            return -Errno.ENOMEM;
        }
        openTcp(h);
        return h;
    }

    private TcpSocket openTcp(int h) {
        TcpSocket t = new TcpSocket(this, h, cfg);
        tcps[h] = t;
        occupy(h, TCP);
        return t;
    }

    /** A new, unbound UDP socket's handle, or -ENOMEM when the table is full. */
    public int udpOpen() {
        int h = freeSlot();
        if (h < 0) {
            return -Errno.ENOMEM;
        }
        udps[h] = new UdpSocket(this, iface.maxIpPayload() - UdpPacket.HEADER_LEN);
        occupy(h, UDP);
        return h;
    }

    /**
     * Passive open (RFC 9293 §3.10.1): the CLOSED TCP socket {@code handle} becomes a
     * {@link TcpListener} on {@code port}, with room for {@code backlog} connections not yet
     * accepted and as many half-open ones (at most half the table: the rest stays free for
     * established connections; beyond that, SYN cookies). Returns 0, -EADDRINUSE or -EINVAL.
     */
    public int listen(int handle, int port, int backlog) {
        TcpSocket t = tcp(handle);
        if (t == null || t.state() != TcpSocket.State.CLOSED || port <= 0 || port > 0xffff || backlog <= 0) {
            return -Errno.EINVAL;
        }
        if (tcpPortInUse(port)) {
            return -Errno.EADDRINUSE;
        }
        tcps[handle] = null;
        listeners[handle] = new TcpListener(handle);
        listeners[handle].open(port, backlog, kinds.length / 2);
        occupy(handle, LISTENER);
        listening.put(listenerKey(port), handle);
        return 0;
    }

    /** The TCP connection behind {@code handle}, or {@code null} when it is no open TCP connection. */
    public TcpSocket tcp(int handle) {
        return handle >= 0 && handle < tcps.length ? tcps[handle] : null;
    }

    public UdpSocket udp(int handle) {
        return handle >= 0 && handle < udps.length ? udps[handle] : null;
    }

    public TcpListener listener(int handle) {
        return handle >= 0 && handle < listeners.length ? listeners[handle] : null;
    }

    private boolean valid(int handle) {
        return handle >= 0 && handle < kinds.length;
    }

    /** Takes an established connection from a listener: its handle, or -EAGAIN / -EINVAL. */
    public int accept(int listenHandle) {
        TcpListener l = listener(listenHandle);
        if (l == null) {
            return -Errno.EINVAL;
        }
        int h = l.take();
        if (h >= 0) {
            tcps[h].accepted();
        }
        return h;
    }

    /**
     * Gives the handle back. A TCP connection still closes gracefully (FIN, and TIME-WAIT) after
     * this, and its slot is freed once it is CLOSED; a listener's connections not yet accepted are
     * dropped, so the peer's next segment meets no socket and is reset.
     */
    public int close(int handle) {
        if (!valid(handle) || kinds[handle] == FREE) {
            return -Errno.EBADF;
        }
        switch (kinds[handle]) {
            case TCP -> tcps[handle].close();
            case LISTENER -> {
                for (int k = usedCount - 1; k >= 0; k--) {
                    int i = used[k];
                    if (kinds[i] == TCP && tcps[i].isChildOf(handle)) {
                        release(i);
                    }
                }
                release(handle);
            }
            default -> release(handle);
        }
        return 0;
    }

    /**
     * Gives the handle back and, for a TCP connection, aborts it (RFC 9293 §3.10.4): a reset
     * instead of a FIN, as close(2) does with SO_LINGER 0. Other sockets just close.
     */
    public int abort(int handle) {
        if (tcp(handle) == null) {
            return close(handle);
        }
        tcps[handle].abort();
        return 0;
    }

    /** Whether any TCP connection, closed by the application or not, still owes its peer data or a FIN. */
    public boolean outputPending() {
        for (int k = 0; k < usedCount; k++) {
            int i = used[k];
            if (kinds[i] == TCP && tcps[i].outputPending()) {
                return true;
            }
        }
        return false;
    }

    /** Readiness as {@code poll(2)} bits; a handle that is no open socket reads as POLLERR. */
    public int readiness(int handle) {
        TcpSocket t = tcp(handle);
        if (t != null) {
            return t.readiness();
        }
        TcpListener l = listener(handle);
        if (l != null) {
            return l.readiness();
        }
        UdpSocket u = udp(handle);
        return u != null ? u.readiness() : POLLERR;
    }

    /** The receive buffer's size in bytes of the socket behind {@code handle}, or -EBADF. */
    public int receiveBufferSize(int handle) {
        return valid(handle) && kinds[handle] == UDP
                ? udps[handle].bufferSize()
                : valid(handle) && kinds[handle] != FREE ? cfg.receiveBufferSize : -Errno.EBADF;
    }

    /** The send buffer's size in bytes of the socket behind {@code handle}, or -EBADF. */
    public int sendBufferSize(int handle) {
        return valid(handle) && kinds[handle] == UDP
                ? udps[handle].bufferSize()
                : valid(handle) && kinds[handle] != FREE ? cfg.sendBufferSize : -Errno.EBADF;
    }

    /** Whether a TCP connection or listener of this set holds local port {@code port}. */
    public boolean tcpPortInUse(int port) {
        return portInUse(port, false);
    }

    /** Whether a UDP socket of this set holds local port {@code port} (TCP and UDP ports are apart). */
    public boolean udpPortInUse(int port) {
        return portInUse(port, true);
    }

    private boolean portInUse(int port, boolean udp) {
        for (int k = 0; k < usedCount; k++) {
            int i = used[k];
            int p =
                    switch (kinds[i]) {
                        case TCP -> udp ? 0 : tcps[i].localPort();
                        case LISTENER -> udp ? 0 : listeners[i].localPort();
                        case UDP -> udp ? udps[i].localPort() : 0;
                        default -> 0;
                    };
            if (p == port) {
                return true;
            }
        }
        return false;
    }

    /** The next TCP port of the dynamic range that is free, or -1 when all are taken. */
    public int freeTcpPort() {
        return freePort(false);
    }

    /** The next UDP port of the dynamic range that is free, or -1 when all are taken. */
    public int freeUdpPort() {
        return freePort(true);
    }

    private int freePort(boolean udp) {
        for (int i = 0; i < EPHEMERAL_COUNT; i++) {
            int port = EPHEMERAL_FIRST + nextEphemeral;
            nextEphemeral = (nextEphemeral + 1) % EPHEMERAL_COUNT;
            if (!portInUse(port, udp) && (udp || !timeWaits.usesLocalPort(port, lastNow))) {
                return port;
            }
        }
        return -1;
    }

    // ---- for the sockets ----

    NetStats stats() {
        return iface.stats();
    }

    int sourceFor(int dst) {
        return iface.sourceFor(dst);
    }

    /** The largest TCP payload one of our frames carries. */
    int maxSegment() {
        return iface.maxIpPayload() - TcpPacket.HEADER_LEN;
    }

    /** Connection {@code handle} left CLOSED: the segments from {@code remoteIp:remotePort} to {@code localPort} are its. */
    void connected(int handle, int remoteIp, int remotePort, int localPort) {
        connections.put(ConnectionTable.key(remoteIp, remotePort, localPort), handle);
    }

    /** Connection {@code handle} is CLOSED, or its slot is freed: its segments find no socket. */
    void disconnected(int handle, int remoteIp, int remotePort, int localPort) {
        connections.remove(ConnectionTable.key(remoteIp, remotePort, localPort), handle);
    }

    /** Connections that segments can reach (for the tests). */
    int connectionCount() {
        return connections.size();
    }

    /** A connection is over and nobody holds its handle: the slot is free again. */
    void free(int handle) {
        release(handle);
    }

    /** Child {@code child} of listener {@code parent} completed its handshake. */
    void childEstablished(int parent, int child) {
        listeners[parent].childEstablished(child);
    }

    /** Child of listener {@code parent} died half-open. */
    void childDied(int parent) {
        listeners[parent].childDied();
    }

    /** Whether listener {@code parent}'s accept queue has room for a child that completes its handshake. */
    boolean acceptQueueHasRoom(int parent) {
        if (listeners[parent].acceptQueueFull()) {
            stats().increment(Counter.TCP_LISTEN_OVERFLOW);
            return false;
        }
        return true;
    }

    /**
     * Connection {@code handle}, in TIME-WAIT and given back by the application, leaves the table
     * for a compact {@link TimeWaits} record until {@code expires}; its slot is free at once.
     */
    void recordTimeWait(int handle, int localPort, int remoteIp, int remotePort, int sndNxt, int rcvNxt, long expires) {
        if (!timeWaits.add(localPort, remoteIp, remotePort, sndNxt, rcvNxt, expires)) {
            stats().increment(Counter.TCP_TIME_WAIT_EVICTED);
        }
        release(handle);
    }

    /** TIME-WAIT connections held as records (for the statistics and tests). */
    public int timeWaitRecords() {
        return timeWaits.live(lastNow);
    }

    /**
     * RFC 6528 §3: ISN = M + F(localip, localport, remoteip, remoteport, secretkey), M a timer
     * ticking every 4 µs, F SipHash-2-4 under the set's key.
     */
    int isn(int localIp, int localPort, int remoteIp, int remotePort, long now) {
        byte[] m = isnInput;
        m[0] = (byte) (localIp >>> 24);
        m[1] = (byte) (localIp >>> 16);
        m[2] = (byte) (localIp >>> 8);
        m[3] = (byte) localIp;
        m[4] = (byte) (remoteIp >>> 24);
        m[5] = (byte) (remoteIp >>> 16);
        m[6] = (byte) (remoteIp >>> 8);
        m[7] = (byte) remoteIp;
        m[8] = (byte) (localPort >>> 8);
        m[9] = (byte) localPort;
        m[10] = (byte) (remotePort >>> 8);
        m[11] = (byte) remotePort;
        return (int) (now / 4000) + (int) SipHash.hash(isnKey0, isnKey1, m, 0, 12);
    }

    // ---- Transport ----

    @Override
    public boolean tcpReceived(Ipv4Repr ip, TcpRepr seg, long now) {
        lastNow = now;
        TcpSocket t = connection(ip.src, seg.srcPort, seg.dstPort);
        if (t != null) {
            return t.process(seg, now);
        }
        TcpListener listener = listenerOn(seg.dstPort);
        int tw = timeWaits.find(seg.dstPort, ip.src, seg.srcPort, now);
        if (tw >= 0) {
            int sndNxt = timeWaits.sndNxt[tw];
            int rcvNxt = timeWaits.rcvNxt[tw];
            switch (timeWaits.segment(tw, seg, listener != null, now, cfg.timeWaitNanos)) {
                case TimeWaits.REOPEN -> {
                    stats().increment(Counter.TCP_TIME_WAIT_REUSED);
                    return listen(listener, ip.src, ip.dst, seg, sndNxt + MAX_WINDOW + 2, true, now);
                }
                case TimeWaits.ACK ->
                    sendControl(ip.src, seg.srcPort, seg.dstPort, TcpPacket.ACK_FLAG, sndNxt, rcvNxt, 0);
                default -> {}
            }
            return true;
        }
        return listener != null && listen(listener, ip.src, ip.dst, seg, 0, false, now);
    }

    /**
     * The connection from {@code remoteIp:remotePort} to our {@code localPort}, or {@code null}.
     * The table holds a socket exactly while it is out of CLOSED under that key (TcpSocket's
     * connect and acceptSyn enter it, leaveTable takes it out), so what it finds needs no check.
     */
    private TcpSocket connection(int remoteIp, int remotePort, int localPort) {
        int h = connections.find(ConnectionTable.key(remoteIp, remotePort, localPort));
        return h >= 0 ? tcps[h] : null;
    }

    /** The listener on {@code port}, or {@code null}. Only segments of no connection look. */
    private TcpListener listenerOn(int port) {
        int h = listening.find(listenerKey(port));
        return h >= 0 ? listeners[h] : null;
    }

    private static long listenerKey(int port) {
        return ConnectionTable.key(0, 0, port);
    }

    /**
     * RFC 9293 §3.10.7.2, a segment for a LISTEN socket. A SYN creates a half-open child while the
     * SYN queue has room, and is answered with a cookie when not; an ACK that carries a valid
     * cookie creates the child at once; any other ACK is answered with a reset.
     * {@code reuse}: the SYN reopens a TIME-WAIT connection and the ISS must be above {@code minIss}.
     */
    private boolean listen(TcpListener l, int srcIp, int dstIp, TcpRepr seg, int minIss, boolean reuse, long now) {
        int flags = seg.flags;
        if ((flags & TcpPacket.RST) != 0) {
            return true; // ignored
        }
        if ((flags & TcpPacket.ACK_FLAG) != 0) {
            return (flags & TcpPacket.SYN) == 0 && cookieAck(l, srcIp, dstIp, seg, now);
        }
        if ((flags & TcpPacket.SYN) == 0) {
            return true;
        }
        if (l.acceptQueueFull()) {
            // As Linux: no room to accept even a completed handshake, so drop the SYN and let the
            // peer retry after its RTO.
            stats().increment(Counter.TCP_LISTEN_OVERFLOW);
            return true;
        }
        if (!l.admitsHalfOpen(now)) {
            int mss = TcpSocket.peerMss(seg.mss, maxSegment());
            int iss = cookies.make(dstIp, seg.dstPort, srcIp, seg.srcPort, seg.seq, mss, now);
            stats().increment(Counter.TCP_SYN_COOKIES_SENT);
            sendControl(
                    srcIp,
                    seg.srcPort,
                    seg.dstPort,
                    TcpPacket.SYN | TcpPacket.ACK_FLAG,
                    iss,
                    seg.seq + 1,
                    maxSegment());
            return true;
        }
        int h = freeSlot();
        if (h < 0) {
            // No slot for the child: to the peer this is a full accept queue, so, as Linux does,
            // drop the SYN and let its retransmission find room. Never answer with a cookie here:
            // the handshake would complete on the peer's side into a connection we cannot hold.
            stats().increment(Counter.TCP_LISTEN_OVERFLOW);
            return true;
        }
        int iss = isn(dstIp, seg.dstPort, srcIp, seg.srcPort, now);
        if (reuse && !SeqNum.gt(iss, minIss)) {
            iss = minIss;
        }
        openTcp(h).acceptSyn(l, srcIp, dstIp, seg, iss, false, now);
        l.childCreated();
        return true;
    }

    /** An ACK to a listener: a connection whose SYN-ACK carried a cookie, or {@code false} (a reset). */
    private boolean cookieAck(TcpListener l, int srcIp, int dstIp, TcpRepr seg, long now) {
        if (!l.cookiesRecent(now)) {
            return false;
        }
        int iss = seg.ack - 1;
        int mss = cookies.check(dstIp, seg.dstPort, srcIp, seg.srcPort, seg.seq - 1, iss, now);
        if (mss < 0) {
            stats().increment(Counter.TCP_SYN_COOKIES_INVALID);
            return false;
        }
        int h = l.acceptQueueFull() ? -1 : freeSlot();
        if (h < 0) {
            stats().increment(Counter.TCP_LISTEN_OVERFLOW);
            return true; // dropped: the peer's retransmission may find room
        }
        stats().increment(Counter.TCP_SYN_COOKIES_VALID);
        TcpSocket t = openTcp(h);
        int seq = seg.seq;
        seg.seq = seq - 1; // the SYN this ACK answers, rebuilt from the cookie
        seg.mss = mss;
        t.acceptSyn(l, srcIp, dstIp, seg, iss, true, now);
        seg.seq = seq;
        l.childCreated();
        return t.process(seg, now);
    }

    /**
     * Sends a segment that belongs to no socket (a SYN-ACK with a cookie, an ACK from TIME-WAIT),
     * announcing {@code mss} when non-zero and the window of a fresh receive buffer.
     */
    private void sendControl(int remoteIp, int remotePort, int localPort, int flags, int seq, int ack, int mss) {
        byte[] buf = iface.beginIp(remoteIp);
        if (buf == null) {
            return;
        }
        TcpRepr r = txRepr;
        r.srcPort = localPort;
        r.dstPort = remotePort;
        r.flags = flags;
        r.seq = seq;
        r.ack = ack;
        r.window = Math.min(cfg.receiveBufferSize, MAX_WINDOW);
        r.mss = mss;
        r.data = null;
        r.dataLen = 0;
        int len = r.bufferLen();
        r.emit(txPacket.wrap(buf, Interface.IP_PAYLOAD_OFFSET, len));
        iface.sendIp(remoteIp, Ipv4Packet.PROTO_TCP, len);
    }

    @Override
    public void pathMtu(int remoteIp, int localPort, int remotePort, int seq, int mtu) {
        TcpSocket t = connection(remoteIp, remotePort, localPort);
        if (t != null && t.pathMtu(seq, mtu)) {
            stats().increment(Counter.ICMP_PMTU_UPDATES);
        }
    }

    @Override
    public boolean udpReceived(Ipv4Repr ip, UdpRepr d, long now) {
        for (int k = 0; k < usedCount; k++) {
            int i = used[k];
            if (kinds[i] == UDP && udps[i].localPort() == d.dstPort) {
                udps[i].receive(ip.src, d);
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispatch(Interface via, long now) {
        lastNow = now;
        timeWaits.expire(now);
        for (int k = usedCount - 1; k >= 0; k--) { // downwards: a socket may free its slot here
            int i = used[k];
            TcpSocket t = tcps[i];
            if (t != null) {
                if (!t.quiet(now)) {
                    t.dispatch(via, now);
                }
            } else if (kinds[i] == UDP) {
                udps[i].dispatch(via, now);
            }
        }
    }

    /**
     * {@link #dispatch} for one socket: what {@code handle} has due at {@code now}, without a pass
     * over the others and the TIME-WAIT records.
     */
    public void dispatch(Interface via, long now, int handle) {
        lastNow = now;
        TcpSocket t = tcp(handle);
        if (t != null) {
            t.dispatch(via, now);
        }
    }

    @Override
    public long nextDeadline(long now) {
        long next = Long.MAX_VALUE;
        for (int k = 0; k < usedCount; k++) {
            int i = used[k];
            if (kinds[i] == TCP) {
                next = Math.min(next, tcps[i].nextDeadline(now));
            } else if (kinds[i] == UDP) {
                next = Math.min(next, udps[i].nextDeadline(now));
            }
        }
        return next;
    }
}
