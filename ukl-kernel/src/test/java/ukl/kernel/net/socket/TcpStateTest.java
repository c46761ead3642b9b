package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ukl.kernel.net.iface.RawPeer.MS;
import static ukl.kernel.net.wire.TcpPacket.ACK_FLAG;
import static ukl.kernel.net.wire.TcpPacket.FIN;
import static ukl.kernel.net.wire.TcpPacket.PSH;
import static ukl.kernel.net.wire.TcpPacket.RST;
import static ukl.kernel.net.wire.TcpPacket.SYN;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.iface.RawPeer;
import ukl.kernel.net.socket.TcpSocket.State;
import ukl.kernel.net.wire.TcpRepr;
import ukl.libc.Libc;

/** The TCP state machine of RFC 9293 driven segment by segment from a hand-written peer. */
class TcpStateTest {
    private static final int PORT = 7;
    private static final int PEER_PORT = 40000;
    private static final int PEER_ISS = 1000;

    private RawPeer peer;
    private SocketSet set;
    private TcpConfig cfg;
    private int listener;

    @BeforeEach
    void setUp() {
        peer = new RawPeer();
        cfg = new TcpConfig();
        cfg.timeWaitNanos = 10_000 * MS;
        set = new SocketSet(peer.iface, 8, cfg, 99);
        peer.introduce();
        listener = set.tcpOpen();
        assertEquals(0, set.listen(listener, PORT, 2));
    }

    private void send(int flags, int seq, int ack, String data) {
        peer.segment(PEER_PORT, PORT, flags, seq, ack, 8192, 0, data);
    }

    private TcpRepr expectSegment(int flags) {
        TcpRepr t = peer.nextSegment();
        assertNotNull(t, "expected a segment with flags " + flags);
        assertEquals(flags, t.flags, "flags");
        return t;
    }

