package ukl.kernel.net.iface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.wire.ArpPacket;
import ukl.kernel.net.wire.ArpRepr;
import ukl.kernel.net.wire.EthernetFrame;
import ukl.kernel.net.wire.IcmpPacket;
import ukl.kernel.net.wire.IcmpRepr;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.MacAddress;
import ukl.kernel.net.wire.Parse;

/** ARP, IPv4 input checks and ICMP echo of an {@link Interface} with no transport above it. */
class InterfaceTest {
    private RawPeer peer;

    @BeforeEach
    void setUp() {
        peer = new RawPeer();
    }

    private byte[] echoRequest(int ident, int seq, String data) {
        IcmpRepr r = new IcmpRepr();
        r.type = IcmpRepr.ECHO_REQUEST;
        r.ident = ident;
        r.seq = seq;
        r.data = data.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        r.dataOff = 0;
        r.dataLen = r.data.length;
        byte[] icmp = new byte[r.bufferLen()];
        r.emit(new IcmpPacket().wrap(icmp, 0, icmp.length));
        return RawPeer.ipFrame(Ipv4Packet.PROTO_ICMP, icmp, icmp.length);
    }

    @Test
    void arpRequestGetsReply() {
        peer.introduce(); // sends a request for 10.0.0.1 and drops the reply; ask again and look
        byte[] b = new byte[42];
        RawPeer.ethernet(b, EthernetFrame.ETHERTYPE_ARP);
        new EthernetFrame().wrap(b, 0, 42).setDst(MacAddress.BROADCAST);
        ArpRepr req = new ArpRepr();
        req.operation = ArpRepr.REQUEST;
        req.senderMac = RawPeer.PEER_MAC;
        req.senderIp = RawPeer.PEER_IP;
        req.targetIp = RawPeer.STACK_IP;
        req.emit(new ArpPacket().wrap(b, 14, 28));
        peer.inject(b, b.length);
        assertTrue(peer.receive());
        EthernetFrame f = new EthernetFrame().wrap(peer.rx, 0, peer.rxLen);
        assertEquals(RawPeer.PEER_MAC, f.dst());
        assertEquals(EthernetFrame.ETHERTYPE_ARP, f.etherType());
        ArpRepr reply = new ArpRepr();
        assertEquals(Parse.OK, reply.parse(new ArpPacket().wrap(peer.rx, 14, 28)));
        assertEquals(ArpRepr.REPLY, reply.operation);
        assertEquals(RawPeer.STACK_MAC, reply.senderMac);
        assertEquals(RawPeer.STACK_IP, reply.senderIp);
        assertEquals(RawPeer.PEER_IP, reply.targetIp);
        assertEquals(2, peer.iface.stats().get(Counter.ARP_REPLIES_SENT));
    }

    @Test
    void arpRequestForAnotherHostIsIgnored() {
        byte[] b = new byte[42];
        RawPeer.ethernet(b, EthernetFrame.ETHERTYPE_ARP);
        ArpRepr req = new ArpRepr();
        req.operation = ArpRepr.REQUEST;
        req.senderMac = RawPeer.PEER_MAC;
        req.senderIp = RawPeer.PEER_IP;
        req.targetIp = Ipv4Address.of(10, 0, 0, 99);
        req.emit(new ArpPacket().wrap(b, 14, 28));
        peer.inject(b, b.length);
        assertFalse(peer.receive());
    }

    @Test
    void resolvesNextHopBeforeSending() {
        assertFalse(peer.iface.resolve(RawPeer.PEER_IP, peer.now));
        assertTrue(peer.receive(), "an ARP request went out");
        ArpRepr req = new ArpRepr();
        assertEquals(Parse.OK, req.parse(new ArpPacket().wrap(peer.rx, 14, 28)));
        assertEquals(ArpRepr.REQUEST, req.operation);
        assertEquals(RawPeer.PEER_IP, req.targetIp);
        assertEquals(
                MacAddress.BROADCAST,
                new EthernetFrame().wrap(peer.rx, 0, peer.rxLen).dst());
        assertFalse(peer.iface.resolve(RawPeer.PEER_IP, peer.now + 1));
        assertFalse(peer.receive(), "RFC 1122 §2.3.2.1: at most one request a second");

        byte[] b = new byte[42];
        RawPeer.ethernet(b, EthernetFrame.ETHERTYPE_ARP);
        ArpRepr reply = new ArpRepr();
        reply.operation = ArpRepr.REPLY;
        reply.senderMac = RawPeer.PEER_MAC;
        reply.senderIp = RawPeer.PEER_IP;
        reply.targetMac = RawPeer.STACK_MAC;
        reply.targetIp = RawPeer.STACK_IP;
        reply.emit(new ArpPacket().wrap(b, 14, 28));
        peer.inject(b, b.length);
        assertTrue(peer.iface.resolve(RawPeer.PEER_IP, peer.now));
    }

