package ukl.kernel.net.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.wire.Checksum;
import ukl.kernel.net.wire.EthernetFrame;
import ukl.kernel.net.wire.IcmpPacket;
import ukl.kernel.net.wire.IcmpRepr;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.Parse;
import ukl.kernel.net.wire.UdpPacket;

/**
 * IPv4 input as RFC 1122 §3.2.1 and §3.3.2 ask, and as Linux answers: options skipped, fragments
 * reassembled (overlaps dropped, as RFC 5722), invalid sources discarded, and the ICMP errors a
 * host sends (port and protocol unreachable, rate limited, never to a broadcast).
 */
class Rfc1122InputTest {
    private static final int NOP = 1;
    private RawPeer peer;

    @BeforeEach
    void setUp() {
        peer = new RawPeer();
        peer.introduce();
    }

    /** An IPv4 frame from {@code src} to the stack; {@code flagsFrag} is the 16-bit flags/offset field. */
    private static byte[] frame(
            int src, int dst, int protocol, byte[] options, int ident, int flagsFrag, byte[] payload) {
        int hl = 20 + options.length;
        byte[] b = new byte[14 + hl + payload.length];
        RawPeer.ethernet(b, EthernetFrame.ETHERTYPE_IPV4);
        int o = 14;
        b[o] = (byte) (0x40 | hl / 4);
        put16(b, o + 2, hl + payload.length);
        put16(b, o + 4, ident);
        put16(b, o + 6, flagsFrag);
        b[o + 8] = 64;
        b[o + 9] = (byte) protocol;
        put32(b, o + 12, src);
        put32(b, o + 16, dst);
        System.arraycopy(options, 0, b, o + 20, options.length);
        put16(b, o + 10, Checksum.finish(Checksum.add(0, b, o, hl)));
        System.arraycopy(payload, 0, b, o + hl, payload.length);
        return b;
    }

    private static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void put32(byte[] b, int off, int v) {
        put16(b, off, v >>> 16);
        put16(b, off + 2, v);
    }

    private static byte[] echoRequest(String data) {
        IcmpRepr r = new IcmpRepr();
        r.type = IcmpRepr.ECHO_REQUEST;
        r.ident = 7;
        r.seq = 1;
        r.data = data.getBytes(StandardCharsets.US_ASCII);
        r.dataLen = r.data.length;
        byte[] icmp = new byte[r.bufferLen()];
        r.emit(new IcmpPacket().wrap(icmp, 0, icmp.length));
        return icmp;
    }

    private static byte[] udp(int dstPort, int len) {
        byte[] u = new byte[UdpPacket.HEADER_LEN + len];
        put16(u, 0, 5353);
        put16(u, 2, dstPort);
        put16(u, 4, u.length); // checksum 0: none (RFC 768)
        return u;
    }

    private void inject(byte[] f) {
        peer.inject(f, f.length);
    }

    /** The next ICMP message the stack sent, or null. */
    private IcmpRepr nextIcmp() {
        while (peer.receive()) {
            EthernetFrame f = new EthernetFrame().wrap(peer.rx, 0, peer.rxLen);
            Ipv4Packet p = new Ipv4Packet().wrap(peer.rx, f.payloadOffset(), f.payloadLen());
            Ipv4Repr ip = new Ipv4Repr();
            if (f.etherType() != EthernetFrame.ETHERTYPE_IPV4
                    || ip.parse(p) != Parse.OK
                    || ip.protocol != Ipv4Packet.PROTO_ICMP) {
                continue;
            }
            IcmpRepr r = new IcmpRepr();
            assertEquals(Parse.OK, r.parse(new IcmpPacket().wrap(peer.rx, p.payloadOffset(), p.payloadLen())));
            r.data = java.util.Arrays.copyOfRange(peer.rx, r.dataOff, r.dataOff + r.dataLen);
            r.dataOff = 0;
            return r;
        }
        return null;
    }

