package ukl.kernel.net.socket;

import ukl.kernel.abi.Errno;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;

/**
 * A TCP endpoint (RFC 9293). Read RFC 9293 §3.3.2 (the state diagram) and §3.10 (event
 * processing) first; the methods below follow §3.10's order and cite its steps.
 *
 * <p>Send side: the send ring holds every byte from the oldest unacknowledged one on; the byte at
 * ring offset 0 has sequence number {@code txSeq0}. Retransmission is go-back-N from
 * {@code SND.UNA} on timeout, timed per RFC 6298 ({@link TcpTimers} keeps every timer). Receive side: the receive ring holds the bytes
 * the application has not read, and out-of-order bytes are stored ahead of them at their final
 * place while the {@link Assembler} remembers which. No Nagle: data goes out in the first poll
 * after the application wrote it. ACKs go out in the poll that received the data, unless
 * {@link TcpConfig#ackDelayNanos} lets them wait a little for data to ride on.
 * The MSS is the peer's, floored at 48 and clamped to our MTU, and lowered by path-MTU messages
 * (RFC 1191). A segment the interface could not send advances nothing and is tried again shortly.
 * Not implemented: congestion control and fast retransmit (RFC 5681), window scaling and
 * timestamps (RFC 7323), SACK, urgent data, ICMP errors other than "fragmentation needed".
 *
 * <p>One file, longer than the others, because input and output share every sequence variable
 * (smoltcp's {@code tcp.rs} is one file for the same reason).
 *
 * <p>Errors are POSIX's: a reset connection reports {@code ECONNRESET}, a refused one
 * {@code ECONNREFUSED}, one given up after retransmissions {@code ETIMEDOUT}; a port taken
 * {@code EADDRINUSE}; reading a socket never connected {@code ENOTCONN}; writing after shutdown
 * {@code EPIPE}; any other operation in the wrong state {@code EINVAL}.
 */
public final class TcpSocket {
    /** The connection states of RFC 9293 §3.3.2; LISTEN is a {@link TcpListener} of its own. */
    public enum State {
        CLOSED,
        SYN_SENT,
        SYN_RECEIVED,
        ESTABLISHED,
        FIN_WAIT_1,
        FIN_WAIT_2,
        CLOSE_WAIT,
        CLOSING,
        LAST_ACK,
        TIME_WAIT
    }

    private static final long NEVER = TcpTimers.NEVER;
    /** RFC 9293 §3.7.1: the MSS to assume when the peer sends none. */
    static final int DEFAULT_MSS = 536;
    /** Linux's {@code tcp_min_snd_mss}: the smallest MSS we send with, whatever the peer says. */
    static final int MIN_MSS = 48;
    /** Linux's {@code min_pmtu}: path-MTU messages never lower the MTU below this. */
    private static final int MIN_PMTU = 552;

    private static final int MAX_WINDOW = 0xffff;
    /** How soon a segment that could not leave is tried again (the device may free a buffer any time). */
    private static final long TX_RETRY_NANOS = 1_000_000L;

    final SocketSet set;
    final int handle;
    private final TcpConfig cfg;
    final RingBuffer tx;
    final RingBuffer rx;
    private final Assembler assembler = new Assembler();

    State state = State.CLOSED;
    int localIp;
    int localPort;
    int remoteIp;
    int remotePort;

    // Send sequence variables (RFC 9293 §3.3.1) and where the send ring starts.
    int iss;
    int sndUna;
    int sndNxt;
    /** The highest SND.NXT so far: what the peer may acknowledge after a go-back-N rewind. */
    int sndMax;

    int sndWnd;
    int sndWl1;
    int sndWl2;
    int sndMss = DEFAULT_MSS;
    int txSeq0;
    boolean finQueued;
    /** {@link #abort} was called: the next dispatch sends a reset and deletes the connection. */
    boolean resetDue;
    /** Our SYN did not leave, for want of the peer's MAC: send it once ARP resolves. */
    boolean synUnsent;

    // Receive sequence variables.
    int irs;
    int rcvNxt;
    boolean finReceived;
    int lastAdvertisedWindow;
    boolean ackNeeded;
    /** In-order bytes received since our last ACK, which a delayed ACK will cover. */
    int unackedBytes;

