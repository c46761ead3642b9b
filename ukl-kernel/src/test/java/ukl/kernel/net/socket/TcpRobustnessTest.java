package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ukl.kernel.net.iface.RawPeer.MS;
import static ukl.kernel.net.wire.TcpPacket.ACK_FLAG;
import static ukl.kernel.net.wire.TcpPacket.FIN;
import static ukl.kernel.net.wire.TcpPacket.PSH;
import static ukl.kernel.net.wire.TcpPacket.RST;
import static ukl.kernel.net.wire.TcpPacket.SYN;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.iface.RawPeer;
import ukl.kernel.net.wire.TcpRepr;

/**
 * TCP under attack and at its limits, as Linux behaves: SYN and ACK floods (RFC 4987), the MSS
 * floor of CVE-2019-11479, TIME-WAIT kept outside the socket table and reopened by a new SYN
 * (RFC 6191), and half-open connections that give up after Linux's five SYN-ACK retries. The
 * server has Sys's table (128 slots) and the echo sample's backlog (64).
 */
class TcpRobustnessTest {
    private static final int PORT = 7;
    private static final int FLOOD = 20_000;

    private RawPeer peer;
    private SocketSet set;
    private TcpConfig cfg;
    private int listener;

    @BeforeEach
    void setUp() {
        peer = new RawPeer();
        cfg = new TcpConfig();
        set = new SocketSet(peer.iface, 128, cfg, 7);
        peer.introduce();
        listener = set.tcpOpen();
        assertEquals(0, set.listen(listener, PORT, 64));
    }

    private void drain() {
        while (peer.receive()) {
            // what the stack answered the flood
        }
    }

    private TcpRepr expectSegment(int flags) {
        TcpRepr t = peer.nextSegment();
        assertNotNull(t, "expected a segment with flags " + flags);
        assertEquals(flags, t.flags, "flags");
        return t;
    }

