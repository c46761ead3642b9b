package ukl.kernel.net.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.net.socket.TcpConfig;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;

/**
 * Broken input never escapes the stack as an exception and is always counted: every truncation of
 * valid frames, and a seeded fuzz of 100,000 mutated ones, against an interface with a listening
 * and an established TCP socket and a UDP socket above it.
 */
class MalformedFrameTest {
    private final RawPeer peer = new RawPeer();
    private final SocketSet set = new SocketSet(peer.iface, 8, new TcpConfig(), 5);

    private byte[][] validFrames() {
        peer.introduce();
        int l = set.tcpOpen();
        set.listen(l, 7, 4);
        int u = set.udpOpen();
        set.udp(u).bind(53);
        TcpRepr t = new TcpRepr();
        t.srcPort = 40000;
        t.dstPort = 7;
        t.flags = TcpPacket.SYN;
        t.seq = 1;
        t.window = 1000;
        t.mss = 1400;
        byte[] seg = new byte[t.bufferLen()];
        TcpPacket p = new TcpPacket().wrap(seg, 0, seg.length);
        t.emit(p);
        p.fillChecksum(RawPeer.PEER_IP, RawPeer.STACK_IP);
        byte[] syn = RawPeer.ipFrame(Ipv4Packet.PROTO_TCP, seg, seg.length);
        byte[] udp = RawPeer.ipFrame(Ipv4Packet.PROTO_UDP,
                ukl.kernel.net.wire.HexFrames.udp(RawPeer.PEER_IP, RawPeer.STACK_IP, 1234, 53, "query"), 13);
        byte[] icmp = RawPeer.ipFrame(Ipv4Packet.PROTO_ICMP, ukl.kernel.net.wire.HexFrames.echo(7, 9, "ping"), 12);
        byte[] arp = new byte[42];
        System.arraycopy(ukl.kernel.net.wire.HexFrames.arpRequest(RawPeer.PEER_MAC, RawPeer.PEER_IP, RawPeer.STACK_IP),
                0, arp, 14, 28);
        RawPeer.ethernet(arp, 0x0806);
        return new byte[][] {syn, udp, icmp, arp};
    }

    @Test
    void everyTruncationIsDroppedAndCounted() {
        byte[][] frames = validFrames();
        for (byte[] f : frames) {
            for (int len = 1; len < f.length; len++) { // a 0-byte receive means "no frame"
                long before = peer.iface.stats().drops();
                peer.inject(f, len);
                // Each cut frame is dropped, and counted, exactly once by the layer that notices.
                assertEquals(before + 1, peer.iface.stats().drops(), "frame of type " + (f[13] & 0xff) + " cut to " + len);
                while (peer.receive()) {
                    // a reply to a truncated frame would be a bug, caught by the count above
                }
            }
        }
    }

    @Test
    void fuzzedFramesNeverThrowAndAreCounted() {
        byte[][] frames = validFrames();
        long seed = 0x5eed;
        byte[] buf = new byte[1514];
        for (int i = 0; i < 100_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            byte[] f = frames[(int) ((seed >>> 33) % frames.length)];
            int len = f.length;
            System.arraycopy(f, 0, buf, 0, len);
            int mutations = 1 + (int) ((seed >>> 20) & 3);
            for (int m = 0; m < mutations; m++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int at = (int) ((seed >>> 33) % len);
                switch ((int) ((seed >>> 13) & 3)) {
                    case 0 -> buf[at] = (byte) (seed >>> 40);
                    case 1 -> buf[at] ^= (byte) (1 << ((seed >>> 45) & 7));
                    case 2 -> len = Math.max(1, at);
                    default -> buf[at] = (byte) 0xff;
                }
            }
            if (i % 1000 == 0) {
                for (int k = 0; k < len; k++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    buf[k] = (byte) (seed >>> 33);
                }
            }
            peer.inject(buf, len);
            while (peer.receive()) {
                // discard what the stack answers
            }
            if (i % 5000 == 0) {
                peer.advance(100 * RawPeer.MS);
            }
        }
        NetStats st = peer.iface.stats();
        assertTrue(st.drops() > 50_000, "most mutations are caught: " + st);
        assertTrue(st.get(Counter.IP_BAD_CHECKSUM) > 0 && st.get(Counter.TCP_BAD_CHECKSUM) > 0
                && st.get(Counter.UDP_BAD_CHECKSUM) > 0 && st.get(Counter.ICMP_BAD_CHECKSUM) > 0
                && st.get(Counter.ETH_TRUNCATED) > 0 && st.get(Counter.IP_TRUNCATED) > 0, st.toString());
    }
}