    final TcpTimers timers;

    /** The errno a failed connection reports (positive), 0 while none. */
    private int error;
    /** The application gave the handle back: the slot is freed once the connection is CLOSED. */
    private boolean userClosed;
    /**
     * 0, or when to try again after a segment could not leave (no transmit buffer, next hop
     * unresolved): nothing advanced for it, so it is still due, but not in a busy loop.
     */
    private long txRetryAt;

    private boolean wasConnected;
    /** The handle of the listener that created this connection, until it is accepted; -1 if none. */
    private int parent = -1;

    TcpSocket(SocketSet set, int handle, TcpConfig cfg) {
        this.set = set;
        this.handle = handle;
        this.cfg = cfg;
        this.tx = new RingBuffer(cfg.sendBufferSize);
        this.rx = new RingBuffer(cfg.receiveBufferSize);
        this.timers = new TcpTimers(cfg);
    }

    public State state() {
        return state;
    }

    public int localPort() {
        return localPort;
    }

    public int localIp() {
        return localIp;
    }

    public int remoteIp() {
        return remoteIp;
    }

    /** Whether the connection is synchronized or closing: it has a peer (getpeername(2) answers). */
    public boolean isConnected() {
        return state != State.CLOSED && state != State.SYN_SENT;
    }

    /** The errno a failed connection reports (ECONNREFUSED, ECONNRESET, ETIMEDOUT; positive), 0 if none. */
    public int error() {
        return error;
    }

    public int remotePort() {
        return remotePort;
    }

    /** Active open (RFC 9293 §3.10.1): sends a SYN at the next poll; returns 0 or -errno. */
    public int connect(int ip, int port, long nowNanos) {
        if (state != State.CLOSED || port <= 0 || port > 0xffff) {
            return -Errno.EINVAL;
        }
        localIp = set.sourceFor(ip);
        localPort = set.freeTcpPort();
        if (localPort < 0) {
            return -Errno.EAGAIN;
        }
        remoteIp = ip;
        remotePort = port;
        startHandshake(set.isn(localIp, localPort, remoteIp, remotePort, nowNanos));
        state = State.SYN_SENT;
        set.connected(handle, remoteIp, remotePort, localPort);
        return 0;
    }

    private void startHandshake(int isn) {
        iss = isn;
        sndUna = sndNxt = sndMax = iss;
        txSeq0 = iss + 1;
    }

    /**
     * A SYN reached {@code listener}: this fresh socket becomes its child in SYN-RECEIVED
     * (§3.10.7.2) with our ISS {@code isn}. {@code synAckSent}: the SYN-ACK went out already,
     * statelessly (a SYN cookie), and the segment that completes the handshake comes next.
     */
    void acceptSyn(TcpListener listener, int srcIp, int dstIp, TcpRepr seg, int isn, boolean synAckSent, long now) {
        localIp = dstIp;
        localPort = listener.localPort();
        remoteIp = srcIp;
        remotePort = seg.srcPort;
        parent = listener.handle;
        irs = seg.seq;
        rcvNxt = seg.seq + 1;
        sndMss = peerMss(seg.mss, set.maxSegment());
        startHandshake(isn);
        if (synAckSent) {
            sndNxt = sndMax = iss + 1;
        }
        sndWnd = seg.window;
        sndWl1 = seg.seq;
        sndWl2 = iss;
        state = State.SYN_RECEIVED;
        set.connected(handle, remoteIp, remotePort, localPort);
    }

    /**
     * The MSS to send with, from the peer's MSS option ({@code 0} when absent: RFC 9293 §3.7.1's
     * 536): at least {@link #MIN_MSS}, as Linux's {@code tcp_min_snd_mss} since CVE-2019-11479 (a
     * tiny MSS makes the peer's every byte cost a whole segment), and at most what our MTU carries.
     */
    static int peerMss(int option, int ourMax) {
        int mss = option != 0 ? option : DEFAULT_MSS;
        return Math.min(Math.max(mss, MIN_MSS), ourMax);
    }