    /** A client on {@code port} connects, is accepted, and gets its bytes echoed; the server closes. */
    private void serveOneClient(int port) {
        drain();
        peer.segment(port, PORT, SYN, 5000, 0, 8192, 1460, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(port, PORT, ACK_FLAG | PSH, 5001, synAck.seq + 1, 8192, 0, "ping");
        int h = -1;
        for (int i = 0; i < 3 && h < 0; i++) {
            h = set.accept(listener);
        }
        assertTrue(h >= 0, "the client is accepted: " + h + "; " + peer.iface.stats());
        byte[] b = new byte[16];
        int n = set.tcp(h).recv(b, 0, b.length);
        assertEquals(4, n);
        set.tcp(h).send(b, 0, n);
        set.close(h);
        peer.advance(0);
        TcpRepr echo = peer.nextSegment();
        while (echo != null && echo.dataLen == 0) {
            echo = peer.nextSegment(); // the ACK of "ping"
        }
        assertNotNull(echo, "the echo");
        assertEquals(ACK_FLAG | PSH | FIN, echo.flags);
        assertEquals("ping", RawPeer.text(echo));
    }

    @Test
    void synFloodFromSpoofedPortsLeavesTheServerServing() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < FLOOD; i++) {
            peer.segment(1024 + i % 30_000, PORT, SYN, rnd.nextInt(), 0, 512, 0, "");
            if (i % 64 == 0) {
                drain();
            }
            if (i == FLOOD / 2) {
                serveOneClient(40_000); // during the flood
            }
        }
        serveOneClient(40_001); // at once after it
        assertTrue(
                peer.iface.stats().get(Counter.TCP_SYN_COOKIES_SENT) > FLOOD - 100,
                peer.iface.stats().toString());
        assertTrue(set.listener(listener).halfOpen() <= 64, "the SYN queue is bounded");
    }

    @Test
    void ackFloodIsAnsweredWithResetsAndTheServerStillServes() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 3; i++) {
            peer.segment(2000, PORT, SYN, 1, 0, 512, 0, ""); // overflow once, so ACKs are checked for cookies
        }
        for (int i = 0; i < 70; i++) {
            peer.segment(3000 + i, PORT, SYN, 1, 0, 512, 0, "");
        }
        drain();
        for (int i = 0; i < FLOOD; i++) {
            peer.segment(1024 + i % 30_000, PORT, ACK_FLAG, rnd.nextInt(), rnd.nextInt(), 512, 0, "");
            if (i % 64 == 0) {
                drain();
            }
        }
        assertEquals(0, peer.iface.stats().get(Counter.TCP_SYN_COOKIES_VALID), "no guessed cookie");
        // All but the few ACKs that hit the half-open children's ports.
        assertTrue(peer.iface.stats().get(Counter.TCP_SYN_COOKIES_INVALID) > FLOOD - 100);
        serveOneClient(40_000);
    }

    /** The next segment the stack sent, or {@code null}; a reset fails the test with {@code what}. */
    private TcpRepr nextNotReset(String what) {
        TcpRepr t = peer.nextSegment();
        assertTrue(t == null || (t.flags & RST) == 0, what + " was reset; " + peer.iface.stats());
        return t;
    }

    /**
     * KvServerImageTest's churn: clients connect and close at once, faster than a busy application
     * accepts, until their connections fill the socket table (Redis's backlog, 511, is larger than
     * the 128 slots). A client that connects then must not be reset: as Linux does when its accept
     * queue overflows (tcp_abort_on_overflow = 0), the stack stays silent, and the client's
     * retransmission is served once the application has caught up.
     */
    @Test
    void aClientConnectingWhileChurnFillsTheTableIsNotResetButServedLater() {
        final int kvPort = 6379;
        int kv = set.tcpOpen();
        assertEquals(0, set.listen(kv, kvPort, 511));
        int silent = 0;
        for (int port = 10_000; port < 10_200; port++) {
            peer.segment(port, kvPort, SYN, 100, 0, 8192, 1460, "");
            TcpRepr synAck = nextNotReset("a churn SYN");
            if (synAck == null) {
                silent++; // no room: the churn client's connect would retry
                continue;
            }
            assertEquals(SYN | ACK_FLAG, synAck.flags);
            peer.segment(port, kvPort, ACK_FLAG | FIN, 101, synAck.seq + 1, 8192, 0, "");
            while (nextNotReset("a churn connection's FIN") != null) {
                // the ACK of the FIN
            }
        }
        assertTrue(silent > 0, "the churn filled the table");
        int late = 40_000;
        peer.segment(late, kvPort, SYN, 5000, 0, 8192, 1460, "");
        TcpRepr synAck = nextNotReset("the late client's SYN");
        if (synAck != null) {
            peer.segment(late, kvPort, ACK_FLAG | PSH, 5001, synAck.seq + 1, 8192, 0, "SET");
            while (nextNotReset("the late client's first request") != null) {
                // nothing else is expected
            }
        }
        assertTrue(
                peer.iface.stats().get(Counter.TCP_LISTEN_OVERFLOW) > 0,
                peer.iface.stats().toString());

        // The application catches up: it accepts each churn connection, reads the end, and closes.
        for (int h = set.accept(kv); h >= 0; h = set.accept(kv)) {
            set.close(h);
        }
        peer.advance(0);
        for (TcpRepr fin = peer.nextSegment(); fin != null; fin = peer.nextSegment()) {
            assertEquals(ACK_FLAG | FIN, fin.flags);
            peer.segment(fin.dstPort, kvPort, ACK_FLAG, 102, fin.seq + 1, 8192, 0, "");
        }

        // The late client's retransmission (of its SYN, or of its request) is served.
        peer.advance(1000 * MS);
        drain();
        if (synAck == null) {
            peer.segment(late, kvPort, SYN, 5000, 0, 8192, 1460, "");
            synAck = expectSegment(SYN | ACK_FLAG);
        }
        peer.segment(late, kvPort, ACK_FLAG | PSH, 5001, synAck.seq + 1, 8192, 0, "SET");
        int h = set.accept(kv);
        assertTrue(h >= 0, "the late client is accepted: " + h + "; " + peer.iface.stats());
        byte[] b = new byte[8];
        assertEquals(3, set.tcp(h).recv(b, 0, b.length));
    }

    @Test
    void synReceivedGivesUpAfterFiveSynAckRetransmissions() {
        peer.segment(2000, PORT, SYN, 1, 0, 512, 0, "");
        int sent = 0;
        for (int i = 0; i < 200; i++) {
            while (peer.nextSegment() != null) {
                sent++;
            }
            peer.advance(1000 * MS);
        }
        assertEquals(6, sent, "Linux's tcp_synack_retries = 5: the SYN-ACK and five retransmissions");
        assertEquals(0, set.listener(listener).halfOpen());
    }

    @Test
    void tinyMssIsRaisedToLinuxsFloor() {
        peer.segment(2000, PORT, SYN, 1, 0, 8192, 1, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(2000, PORT, ACK_FLAG, 2, synAck.seq + 1, 8192, 0, "");
        TcpSocket s = set.tcp(set.accept(listener));
        assertEquals(48, s.sndMss, "tcp_min_snd_mss, CVE-2019-11479");
        s.send(new byte[100], 0, 100);
        peer.advance(0);
        assertEquals(48, expectSegment(ACK_FLAG | PSH).dataLen);
    }

    @Test
    void hugeMssIsClampedToOurMtu() {
        peer.segment(2000, PORT, SYN, 1, 0, 65535, 65000, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(2000, PORT, ACK_FLAG, 2, synAck.seq + 1, 65535, 0, "");
        assertEquals(1460, set.tcp(set.accept(listener)).sndMss);
    }

    /** The server closes first, the client answers with its FIN: the connection is in TIME-WAIT. */
    private int closeFirst(int port, int clientIsn) {
        peer.segment(port, PORT, SYN, clientIsn, 0, 8192, 1460, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(port, PORT, ACK_FLAG, clientIsn + 1, synAck.seq + 1, 8192, 0, "");
        int h = set.accept(listener);
        set.close(h);
        peer.advance(0);
        TcpRepr fin = expectSegment(ACK_FLAG | FIN);
        peer.segment(port, PORT, ACK_FLAG | FIN, clientIsn + 1, fin.seq + 1, 8192, 0, "");
        assertEquals(clientIsn + 2, expectSegment(ACK_FLAG).ack, "our FIN's ACK");
        return fin.seq + 1;
    }

    @Test
    void timeWaitLeavesTheSocketTableForACompactRecord() {
        for (int i = 0; i < 500; i++) {
            closeFirst(10_000 + i, 100);
        }
        assertEquals(500, set.timeWaitRecords(), "500 connections in TIME-WAIT, more than the 128 slots");
        assertTrue(set.tcpOpen() >= 0, "the table has room");
    }

    @Test
    void timeWaitAcknowledgesARetransmittedFin() {
        int sndNxt = closeFirst(2000, 100);
        peer.advance(1000 * MS);
        peer.segment(2000, PORT, ACK_FLAG | FIN, 101, sndNxt, 8192, 0, "");
        TcpRepr ack = expectSegment(ACK_FLAG);
        assertEquals(102, ack.ack, "RFC 9293 §3.10.7.4: acknowledge it, and restart the 2 MSL timeout");
        assertEquals(sndNxt, ack.seq);
        peer.advance(cfg.timeWaitNanos - MS);
        assertEquals(1, set.timeWaitRecords(), "the wait restarted");
        peer.advance(2 * MS);
        assertEquals(0, set.timeWaitRecords());
    }

    @Test
    void synAboveRcvNxtReopensATimeWaitConnection() {
        int sndNxt = closeFirst(2000, 100);
        peer.segment(2000, PORT, SYN, 5000, 0, 8192, 1460, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        assertEquals(5001, synAck.ack, "RFC 6191: a SYN with a higher sequence number reopens it");
        assertTrue(SeqNum.gt(synAck.seq, sndNxt), "with an ISS above the old SND.NXT");
        assertEquals(1, peer.iface.stats().get(Counter.TCP_TIME_WAIT_REUSED));
    }

    @Test
    void oldSynInTimeWaitGetsAnAck() {
        int sndNxt = closeFirst(2000, 100);
        peer.segment(2000, PORT, SYN, 50, 0, 8192, 1460, "");
        TcpRepr ack = expectSegment(ACK_FLAG);
        assertEquals(sndNxt, ack.seq);
        assertEquals(102, ack.ack);
        assertEquals(1, set.timeWaitRecords(), "the old SYN does not end TIME-WAIT");
    }

    @Test
    void exactResetEndsTimeWait() {
        closeFirst(2000, 100);
        peer.segment(2000, PORT, RST, 90, 0, 0, 0, "");
        assertEquals(1, set.timeWaitRecords(), "RFC 5961 §3.2: an inexact reset changes nothing");
        peer.segment(2000, PORT, RST, 102, 0, 0, 0, "");
        assertEquals(0, set.timeWaitRecords());
    }

    @Test
    void manyShortConnectionsAServerClosesFirstAreNotLimitedByTimeWait() {
        for (int i = 0; i < 2000; i++) {
            closeFirst(10_000 + i, 100);
        }
        assertEquals(cfg.timeWaitRecords, set.timeWaitRecords());
        assertEquals(2000 - cfg.timeWaitRecords, peer.iface.stats().get(Counter.TCP_TIME_WAIT_EVICTED));
        assertTrue(set.tcpOpen() >= 0, "the table has room");
    }

    @Test
    void fragmentationNeededLowersTheMssAndResendsAtOnce() {
        peer.segment(2000, PORT, SYN, 1, 0, 65535, 1460, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(2000, PORT, ACK_FLAG, 2, synAck.seq + 1, 65535, 0, "");
        TcpSocket s = set.tcp(set.accept(listener));
        s.send(new byte[1400], 0, 1400);
        peer.advance(0);
        TcpRepr big = expectSegment(ACK_FLAG | PSH);
        assertEquals(1400, big.dataLen);
        // RFC 1191: a router says the path carries 1000 bytes, quoting our header and 8 bytes of TCP.
        byte[] icmp = new byte[8 + 28];
        icmp[0] = 3;
        icmp[1] = 4;
        icmp[6] = (byte) (1000 >>> 8);
        icmp[7] = (byte) 1000;
        icmp[8] = 0x45;
        icmp[8 + 9] = 6;
        putInt(icmp, 8 + 12, RawPeer.STACK_IP);
        putInt(icmp, 8 + 16, RawPeer.PEER_IP);
        icmp[28] = 0;
        icmp[29] = PORT;
        icmp[30] = (byte) (2000 >>> 8);
        icmp[31] = (byte) 2000;
        putInt(icmp, 32, big.seq);
        int sum = ukl.kernel.net.wire.Checksum.finish(ukl.kernel.net.wire.Checksum.add(0, icmp, 0, icmp.length));
        icmp[2] = (byte) (sum >>> 8);
        icmp[3] = (byte) sum;
        byte[] f = RawPeer.ipFrame(ukl.kernel.net.wire.Ipv4Packet.PROTO_ICMP, icmp, icmp.length);
        peer.inject(f, f.length);
        assertEquals(960, s.sndMss, "MTU 1000 less 40 bytes of headers");
        assertEquals(1, peer.iface.stats().get(Counter.ICMP_PMTU_UPDATES));
        TcpRepr again = expectSegment(ACK_FLAG | PSH);
        assertEquals(big.seq, again.seq, "what was in flight goes again, at once");
        assertEquals(960, again.dataLen);
    }

    @Test
    void fragmentationNeededForASequenceNotInFlightIsIgnored() {
        peer.segment(2000, PORT, SYN, 1, 0, 65535, 1460, "");
        TcpRepr synAck = expectSegment(SYN | ACK_FLAG);
        peer.segment(2000, PORT, ACK_FLAG, 2, synAck.seq + 1, 65535, 0, "");
        TcpSocket s = set.tcp(set.accept(listener));
        assertEquals(false, s.pathMtu(s.sndNxt + 5000, 600), "RFC 5927 §4.1: not a segment of ours");
        assertEquals(1460, s.sndMss);
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