    @Test
    void echoRequestGetsReplyWithSameIdSeqAndData() {
        peer.introduce();
        byte[] req = echoRequest(0x1234, 42, "payload of a ping");
        peer.inject(req, req.length);
        assertTrue(peer.receive());
        Ipv4Packet ipp = new Ipv4Packet().wrap(peer.rx, 14, peer.rxLen - 14);
        Ipv4Repr ip = new Ipv4Repr();
        assertEquals(Parse.OK, ip.parse(ipp));
        assertEquals(RawPeer.PEER_IP, ip.dst);
        assertEquals(RawPeer.STACK_IP, ip.src);
        IcmpRepr reply = new IcmpRepr();
        assertEquals(Parse.OK, reply.parse(new IcmpPacket().wrap(peer.rx, ipp.payloadOffset(), ipp.payloadLen())));
        assertEquals(IcmpRepr.ECHO_REPLY, reply.type);
        assertEquals(0x1234, reply.ident);
        assertEquals(42, reply.seq);
        assertArrayEquals(
                "payload of a ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                java.util.Arrays.copyOfRange(reply.data, reply.dataOff, reply.dataOff + reply.dataLen));
    }

    @Test
    void loneFragmentsOtherDestinationsAndBadSumsAreNotAnswered() {
        peer.introduce();
        byte[] fragment = echoRequest(1, 1, "x");
        fragment[14 + 6] = 0x20; // MF, and the DF bit cleared
        refreshIpChecksum(fragment);
        peer.inject(fragment, fragment.length);
        byte[] other = echoRequest(1, 1, "x");
        Ipv4Address.write(other, 14 + 16, Ipv4Address.of(10, 0, 0, 3));
        refreshIpChecksum(other);
        peer.inject(other, other.length);
        byte[] badSum = echoRequest(1, 1, "x");
        badSum[14 + 10] ^= 0x40;
        peer.inject(badSum, badSum.length);
        assertFalse(peer.receive(), "nothing answered");
        NetStats st = peer.iface.stats();
        assertEquals(1, st.get(Counter.IP_BAD_CHECKSUM));
        assertEquals(1, st.get(Counter.IP_FRAGMENTS), "counted, and never answered");
        assertEquals(1, st.get(Counter.IP_NOT_FOR_US));
    }

    @Test
    void loopbackDestinationFromTheWireIsDropped() {
        // RFC 1122 §3.2.1.3 (g): 127.0.0.0/8 never appears outside a host.
        peer.introduce();
        byte[] toLo = echoRequest(1, 1, "x");
        Ipv4Address.write(toLo, 14 + 16, Ipv4Address.LOOPBACK);
        refreshIpChecksum(toLo);
        peer.inject(toLo, toLo.length);
        assertFalse(peer.receive(), "no echo reply");
        assertEquals(1, peer.iface.stats().get(Counter.IP_NOT_FOR_US));
    }

    private static void refreshIpChecksum(byte[] frame) {
        int hl = (frame[14] & 15) * 4;
        frame[24] = 0;
        frame[25] = 0;
        int sum = ukl.kernel.net.wire.Checksum.finish(ukl.kernel.net.wire.Checksum.add(0, frame, 14, hl));
        frame[24] = (byte) (sum >>> 8);
        frame[25] = (byte) sum;
    }

    @Test
    void framesForOtherMacsAndTypesAreCounted() {
        byte[] f = echoRequest(1, 1, "x");
        new EthernetFrame().wrap(f, 0, f.length).setDst(0x02_00_00_00_00_99L);
        peer.inject(f, f.length);
        byte[] v6 = echoRequest(1, 1, "x");
        new EthernetFrame().wrap(v6, 0, v6.length).setEtherType(0x86dd);
        peer.inject(v6, v6.length);
        assertEquals(1, peer.iface.stats().get(Counter.ETH_NOT_FOR_US));
        assertEquals(1, peer.iface.stats().get(Counter.ETH_UNKNOWN_TYPE));
        assertEquals(2, peer.iface.stats().drops());
    }
}