    @Test
    void optionsAreSkippedAndThePacketAnswered() {
        byte[] nops = {NOP, NOP, NOP, NOP};
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, nops, 1, 0, echoRequest("hi")));
        IcmpRepr reply = nextIcmp();
        assertTrue(reply != null && reply.type == IcmpRepr.ECHO_REPLY, "four NOPs: Linux answers, so do we");
        assertEquals("hi", new String(reply.data, 0, reply.dataLen, StandardCharsets.US_ASCII));
        byte[] recordRoute = {7, 7, 4, 0, 0, 0, 0, 0}; // RR with one empty slot, then EOL
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, recordRoute, 2, 0, echoRequest("rr")));
        assertEquals(IcmpRepr.ECHO_REPLY, nextIcmp().type, "record route: skipped");
        byte[] timestamp = {68, 12, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0}; // RFC 791 internet timestamp, 2 slots
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, timestamp, 3, 0, echoRequest("ts")));
        assertEquals(IcmpRepr.ECHO_REPLY, nextIcmp().type, "timestamp: skipped");
        assertEquals(3, peer.iface.stats().get(Counter.IP_OPTIONS));
    }

    /** The next frame the stack sent, if it is an ICMP parameter problem: its ICMP message's bytes; else null. */
    private byte[] nextParameterProblem() {
        if (!peer.receive()) {
            return null;
        }
        EthernetFrame f = new EthernetFrame().wrap(peer.rx, 0, peer.rxLen);
        Ipv4Packet p = new Ipv4Packet().wrap(peer.rx, f.payloadOffset(), f.payloadLen());
        assertEquals(Ipv4Packet.PROTO_ICMP, p.protocol());
        byte[] icmp = java.util.Arrays.copyOfRange(peer.rx, p.payloadOffset(), p.payloadOffset() + p.payloadLen());
        assertEquals(IcmpRepr.PARAMETER_PROBLEM, icmp[0]);
        assertEquals(0, Checksum.finish(Checksum.add(0, icmp, 0, icmp.length)), "the ICMP checksum");
        return icmp;
    }

    @Test
    void optionLongerThanTheHeaderIsDroppedAndAnsweredWithAParameterProblem() {
        byte[] bad = {NOP, (byte) 0x99, 12, 0};
        byte[] f = frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, bad, 1, 0, echoRequest("hi"));
        inject(f);
        byte[] icmp = nextParameterProblem();
        assertTrue(icmp != null, "RFC 1122 §3.2.2.5: a host SHOULD send a parameter problem");
        assertEquals(0, icmp[1], "code 0: the pointer names the error");
        assertEquals(21, icmp[4], "the pointer: the option after the NOP, at octet 21 of the header");
        assertEquals(
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(f, 14, f.length)),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(icmp, 8, icmp.length)),
                "the whole packet quoted");
        assertFalse(peer.receive(), "and no echo reply");
        assertEquals(1, peer.iface.stats().get(Counter.IP_BAD_OPTIONS));
        assertEquals(1, peer.iface.stats().get(Counter.ICMP_PARAMETER_PROBLEM_SENT));
    }

    @Test
    void noParameterProblemForAnInvalidSourceAnotherHostOrAnIcmpError() {
        byte[] zeroLength = {7, 0, 0, 0};
        inject(frame(Ipv4Address.BROADCAST, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, zeroLength, 1, 0, udp(9, 4)));
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP + 1, Ipv4Packet.PROTO_UDP, zeroLength, 2, 0, udp(9, 4)));
        byte[] unreachable = {3, 3, 0, 0, 0, 0, 0, 0};
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, zeroLength, 3, 0, unreachable));
        assertFalse(peer.receive(), "RFC 1122 §3.2.2: no ICMP error for these");
        assertEquals(3, peer.iface.stats().get(Counter.IP_BAD_OPTIONS));
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, zeroLength, 4, 0, udp(9, 4)));
        assertEquals(20, nextParameterProblem()[4], "but for a datagram to us from a valid host, one");
    }

    /** An echo request of {@code size} data bytes cut into fragments of {@code step} bytes, in {@code order}. */
    private void fragmentedEcho(int ident, int size, int step, int[] order) {
        byte[] icmp = echoRequest("x".repeat(size));
        for (int k : order) {
            int from = k * step;
            int to = Math.min(icmp.length, from + step);
            boolean more = to < icmp.length;
            byte[] piece = java.util.Arrays.copyOfRange(icmp, from, to);
            inject(frame(
                    RawPeer.PEER_IP,
                    RawPeer.STACK_IP,
                    Ipv4Packet.PROTO_ICMP,
                    new byte[0],
                    ident,
                    (more ? 0x2000 : 0) | from / 8,
                    piece));
        }
    }

    @Test
    void fragmentsAreReassembledInAnyOrder() {
        fragmentedEcho(42, 1000, 256, new int[] {3, 1, 0, 2});
        IcmpRepr reply = nextIcmp();
        assertTrue(reply != null && reply.type == IcmpRepr.ECHO_REPLY, "RFC 1122 §3.3.2: a host MUST reassemble");
        assertEquals(1000, reply.dataLen);
        assertEquals(4, peer.iface.stats().get(Counter.IP_FRAGMENTS));
        assertEquals(1, peer.iface.stats().get(Counter.IP_REASSEMBLED));
    }

    @Test
    void overlappingFragmentDropsTheDatagram() {
        byte[] icmp = echoRequest("y".repeat(100));
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, 1, new byte[0], 9, 0x2000, java.util.Arrays.copyOf(icmp, 64)));
        // The second fragment starts at 56, inside the first (0–64): RFC 5722, and Linux, drop it all.
        byte[] tail = java.util.Arrays.copyOfRange(icmp, 56, icmp.length);
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, 1, new byte[0], 9, 56 / 8, tail));
        byte[] rest = java.util.Arrays.copyOfRange(icmp, 64, icmp.length);
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, 1, new byte[0], 9, 64 / 8, rest));
        assertEquals(null, nextIcmp(), "nothing is answered");
        assertEquals(1, peer.iface.stats().get(Counter.IP_FRAG_OVERLAP));
    }

    @Test
    void incompleteDatagramTimesOut() {
        fragmentedEcho(5, 1000, 256, new int[] {0, 1});
        peer.advance(Reassembly.TIMEOUT_NANOS + 1);
        fragmentedEcho(5, 1000, 256, new int[] {2, 3});
        assertEquals(null, nextIcmp(), "the first half expired: no reply");
        assertEquals(1, peer.iface.stats().get(Counter.IP_FRAG_TIMEOUT));
    }

    @Test
    void invalidSourcesAreDiscardedAndCounted() {
        int[] sources = {
            Ipv4Address.BROADCAST,
            Ipv4Address.of(10, 0, 0, 255), // our subnet's broadcast
            0,
            Ipv4Address.of(224, 0, 0, 1),
            Ipv4Address.of(240, 0, 0, 1),
            Ipv4Address.LOOPBACK,
            RawPeer.STACK_IP,
        };
        for (int src : sources) {
            inject(frame(src, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, new byte[0], 1, 0, echoRequest("x")));
        }
        assertFalse(peer.receive(), "RFC 1122 §3.2.1.3: silently discarded");
        assertEquals(sources.length, peer.iface.stats().get(Counter.IP_BAD_SOURCE));
    }

    @Test
    void udpToAClosedPortGetsPortUnreachableQuotingTheDatagram() {
        byte[] f = frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, new byte[0], 77, 0, udp(9999, 4));
        inject(f);
        IcmpRepr r = nextIcmp();
        assertEquals(IcmpRepr.DEST_UNREACHABLE, r.type);
        assertEquals(IcmpRepr.PORT_UNREACHABLE, r.code);
        assertEquals(20 + 8 + 4, r.dataLen, "the whole datagram fits in 576 bytes: quoted whole, as Linux");
        assertEquals(
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(f, 14, f.length)),
                java.util.Arrays.toString(r.data));
    }

    @Test
    void unknownProtocolGetsProtocolUnreachable() {
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, 253, new byte[0], 1, 0, new byte[8]));
        IcmpRepr r = nextIcmp();
        assertEquals(IcmpRepr.DEST_UNREACHABLE, r.type);
        assertEquals(IcmpRepr.PROTOCOL_UNREACHABLE, r.code);
    }

    @Test
    void noIcmpErrorForABroadcast() {
        inject(frame(RawPeer.PEER_IP, Ipv4Address.BROADCAST, Ipv4Packet.PROTO_UDP, new byte[0], 1, 0, udp(9999, 4)));
        assertEquals(null, nextIcmp(), "RFC 1122 §3.2.2: never in reply to a broadcast");
        assertEquals(1, peer.iface.stats().get(Counter.UDP_NO_SOCKET));
    }

    @Test
    void noIcmpErrorForALinkLayerBroadcastButPingsInOneAreAnswered() {
        byte[] udp = frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, new byte[0], 1, 0, udp(9999, 4));
        new EthernetFrame().wrap(udp, 0, udp.length).setDst(ukl.kernel.net.wire.MacAddress.BROADCAST);
        inject(udp);
        assertEquals(null, nextIcmp(), "RFC 1122 §3.2.2: not for a link-layer broadcast (Linux: PACKET_HOST only)");
        byte[] ping =
                frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_ICMP, new byte[0], 2, 0, echoRequest("b"));
        new EthernetFrame().wrap(ping, 0, ping.length).setDst(ukl.kernel.net.wire.MacAddress.BROADCAST);
        inject(ping);
        assertEquals(IcmpRepr.ECHO_REPLY, nextIcmp().type, "Linux answers a unicast ping whatever the frame's address");
    }

    @Test
    void icmpErrorsAreRateLimitedPerDestination() {
        for (int i = 0; i < 20; i++) {
            inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, new byte[0], i, 0, udp(9999, 4)));
        }
        int sent = 0;
        while (nextIcmp() != null) {
            sent++;
        }
        assertEquals(6, sent, "Linux: a burst of 6 per destination, then one a second");
        assertEquals(14, peer.iface.stats().get(Counter.ICMP_RATE_LIMITED));
        peer.advance(1_000_000_000L);
        inject(frame(RawPeer.PEER_IP, RawPeer.STACK_IP, Ipv4Packet.PROTO_UDP, new byte[0], 99, 0, udp(9999, 4)));
        assertEquals(IcmpRepr.DEST_UNREACHABLE, nextIcmp().type, "a second later, one more");
    }
}