    /**
     * RFC 1191 §6.2: the path carries at most {@code mtu} bytes; lower the MSS to fit and send
     * again at once what is in flight (as Linux's {@code tcp_simple_retransmit}). Only for a
     * message quoting a sequence number we have sent and not seen acknowledged (RFC 5927 §4.1),
     * and never below Linux's {@code min_pmtu} of 552 (RFC 1191 §3: a host MUST NOT go below 68).
     * Returns whether the MSS went down.
     */
    boolean pathMtu(int seq, int mtu) {
        if (!(SeqNum.le(sndUna, seq) && SeqNum.lt(seq, sndMax))) {
            return false;
        }
        int mss = Math.max(mtu, MIN_PMTU) - Ipv4Packet.HEADER_LEN - TcpPacket.HEADER_LEN;
        if (mss >= sndMss) {
            return false;
        }
        sndMss = mss;
        if (canSendData()) {
            sndNxt = sndUna;
            timers.stopTiming(); // Karn: what is sent again gives no RTT sample
        }
        return true;
    }

    /** Copies up to {@code len} bytes into the send ring; returns how many, or -errno. */
    public int send(byte[] b, int off, int len) {
        if (error != 0) {
            return -error;
        }
        if (state == State.SYN_SENT || state == State.SYN_RECEIVED) {
            return -Errno.EAGAIN;
        }
        if (finQueued || (state != State.ESTABLISHED && state != State.CLOSE_WAIT)) {
            return -Errno.EPIPE;
        }
        int n = tx.write(b, off, len);
        return n == 0 && len > 0 ? -Errno.EAGAIN : n;
    }

    /** Reads up to {@code len} received bytes; 0 at end of stream, -EAGAIN when none yet. */
    public int recv(byte[] b, int off, int len) {
        if (rx.len() > 0) {
            int n = rx.read(b, off, len);
            windowOpened();
            return n;
        }
        if (finReceived) {
            return 0;
        }
        if (error != 0) {
            return -error;
        }
        return state == State.CLOSED ? -Errno.ENOTCONN : -Errno.EAGAIN;
    }

    /**
     * RFC 1122 §4.2.3.3 (receiver-side silly window avoidance): announce a reopened window only
     * once it grew by min(half the buffer, one MSS).
     */
    private void windowOpened() {
        if (receiveWindow() - lastAdvertisedWindow >= Math.min(rx.capacity() / 2, sndMss)) {
            ackNeeded = true;
        }
    }

    /** Half-close (RFC 9293 §3.10.4, CLOSE): a FIN follows the queued data. */
    public int shutdownWrite() {
        switch (state) {
            case ESTABLISHED, SYN_RECEIVED -> state = State.FIN_WAIT_1;
            case CLOSE_WAIT -> state = State.LAST_ACK;
            case SYN_SENT, CLOSED -> {
                release();
                return 0;
            }
            default -> {
                return 0;
            }
        }
        finQueued = true;
        return 0;
    }

    /** The bytes the application has not read yet. */
    public int available() {
        return rx.len();
    }

    int receiveWindow() {
        return userClosed ? MAX_WINDOW : Math.min(rx.free(), MAX_WINDOW);
    }

    /**
     * The application gives the handle back (close(2)): unread data is dropped, a FIN follows the
     * queued data, and the slot is freed once the connection is CLOSED.
     */
    void close() {
        userClosed = true;
        rx.clear();
        shutdownWrite();
    }