    /** Handshake from the peer's side; returns the accepted socket. Our ISS is in {@link #iss}. */
    private TcpSocket establish() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 1200, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        iss = synAck.seq;
        peer.advance(MS);
        send(ACK_FLAG, PEER_ISS + 1, iss + 1, "");
        int h = set.accept(listener);
        assertTrue(h >= 0, "accept: " + h);
        return set.tcp(h);
    }

    private int iss;

    @Test
    void listenReceivesSyn() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 1200, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        assertEquals(PEER_ISS + 1, synAck.ack);
        assertEquals(1460, synAck.mss, "our MSS: MTU 1500 less 40");
        assertEquals(-Libc.EAGAIN, set.accept(listener), "not acceptable before the handshake completes");
    }

    @Test
    void synReceivedReceivesAck() {
        TcpSocket s = establish();
        assertEquals(State.ESTABLISHED, s.state());
        assertEquals(1200, s.sndMss);
        assertEquals(PEER_PORT, s.remotePort());
        assertEquals(SocketSet.POLLOUT, set.readiness(s.handle));
    }

    @Test
    void establishedAbortSendsRstAtSndNxt() {
        TcpSocket s = establish();
        int h = s.handle;
        assertEquals(0, set.abort(h));
        peer.advance(0);
        TcpRepr rst = expectSegment(RST);
        assertEquals(iss + 1, rst.seq, "RFC 9293 §3.10.4 ABORT: <SEQ=SND.NXT><CTL=RST>");
        assertNull(set.tcp(h), "deleted at once: no FIN, no TIME-WAIT");
        send(ACK_FLAG, PEER_ISS + 1, iss + 1, "x");
        assertEquals(iss + 1, expectSegment(RST).seq, "the connection is gone: its peer's next segment is reset");
    }

    @Test
    void synReceivedReceivesBadAckAnswersRst() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        send(ACK_FLAG, PEER_ISS + 1, synAck.seq + 5, "");
        TcpRepr rst = expectSegment(RST);
        assertEquals(synAck.seq + 5, rst.seq, "RFC 9293 §3.10.7.4: <SEQ=SEG.ACK><CTL=RST>");
    }

    @Test
    void closedPortAnswersRst() {
        peer.segment(PEER_PORT, PORT + 1, SYN, PEER_ISS, 0, 8192, 0, "");
        TcpRepr rst = expectSegment(RST | ACK_FLAG);
        assertEquals(0, rst.seq);
        assertEquals(PEER_ISS + 1, rst.ack);
        peer.segment(PEER_PORT, PORT + 1, ACK_FLAG, PEER_ISS, 12345, 8192, 0, "x");
        assertEquals(12345, expectSegment(RST).seq);
        peer.segment(PEER_PORT, PORT + 1, RST, PEER_ISS, 0, 8192, 0, "");
        assertNull(peer.nextSegment(), "a reset is never answered");
        assertEquals(2, peer.iface.stats().get(Counter.TCP_RST_SENT));
    }

    @Test
    void listenReceivesAckAnswersRst() {
        send(ACK_FLAG, PEER_ISS, 777, "");
        assertEquals(777, expectSegment(RST).seq);
    }

    @Test
    void retransmitsSynAckWithBackoff() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        int seq = expectSegment(SYN | ACK_FLAG).seq;
        peer.advance(999 * MS);
        assertNull(peer.nextSegment(), "RFC 6298 (2.1): initial RTO 1 s");
        peer.advance(1 * MS);
        assertEquals(seq, expectSegment(SYN | ACK_FLAG).seq);
        peer.advance(1999 * MS);
        assertNull(peer.nextSegment(), "RFC 6298 (5.5): the RTO doubles");
        peer.advance(1 * MS);
        expectSegment(SYN | ACK_FLAG);
        peer.advance(4000 * MS);
        expectSegment(SYN | ACK_FLAG);
    }

    @Test
    void duplicateSynInSynReceivedResendsSynAck() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        int seq = expectSegment(SYN | ACK_FLAG).seq;
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        assertEquals(seq, expectSegment(SYN | ACK_FLAG).seq);
    }

    @Test
    void synQueueFullAnswersWithACookieThatCompletesTheHandshake() {
        for (int i = 0; i < 3; i++) {
            peer.segment(PEER_PORT + i, PORT, SYN, PEER_ISS, 0, 8192, 1300, "");
        }
        expectSegment(SYN | ACK_FLAG);
        expectSegment(SYN | ACK_FLAG);
        TcpRepr cookie = expectSegment(SYN | ACK_FLAG);
        assertEquals(1, peer.iface.stats().get(Counter.TCP_SYN_COOKIES_SENT), "RFC 4987 §3.6, as Linux");
        assertEquals(1460, cookie.mss, "a cookie SYN-ACK announces our MSS like any other");
        peer.segment(PEER_PORT + 2, PORT, ACK_FLAG | PSH, PEER_ISS + 1, cookie.seq + 1, 8192, 0, "hi");
        int h = set.accept(listener);
        assertTrue(h >= 0, "the cookie's ACK made the connection: " + h);
        TcpSocket s = set.tcp(h);
        assertEquals(State.ESTABLISHED, s.state());
        assertEquals(1300, s.sndMss, "the cookie keeps the MSS (rounded down to one of eight values)");
        assertEquals(2, s.available(), "the data on the ACK was kept");
    }

    @Test
    void acceptQueueFullDropsSyn() {
        for (int i = 0; i < 2; i++) {
            peer.segment(PEER_PORT + i, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
            TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
            peer.segment(PEER_PORT + i, PORT, ACK_FLAG, PEER_ISS + 1, synAck.seq + 1, 8192, 0, "");
        }
        peer.segment(PEER_PORT + 2, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        TcpRepr t = peer.nextSegment();
        assertNull(
                t,
                "backlog 2, two connections wait to be accepted: the SYN is dropped; got " + (t == null ? 0 : t.flags));
        assertEquals(1, peer.iface.stats().get(Counter.TCP_LISTEN_OVERFLOW));
    }

    @Test
    void establishedEchoesWithPiggybackedAck() {
        TcpSocket s = establish();
        send(ACK_FLAG | PSH, PEER_ISS + 1, iss + 1, "hello");
        assertEquals(PEER_ISS + 6, expectSegment(ACK_FLAG).ack, "RFC 9293: data is acknowledged");
        assertEquals(SocketSet.POLLIN | SocketSet.POLLOUT, set.readiness(s.handle));
        byte[] b = new byte[16];
        assertEquals(5, s.recv(b, 0, 16));
        assertEquals(5, s.send(b, 0, 5));
        peer.advance(0);
        TcpRepr echo = expectSegment(ACK_FLAG | PSH);
        assertEquals("hello", RawPeer.text(echo));
        assertEquals(iss + 1, echo.seq);
        assertEquals(PEER_ISS + 6, echo.ack);
    }

    @Test
    void outOfOrderSegmentsReassembled() {
        TcpSocket s = establish();
        send(ACK_FLAG, PEER_ISS + 1 + 6, iss + 1, "world!");
        assertEquals(PEER_ISS + 1, expectSegment(ACK_FLAG).ack, "a gap: duplicate ACK of RCV.NXT");
        send(ACK_FLAG, PEER_ISS + 1 + 3, iss + 1, "lo ");
        assertEquals(PEER_ISS + 1, expectSegment(ACK_FLAG).ack);
        send(ACK_FLAG, PEER_ISS + 1, iss + 1, "hel");
        assertEquals(PEER_ISS + 13, expectSegment(ACK_FLAG).ack, "the held bytes are joined");
        byte[] b = new byte[32];
        int n = s.recv(b, 0, 32);
        assertEquals("hello world!", new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void duplicateSegmentDeliveredOnce() {
        TcpSocket s = establish();
        send(ACK_FLAG, PEER_ISS + 1, iss + 1, "abc");
        send(ACK_FLAG, PEER_ISS + 1, iss + 1, "abc");
        send(ACK_FLAG, PEER_ISS + 2, iss + 1, "bcde");
        byte[] b = new byte[32];
        int n = s.recv(b, 0, 32);
        assertEquals("abcde", new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void finWait1ReceivesFin() {
        TcpSocket s = establish();
        s.shutdownWrite();
        assertEquals(State.FIN_WAIT_1, s.state());
        peer.advance(0);
        TcpRepr fin = expectSegment(FIN | ACK_FLAG);
        assertEquals(iss + 1, fin.seq);
        send(FIN | ACK_FLAG, PEER_ISS + 1, iss + 1, ""); // crosses our FIN: simultaneous close
        assertEquals(State.CLOSING, s.state());
        assertEquals(PEER_ISS + 2, expectSegment(ACK_FLAG).ack);
        send(ACK_FLAG, PEER_ISS + 2, iss + 2, "");
        assertEquals(State.TIME_WAIT, s.state());
    }

    /** What exit waits for: output is pending until the peer has acknowledged the data and the FIN. */
    @Test
    void outputIsPendingUntilDataAndFinAreAcknowledged() {
        TcpSocket s = establish();
        assertFalse(set.outputPending(), "an idle connection owes nothing");
        assertEquals(5, s.send("hello".getBytes(StandardCharsets.US_ASCII), 0, 5));
        assertTrue(set.outputPending(), "data not yet sent");
        peer.advance(0);
        expectSegment(ACK_FLAG | PSH);
        assertTrue(set.outputPending(), "data sent but not acknowledged");
        send(ACK_FLAG, PEER_ISS + 1, iss + 6, "");
        assertFalse(set.outputPending(), "data acknowledged");
        assertEquals(0, set.close(s.handle));
        assertTrue(set.outputPending(), "closed by the application, the FIN is still owed");
        peer.advance(0);
        expectSegment(FIN | ACK_FLAG);
        send(ACK_FLAG, PEER_ISS + 1, iss + 7, "");
        assertEquals(State.FIN_WAIT_2, s.state());
        assertFalse(set.outputPending(), "the FIN is acknowledged");
    }

    @Test
    void finWait1ReceivesFinAck() {
        TcpSocket s = establish();
        s.shutdownWrite();
        peer.advance(0);
        expectSegment(FIN | ACK_FLAG);
        send(FIN | ACK_FLAG, PEER_ISS + 1, iss + 2, "");
        assertEquals(State.TIME_WAIT, s.state());
    }

    @Test
    void finWait2ReceivesFin() {
        TcpSocket s = establish();
        s.shutdownWrite();
        peer.advance(0);
        expectSegment(FIN | ACK_FLAG);
        send(ACK_FLAG, PEER_ISS + 1, iss + 2, "");
        assertEquals(State.FIN_WAIT_2, s.state());
        send(ACK_FLAG, PEER_ISS + 1, iss + 2, "late data");
        send(FIN | ACK_FLAG, PEER_ISS + 10, iss + 2, "");
        assertEquals(State.TIME_WAIT, s.state());
        byte[] b = new byte[32];
        assertEquals(9, s.recv(b, 0, 32), "half-closed: data still arrives");
        assertEquals(0, s.recv(b, 0, 32), "then end of stream");
    }

    @Test
    void timeWaitExpires() {
        TcpSocket s = establish();
        int h = s.handle;
        set.close(h);
        peer.advance(0);
        expectSegment(FIN | ACK_FLAG);
        send(FIN | ACK_FLAG, PEER_ISS + 1, iss + 2, "");
        expectSegment(ACK_FLAG);
        assertNull(set.tcp(h), "the handle is closed: the slot is free at once, TIME-WAIT is a record");
        assertEquals(1, set.timeWaitRecords());
        peer.advance(5_000 * MS);
        send(FIN | ACK_FLAG, PEER_ISS + 1, iss + 2, ""); // a retransmitted FIN restarts the 2 MSL wait
        assertEquals(PEER_ISS + 2, expectSegment(ACK_FLAG).ack);
        peer.advance(9_999 * MS);
        assertEquals(1, set.timeWaitRecords());
        peer.advance(1 * MS);
        assertEquals(0, set.timeWaitRecords());
    }

    @Test
    void closeWaitThenLastAck() {
        TcpSocket s = establish();
        send(FIN | ACK_FLAG, PEER_ISS + 1, iss + 1, "");
        assertEquals(State.CLOSE_WAIT, s.state());
        assertEquals(PEER_ISS + 2, expectSegment(ACK_FLAG).ack);
        assertEquals(0, s.recv(new byte[4], 0, 4));
        assertTrue((set.readiness(s.handle) & SocketSet.POLLIN) != 0, "EOF is readable");
        assertEquals(
                2, s.send("ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 2), "half-open: still sends");
        set.close(s.handle);
        assertEquals(State.LAST_ACK, s.state());
        peer.advance(0);
        TcpRepr last = expectSegment(FIN | ACK_FLAG | PSH);
        assertEquals("ok", RawPeer.text(last));
        send(ACK_FLAG, PEER_ISS + 2, iss + 4, "");
        assertEquals(State.CLOSED, s.state());
        assertNull(set.tcp(s.handle));
    }

    @Test
    void activeOpen() {
        int h = set.tcpOpen();
        TcpSocket c = set.tcp(h);
        assertEquals(0, c.connect(RawPeer.PEER_IP, 80, peer.now));
        peer.advance(0);
        TcpRepr syn = expectSegment(SYN);
        assertEquals(1460, syn.mss);
        assertEquals(State.SYN_SENT, c.state());
        peer.segment(80, c.localPort(), SYN | ACK_FLAG, 5000, syn.seq + 1, 8192, 1000, "");
        assertEquals(State.ESTABLISHED, c.state());
        TcpRepr ack = expectSegment(ACK_FLAG);
        assertEquals(5001, ack.ack);
        assertEquals(syn.seq + 1, ack.seq);
    }

    @Test
    void synSentReceivesRstRefused() {
        int h = set.tcpOpen();
        TcpSocket c = set.tcp(h);
        c.connect(RawPeer.PEER_IP, 80, peer.now);
        peer.advance(0);
        TcpRepr syn = expectSegment(SYN);
        peer.segment(80, c.localPort(), RST | ACK_FLAG, 0, syn.seq + 1, 0, 0, "");
        assertEquals(State.CLOSED, c.state());
        assertEquals(-Libc.ECONNREFUSED, c.recv(new byte[1], 0, 1));
        assertEquals(SocketSet.POLLIN | SocketSet.POLLERR | SocketSet.POLLHUP, set.readiness(h));
    }

    @Test
    void simultaneousOpen() {
        int h = set.tcpOpen();
        TcpSocket c = set.tcp(h);
        c.connect(RawPeer.PEER_IP, 80, peer.now);
        peer.advance(0);
        TcpRepr syn = expectSegment(SYN);
        peer.segment(80, c.localPort(), SYN, 5000, 0, 8192, 0, "");
        assertEquals(State.SYN_RECEIVED, c.state());
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        assertEquals(syn.seq, synAck.seq);
        assertEquals(5001, synAck.ack);
        peer.segment(80, c.localPort(), SYN | ACK_FLAG, 5000, syn.seq + 1, 8192, 0, "");
        assertEquals(State.ESTABLISHED, c.state());
    }

    @Test
    void simultaneousClose() {
        TwoHosts h = new TwoHosts(11, 0, TwoHosts.fastConfig());
        int l = h.sa.tcpOpen();
        h.sa.listen(l, PORT, 1);
        int ch = h.sb.tcpOpen();
        h.sb.tcp(ch).connect(TwoHosts.IP_A, PORT, h.now);
        int[] sh = {-1};
        h.run(() -> (sh[0] = h.sa.accept(l)) >= 0, 10_000);
        TcpSocket a = h.sa.tcp(sh[0]);
        TcpSocket b = h.sb.tcp(ch);
        a.shutdownWrite();
        b.shutdownWrite();
        h.sa.dispatch(h.a, h.now);
        h.sb.dispatch(h.b, h.now); // both FINs are in flight before either arrives
        h.a.poll(h.now);
        assertEquals(State.CLOSING, a.state(), "A got B's FIN before the ACK of its own");
        h.b.poll(h.now);
        assertEquals(State.TIME_WAIT, b.state(), "B got A's FIN, then A's ACK of its own FIN");
        h.run(() -> a.state() == State.TIME_WAIT && b.state() == State.TIME_WAIT, 100);
        h.run(() -> a.state() == State.CLOSED && b.state() == State.CLOSED, 100);
    }

    @Test
    void rstInWindowGetsChallengeAck() {
        TcpSocket s = establish();
        send(RST, PEER_ISS + 100, 0, "");
        assertEquals(State.ESTABLISHED, s.state(), "RFC 5961 §3.2: an inexact RST does not reset");
        assertEquals(PEER_ISS + 1, expectSegment(ACK_FLAG).ack);
        send(RST, PEER_ISS + 1, 0, "");
        assertEquals(State.CLOSED, s.state());
        assertEquals(-Libc.ECONNRESET, s.send(new byte[1], 0, 1), "a reset connection reports its error");
    }

    @Test
    void synInSynchronizedStateGetsChallengeAck() {
        TcpSocket s = establish();
        send(SYN, PEER_ISS + 1, 0, "");
        assertEquals(State.ESTABLISHED, s.state(), "RFC 5961 §4.2");
        assertEquals(PEER_ISS + 1, expectSegment(ACK_FLAG).ack);
    }

    @Test
    void karnIgnoresRetransmittedRtt() {
        TcpSocket s = establish();
        assertTrue(s.timers.rtt.valid, "the SYN-ACK was timed");
        long srtt = s.timers.rtt.srtt;
        s.send(new byte[100], 0, 100);
        peer.advance(0);
        expectSegment(ACK_FLAG | PSH);
        peer.advance(s.timers.rtt.rto);
        TcpRepr again = expectSegment(ACK_FLAG | PSH);
        assertEquals(iss + 1, again.seq, "go back to SND.UNA");
        long backedOff = s.timers.rtt.rto;
        peer.advance(50 * MS);
        send(ACK_FLAG, PEER_ISS + 1, iss + 101, "");
        assertEquals(srtt, s.timers.rtt.srtt, "Karn: no RTT sample from a retransmitted segment");
        assertEquals(backedOff, s.timers.rtt.rto, "RFC 6298 (5.7): the backed-off RTO stays until a new sample");
        s.send(new byte[10], 0, 10);
        peer.advance(0);
        expectSegment(ACK_FLAG | PSH);
        peer.advance(30 * MS);
        send(ACK_FLAG, PEER_ISS + 1, iss + 111, "");
        assertTrue(s.timers.rtt.srtt != srtt, "a fresh segment is timed");
        assertEquals(cfg.minRtoNanos, s.timers.rtt.rto, "RFC 6298 (2.4): clamped to the minimum");
    }

    @Test
    void zeroWindowProbe() {
        TcpSocket s = establish();
        peer.segment(PEER_PORT, PORT, ACK_FLAG, PEER_ISS + 1, iss + 1, 0, 0, ""); // window closes
        assertEquals(0, s.sndWnd);
        s.send("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 3);
        peer.advance(0);
        assertNull(peer.nextSegment(), "nothing fits a zero window");
        long interval = s.timers.rtt.rto;
        peer.advance(interval);
        TcpRepr probe = expectSegment(ACK_FLAG);
        assertEquals(1, probe.dataLen, "RFC 9293 §3.8.6.1: a one-byte probe");
        assertEquals(iss + 1, probe.seq);
        peer.segment(PEER_PORT, PORT, ACK_FLAG, PEER_ISS + 1, iss + 1, 0, 0, ""); // still closed
        peer.advance(interval);
        assertNull(peer.nextSegment(), "the persist timer backs off");
        peer.advance(interval);
        assertEquals(iss + 1, expectSegment(ACK_FLAG).seq);
        for (int i = 0; i < 20; i++) {
            peer.segment(PEER_PORT, PORT, ACK_FLAG, PEER_ISS + 1, iss + 1, 0, 0, "");
            peer.advance(cfg.maxRtoNanos);
            peer.nextSegment();
        }
        assertEquals(State.ESTABLISHED, s.state(), "answered probes never time out");
        peer.segment(PEER_PORT, PORT, ACK_FLAG, PEER_ISS + 1, iss + 1, 8192, 0, ""); // opens
        TcpRepr data = expectSegment(ACK_FLAG | PSH);
        assertEquals("abc", RawPeer.text(data));
        assertEquals(iss + 1, data.seq);
    }

    @Test
    void receiveWindowAdvertisesFreeBufferSpace() {
        TcpSocket s = establish();
        String chunk = "x".repeat(1000);
        int seq = PEER_ISS + 1;
        for (int i = 0; i < 5; i++) {
            send(ACK_FLAG, seq, iss + 1, chunk);
            seq += 1000;
        }
        TcpRepr last = null;
        for (TcpRepr t = peer.nextSegment(); t != null; t = peer.nextSegment()) {
            last = t;
        }
        assertNotNull(last);
        assertEquals(cfg.receiveBufferSize - 5000, last.window);
        s.recv(new byte[5000], 0, 5000);
        peer.advance(0);
        assertEquals(cfg.receiveBufferSize, expectSegment(ACK_FLAG).window, "a window update after reading");
    }

    @Test
    void retransmissionsExhaustedClosesConnection() {
        TcpSocket s = establish();
        s.send(new byte[10], 0, 10);
        peer.advance(0); // the first transmission
        for (int i = 0; i <= cfg.maxRetransmissions; i++) {
            peer.advance(cfg.maxRtoNanos);
        }
        assertEquals(State.CLOSED, s.state());
        assertEquals(-Libc.ETIMEDOUT, s.send(new byte[1], 0, 1));
    }

    @Test
    void delayedAckRidesOnEchoData() {
        cfg.ackDelayNanos = 500_000;
        TcpSocket s = establish();
        send(ACK_FLAG | PSH, PEER_ISS + 1, iss + 1, "ping");
        assertNull(peer.nextSegment(), "RFC 1122 §4.2.3.2: the ACK waits");
        byte[] b = new byte[8];
        s.send(b, 0, s.recv(b, 0, 8));
        peer.advance(100_000);
        TcpRepr echo = expectSegment(ACK_FLAG | PSH);
        assertEquals(PEER_ISS + 5, echo.ack, "the echo carries the ACK");
        assertNull(peer.nextSegment(), "and no separate ACK follows");

        send(ACK_FLAG | PSH, PEER_ISS + 5, iss + 5, "more");
        peer.advance(499_999);
        assertNull(peer.nextSegment());
        peer.advance(1);
        assertEquals(PEER_ISS + 9, expectSegment(ACK_FLAG).ack, "alone once the delay is over");
    }

    @Test
    void closingListenerDropsHalfOpenChildren() {
        peer.segment(PEER_PORT, PORT, SYN, PEER_ISS, 0, 8192, 0, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        assertEquals(0, set.close(listener));
        send(ACK_FLAG, PEER_ISS + 1, synAck.seq + 1, "");
        assertEquals(synAck.seq + 1, expectSegment(RST).seq, "the child is gone: its ACK meets a closed port");
        assertEquals(0, set.listen(set.tcpOpen(), PORT, 1), "the port is free again");
        assertEquals(-Libc.EBADF, set.close(set.capacity()), "no such handle");
    }
}