    /**
     * RFC 9293 §3.10.4, ABORT (close(2) with SO_LINGER 0): queued and unread data are dropped, a
     * synchronized connection sends {@code <SEQ=SND.NXT><CTL=RST>} at the next dispatch, and the
     * connection is deleted without FIN or TIME-WAIT.
     */
    void abort() {
        userClosed = true;
        rx.clear();
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> resetDue = true;
            default -> release();
        }
    }

    /** accept(2) took this connection from its listener: it belongs to the application now. */
    void accepted() {
        parent = -1;
    }

    boolean isChildOf(int listenerHandle) {
        return parent == listenerHandle;
    }

    /** Readiness as {@code poll(2)} bits. */
    int readiness() {
        int r = 0;
        if (rx.len() > 0 || finReceived || error != 0) {
            r |= SocketSet.POLLIN;
        }
        if ((state == State.ESTABLISHED || state == State.CLOSE_WAIT) && !finQueued && tx.free() > 0) {
            r |= SocketSet.POLLOUT;
        }
        if (error != 0) {
            r |= SocketSet.POLLERR | SocketSet.POLLHUP;
        } else if (finReceived && (finQueued || state == State.CLOSED)) {
            r |= SocketSet.POLLHUP;
        }
        return r;
    }

    /**
     * The connection is over (CLOSED, RFC 9293 §3.10.8): timers stop, and the slot is freed
     * unless the application still holds the handle. A half-open child that never reached the
     * accept queue belongs to no one.
     */
    private void release() {
        leaveTable();
        timers.stop();
        if (parent >= 0 && !wasConnected) {
            set.childDied(parent);
            set.free(handle);
        } else if (userClosed) {
            set.free(handle);
        }
    }

    /**
     * The socket is CLOSED, or its slot is being freed: segments of its connection no longer find
     * it. Every way out of the connection states passes here.
     */
    void leaveTable() {
        if (state != State.CLOSED) {
            state = State.CLOSED;
            set.disconnected(handle, remoteIp, remotePort, localPort);
        }
    }

    /**
     * Whether bytes or a FIN this socket was given still wait to be acknowledged: what a host
     * owes its peers after the application has gone (see SocketSet#outputPending).
     */
    public boolean outputPending() {
        boolean unacked = canSendData() && SeqNum.lt(sndUna, txSeq0 + tx.len());
        return unacked || state == State.FIN_WAIT_1 || state == State.CLOSING || state == State.LAST_ACK;
    }

    private boolean finAcked() {
        return finQueued && SeqNum.lt(txSeq0 + tx.len(), sndUna);
    }

    private void enterTimeWait(long now) {
        state = State.TIME_WAIT;
        timers.startTimeWait(now);
    }

    private void closeWithError(int errno) {
        error = errno;
        release();
    }

    /**
     * Processes a segment for this connection (RFC 9293 §3.10.7.3 and .4). Returns {@code false}
     * when the segment must be answered with a reset in the form of §3.10.7.1.
     */
    boolean process(TcpRepr seg, long now) {
        if (state == State.SYN_SENT) {
            return processSynSent(seg, now);
        }
        boolean syn = (seg.flags & TcpPacket.SYN) != 0;
        boolean ack = (seg.flags & TcpPacket.ACK_FLAG) != 0;
        boolean rst = (seg.flags & TcpPacket.RST) != 0;
        boolean fin = (seg.flags & TcpPacket.FIN) != 0;
        int seqStart = seg.seq;
        if (state == State.SYN_RECEIVED && syn && seg.seq == irs) {
            if (!ack) {
                sndNxt = iss; // a retransmitted SYN: our SYN-ACK was lost, send it again
                return true;
            }
            syn = false; // simultaneous open: the peer's SYN-ACK; its SYN is already counted
            seqStart++;
        }
        int dataOff = seg.dataOff;
        int dataLen = seg.dataLen;
        int segLen = dataLen + (syn ? 1 : 0) + (fin ? 1 : 0);

        // First: is the segment acceptable (the four cases of §3.10.7.4)?
        int wnd = receiveWindow();
        boolean acceptable = segLen == 0
                ? (wnd == 0 ? seqStart == rcvNxt : SeqNum.inWindow(seqStart, rcvNxt, wnd))
                : wnd != 0
                        && (SeqNum.inWindow(seqStart, rcvNxt, wnd)
                                || SeqNum.inWindow(seqStart + segLen - 1, rcvNxt, wnd));
        if (!acceptable && wnd == 0 && seqStart == rcvNxt) {
            // "special allowance should be made to accept valid ACKs, URGs, and RSTs": keep the
            // control information, drop the data that does not fit.
            acceptable = true;
        }
        if (!acceptable) {
            set.stats().increment(Counter.TCP_UNACCEPTABLE);
            if (!rst) {
                ackNeeded = true;
            }
            if (state == State.TIME_WAIT && fin) {
                timers.startTimeWait(now); // §3.10.7.4: restart the 2 MSL timeout
            }
            return true;
        }
        // Trim to the window: bytes before RCV.NXT were received already, bytes past the window
        // cannot be kept (and a FIN after them is not reached).
        if (syn) {
            seqStart++;
        }
        int skip = SeqNum.diff(rcvNxt, seqStart);
        if (skip > 0) {
            int s = Math.min(skip, dataLen);
            dataOff += s;
            dataLen -= s;
            seqStart += s;
        }
        int off = SeqNum.diff(seqStart, rcvNxt);
        if (off < 0) {
            off = 0; // only a FIN already received was before RCV.NXT
            fin = false;
        }
        if (off + dataLen > wnd) {
            dataLen = Math.max(0, wnd - off);
            fin = false;
        }

        // Second: RST. RFC 5961 §3.2: only an exact RCV.NXT match resets; any other in-window
        // RST gets a challenge ACK.
        if (rst) {
            if (seg.seq != rcvNxt) {
                ackNeeded = true;
                return true;
            }
            if (parent >= 0 && state == State.SYN_RECEIVED) {
                release(); // a child of a listener goes back to nothing (§3.10.7.4)
            } else if (state == State.CLOSING || state == State.LAST_ACK || state == State.TIME_WAIT) {
                release();
            } else {
                closeWithError(Errno.ECONNRESET);
            }
            return true;
        }
        // Fourth: SYN in a synchronized state. RFC 5961 §4.2: challenge ACK, drop.
        if (syn) {
            ackNeeded = true;
            return true;
        }
        // Fifth: ACK.
        if (!ack) {
            return true;
        }
        if (state == State.SYN_RECEIVED) {
            if (!(SeqNum.lt(sndUna, seg.ack) && SeqNum.le(seg.ack, sndMax))) {
                return false;
            }
            if (parent >= 0 && !set.acceptQueueHasRoom(parent)) {
                return true; // as Linux: dropped, the SYN-ACK's retransmission asks again
            }
            state = finQueued ? State.FIN_WAIT_1 : State.ESTABLISHED;
            wasConnected = true;
            sndWnd = seg.window;
            sndWl1 = seg.seq;
            sndWl2 = seg.ack;
            if (parent >= 0) {
                set.childEstablished(parent, handle);
            }
        }
        if (SeqNum.lt(sndMax, seg.ack)) {
            ackNeeded = true; // acknowledges something not yet sent: ACK and drop
            return true;
        }
        processAck(seg, now);
        if (state == State.LAST_ACK && finAcked()) {
            release();
            return true;
        }
        if (state == State.FIN_WAIT_1 && finAcked()) {
            state = State.FIN_WAIT_2;
        } else if (state == State.CLOSING && finAcked()) {
            enterTimeWait(now);
        }

        // Seventh: segment text, in the states that still receive data.
        if (dataLen > 0 && (state == State.ESTABLISHED || state == State.FIN_WAIT_1 || state == State.FIN_WAIT_2)) {
            receiveData(seg.data, dataOff, dataLen, off, now);
        }
        // Eighth: FIN, once every byte before it is in.
        if (fin) {
            ackNeeded = true;
            if (off == 0 && rcvNxt == seqStart + dataLen) {
                receiveFin(now);
            }
        }
        return true;
    }

    private void receiveData(byte[] data, int dataOff, int dataLen, int off, long now) {
        if (userClosed) {
            if (off == 0) {
                rcvNxt += dataLen; // nobody will read it: acknowledge and discard
            }
            ackNeeded = true;
            return;
        }
        rx.writeAt(rx.len() + off, data, dataOff, dataLen);
        if (off != 0) {
            assembler.add(off, dataLen);
            ackNeeded = true; // RFC 5681 §4.2: out-of-order data is acknowledged at once
            return;
        }
        boolean filledGap = !assembler.isEmpty();
        int n = assembler.advance(dataLen);
        rx.commit(n);
        rcvNxt += n;
        unackedBytes += n;
        if (cfg.ackDelayNanos == 0 || filledGap || unackedBytes >= 2 * set.maxSegment()) {
            ackNeeded = true;
        } else {
            timers.delayAck(now);
        }
    }

    private void receiveFin(long now) {
        rcvNxt++;
        finReceived = true;
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED -> state = State.CLOSE_WAIT;
            case FIN_WAIT_1 -> {
                if (finAcked()) {
                    enterTimeWait(now);
                } else {
                    state = State.CLOSING;
                }
            }
            case FIN_WAIT_2 -> enterTimeWait(now);
            default -> {}
        }
    }

    /** §3.10.7.4 fifth step for the synchronized states: SND.UNA, the RTT sample and the window. */
    private void processAck(TcpRepr seg, long now) {
        int ack = seg.ack;
        if (SeqNum.lt(ack, sndUna)) {
            return; // an old duplicate
        }
        if (SeqNum.lt(sndUna, ack)) {
            int acked = Math.min(SeqNum.diff(ack, txSeq0), tx.len());
            if (acked > 0) {
                tx.consume(acked);
                txSeq0 += acked;
            }
            sndUna = ack;
            if (SeqNum.lt(sndNxt, sndUna)) {
                sndNxt = sndUna;
            }
            timers.acked(ack, sndUna == sndMax, now);
        }
        if (SeqNum.lt(sndWl1, seg.seq) || (sndWl1 == seg.seq && SeqNum.le(sndWl2, ack))) {
            boolean reopened = sndWnd == 0 && seg.window > 0;
            sndWnd = seg.window;
            sndWl1 = seg.seq;
            sndWl2 = ack;
            if (reopened && timers.persist != NEVER) {
                timers.persist = NEVER;
                sndNxt = sndUna; // resend an unacknowledged probe byte as ordinary data
            }
        }
    }

    /** RFC 9293 §3.10.7.3, a segment arriving in SYN-SENT. */
    private boolean processSynSent(TcpRepr seg, long now) {
        boolean ack = (seg.flags & TcpPacket.ACK_FLAG) != 0;
        boolean rst = (seg.flags & TcpPacket.RST) != 0;
        if (ack && (SeqNum.le(seg.ack, iss) || SeqNum.lt(sndMax, seg.ack))) {
            return rst; // unacceptable ACK: reset, unless it is itself a reset
        }
        if (rst) {
            if (ack) {
                closeWithError(Errno.ECONNREFUSED);
            }
            return true;
        }
        if ((seg.flags & TcpPacket.SYN) == 0) {
            return true;
        }
        irs = seg.seq;
        rcvNxt = seg.seq + 1;
        sndMss = peerMss(seg.mss, set.maxSegment());
        sndWnd = seg.window;
        sndWl1 = seg.seq;
        sndWl2 = seg.ack;
        ackNeeded = true;
        if (ack) {
            processAck(seg, now);
            state = State.ESTABLISHED;
            wasConnected = true;
        } else {
            state = State.SYN_RECEIVED; // simultaneous open: answer with SYN-ACK
            sndNxt = iss;
        }
        return true;
    }

    /** Whether {@link #dispatch} would send something right now. */
    boolean wantsToSend() {
        if (resetDue) {
            return true;
        }
        return switch (state) {
            case SYN_SENT, SYN_RECEIVED -> sndNxt == iss || ackNeeded;
            case CLOSED -> false;
            default -> ackNeeded || sendableBytes() > 0 || finDue();
        };
    }

    long nextDeadline(long now) {
        if (wantsToSend()) {
            return Math.min(Math.max(now, txRetryAt), timers.next());
        }
        return timers.next();
    }

    private boolean canSendData() {
        return state == State.ESTABLISHED
                || state == State.CLOSE_WAIT
                || state == State.FIN_WAIT_1
                || state == State.CLOSING
                || state == State.LAST_ACK;
    }

    private int sendableBytes() {
        if (!canSendData()) {
            return 0;
        }
        int unsent = SeqNum.diff(txSeq0 + tx.len(), sndNxt);
        int usable = SeqNum.diff(sndUna + sndWnd, sndNxt);
        // sndMss is never above our own largest segment: the handshake took the smaller of the
        // peer's and ours (peerMss), and a path MTU only lowers it.
        return Math.max(0, Math.min(unsent, Math.min(usable, sndMss)));
    }

    private boolean finDue() {
        return finQueued && canSendData() && sndNxt == txSeq0 + tx.len();
    }

    /**
     * Nothing is due: an established connection with every byte sent, no ACK owed, no FIN queued
     * and no timer expired. A pass over many connections finds most of them so, and this look
     * costs a sixth of what the full round below does (kv-server under {@code redis-benchmark -c
     * 50}: 3.4 rounds per request, one per connection and pass of the wait loop). The pass asks
     * it itself ({@link SocketSet#dispatch(Interface, long)}), so a quiet connection costs the look
     * without a call of {@link #dispatch}.
     */
    boolean quiet(long now) {
        return state == State.ESTABLISHED
                && !resetDue
                && !ackNeeded
                && !finQueued
                && sndNxt == txSeq0 + tx.len()
                && timers.next() > now;
    }

    /** Timers, then every segment that is due (RFC 9293 §3.8). */
    void dispatch(Interface iface, long now) {
        if (quiet(now)) {
            return;
        }
        if (resetDue) {
            emit(iface, TcpPacket.RST, sndNxt, 0, now);
            release();
            return;
        }
        if (timers.timeWait <= now) {
            release(); // §3.10.8: the TIME-WAIT timeout deletes the TCB
            return;
        }
        if (timers.retransmit <= now) {
            retransmitTimeout(now);
            if (state == State.CLOSED) {
                return;
            }
        }
        if (timers.persist <= now) {
            sendProbe(iface, now);
        } else if (sndWnd == 0
                && timers.retransmit == NEVER
                && timers.persist == NEVER
                && canSendData()
                && SeqNum.gt(txSeq0 + tx.len(), sndUna)) {
            timers.startPersist(now); // RFC 9293 §3.8.6.1
        }
        if (synUnsent && (state == State.SYN_SENT || state == State.SYN_RECEIVED) && iface.resolve(remoteIp, now)) {
            // The neighbour answered ARP: send the SYN now instead of at the retransmission
            // timeout, as if it had never been sent (so it is timed as a fresh one).
            synUnsent = false;
            sndNxt = sndMax = iss;
            timers.retransmit = NEVER;
        }
        if (timers.ack <= now) {
            ackNeeded = true;
        }
        int budget = 64;
        while (budget-- > 0 && sendOne(iface, now)) {
            // one segment per iteration until nothing is due
        }
        if (state == State.TIME_WAIT && userClosed && !ackNeeded) {
            // Nobody holds the handle and the last ACK left: wait as a compact record instead.
            set.recordTimeWait(handle, localPort, remoteIp, remotePort, sndNxt, rcvNxt, timers.timeWait);
            leaveTable();
            timers.stop();
        }
    }

    /** RFC 6298 (5.4)–(5.7): go back to SND.UNA, double the RTO, restart the timer. */
    private void retransmitTimeout(long now) {
        if (sndUna == sndMax && txRetryAt == 0) {
            timers.retransmit = NEVER;
            return;
        }
        if (sndWnd == 0 && canSendData()) {
            // Data is outstanding only because the window closed: the persist timer takes over,
            // and probes that are answered never time the connection out (RFC 1122 §4.2.2.17).
            sndNxt = sndUna;
            timers.stopTiming();
            timers.retransmit = NEVER;
            return;
        }
        // A half-open child gives up after cfg.synAckRetries SYN-ACKs (Linux: 5, about 63 s), so
        // unanswered SYNs leave the SYN queue quickly.
        int limit = state == State.SYN_RECEIVED && parent >= 0 ? cfg.synAckRetries : cfg.maxRetransmissions;
        if (!timers.backOff(now, limit)) {
            closeWithError(Errno.ETIMEDOUT);
            return;
        }
        set.stats().increment(Counter.TCP_RETRANSMISSIONS);
        sndNxt = sndUna;
    }

    /** A one-byte window probe at SND.UNA, with exponential backoff of the persist timer. */
    private void sendProbe(Interface iface, long now) {
        timers.backOffPersist(now);
        if (tx.len() == 0 || sndWnd != 0) {
            timers.persist = NEVER;
            return;
        }
        if (!emit(iface, TcpPacket.ACK_FLAG, sndUna, 1, now)) {
            return;
        }
        if (SeqNum.lt(sndMax, sndUna + 1)) {
            sndMax = sndUna + 1;
        }
        sndNxt = sndUna + 1;
    }

    private boolean sendOne(Interface iface, long now) {
        switch (state) {
            case CLOSED -> {
                return false;
            }
            case SYN_SENT, SYN_RECEIVED -> {
                if (sndNxt == iss) {
                    int flags = state == State.SYN_SENT ? TcpPacket.SYN : TcpPacket.SYN | TcpPacket.ACK_FLAG;
                    boolean sent = emit(iface, flags, iss, 0, now);
                    // Only an active open waits on ARP: a listener's child whose peer is not in
                    // the cache (every peer's own SYN fills it) is most likely a spoofed source,
                    // and its SYN-ACK waits for the retransmission timer instead of polling ARP.
                    synUnsent = !sent && state == State.SYN_SENT;
                    transmitted(sent, iss, 1, now);
                    return true;
                }
                if (ackNeeded && state == State.SYN_RECEIVED) {
                    return emit(iface, TcpPacket.ACK_FLAG, sndNxt, 0, now);
                }
                return false;
            }
            default -> {
                int n = sendableBytes();
                boolean fin = finQueued && sndNxt + n == txSeq0 + tx.len() && canSendData();
                if (n > 0 || fin) {
                    int flags = TcpPacket.ACK_FLAG | (fin ? TcpPacket.FIN : 0) | (n > 0 ? TcpPacket.PSH : 0);
                    int seq = sndNxt;
                    if (!emit(iface, flags, seq, n, now)) {
                        return false; // nothing advances: the same segment is due again
                    }
                    transmitted(true, seq, n + (fin ? 1 : 0), now);
                    return true;
                }
                if (ackNeeded) {
                    return emit(iface, TcpPacket.ACK_FLAG, sndNxt, 0, now);
                }
                return false;
            }
        }
    }

    /**
     * Bookkeeping after a segment of {@code len} sequence numbers at {@code seq} went out, or, for
     * a SYN only, was lost locally ({@link #synUnsent} then sends it again once the next hop resolves).
     */
    private void transmitted(boolean sentAtAll, int seq, int len, long now) {
        int end = seq + len;
        if (SeqNum.lt(sndMax, end)) {
            // New data: time it if nothing is being timed (RFC 6298 §3, one sample per RTT).
            if (sentAtAll) {
                timers.startTiming(end, now);
            }
            sndMax = end;
        }
        sndNxt = end;
        timers.armRetransmit(now);
    }

    /**
     * Writes and sends one segment; false when the interface could not take it (counted there).
     * Then nothing is marked as sent (a pending ACK stays pending), the retransmission timer runs
     * so that a next hop that never resolves still times the connection out, and the segment is
     * tried again after {@link #TX_RETRY_NANOS}.
     */
    private boolean emit(Interface iface, int flags, int seq, int dataLen, long now) {
        byte[] buf = iface.beginIp(remoteIp);
        if (buf == null) {
            txRetryAt = now + TX_RETRY_NANOS;
            if ((flags & (TcpPacket.SYN | TcpPacket.FIN)) != 0 || dataLen > 0) {
                timers.armRetransmit(now);
            }
            return false;
        }
        txRetryAt = 0;
        if ((flags & TcpPacket.ACK_FLAG) != 0) {
            ackNeeded = false;
            timers.ack = NEVER;
            unackedBytes = 0;
        }
        TcpRepr r = set.txRepr;
        r.srcPort = localPort;
        r.dstPort = remotePort;
        r.flags = flags;
        r.seq = seq;
        r.ack = (flags & TcpPacket.ACK_FLAG) != 0 ? rcvNxt : 0;
        r.window = receiveWindow();
        // RFC 9293 §3.7.1: announce our MSS on SYNs: the interface MTU less IP and TCP headers.
        r.mss = (flags & TcpPacket.SYN) != 0 ? iface.maxIpPayload() - TcpPacket.HEADER_LEN : 0;
        r.data = null;
        r.dataLen = dataLen;
        int len = r.bufferLen();
        TcpPacket p = set.txPacket.wrap(buf, Interface.IP_PAYLOAD_OFFSET, len);
        r.emit(p);
        if (dataLen > 0) {
            tx.copyOut(SeqNum.diff(seq, txSeq0), buf, Interface.IP_PAYLOAD_OFFSET + r.headerLen(), dataLen);
        }
        lastAdvertisedWindow = r.window;
        iface.sendIp(remoteIp, Ipv4Packet.PROTO_TCP, len);
        return true;
    }
}
