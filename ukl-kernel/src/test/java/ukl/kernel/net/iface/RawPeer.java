package ukl.kernel.net.iface;

import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.phy.NetDevice;
import ukl.kernel.net.wire.ArpPacket;
import ukl.kernel.net.wire.ArpRepr;
import ukl.kernel.net.wire.EthernetFrame;
import ukl.kernel.net.wire.EthernetRepr;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.Parse;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.TcpRepr;

/**
 * A hand-driven peer for tests: the stack under test (its {@link #iface}, 10.0.0.1) on one end of a
 * fault-free link, and on the other end the test itself (10.0.0.2), which writes frames byte by
 * byte and reads what the stack sends. The clock is virtual.
 */
public final class RawPeer {
    public static final int STACK_IP = Ipv4Address.of(10, 0, 0, 1);
    public static final int PEER_IP = Ipv4Address.of(10, 0, 0, 2);
    public static final long STACK_MAC = 0x02_00_00_00_00_01L;
    public static final long PEER_MAC = 0x02_00_00_00_00_02L;
    public static final long MS = 1_000_000L;

    public final Interface iface;
    private final NetDevice dev;
    public long now = 1_000_000_000L;
    public final byte[] rx = new byte[1514];
    public int rxLen;

    public RawPeer() {
        LossyLink link = new LossyLink(0, STACK_MAC, PEER_MAC, 1500, 64, 0, 0, 0, 0);
        iface = new Interface(link.endA(), STACK_IP, Ipv4Address.mask(24), 0);
        dev = link.endB();
    }

    /** Lets the stack know our MAC by asking for its own (RFC 826), and discards the reply. */
    public void introduce() {
        ArpRepr r = new ArpRepr();
        r.operation = ArpRepr.REQUEST;
        r.senderMac = PEER_MAC;
        r.senderIp = PEER_IP;
        r.targetIp = STACK_IP;
        byte[] b = new byte[EthernetFrame.HEADER_LEN + r.bufferLen()];
        ethernet(b, EthernetFrame.ETHERTYPE_ARP);
        r.emit(new ArpPacket().wrap(b, EthernetFrame.HEADER_LEN, r.bufferLen()));
        inject(b, b.length);
        while (receive()) {
            // drop the reply
        }
    }

    public static void ethernet(byte[] b, int type) {
        EthernetRepr e = new EthernetRepr();
        e.src = PEER_MAC;
        e.dst = STACK_MAC;
        e.etherType = type;
        e.emit(new EthernetFrame().wrap(b, 0, b.length));
    }

    /** Builds a whole frame carrying an IPv4 packet from us to the stack with {@code payload}. */
    public static byte[] ipFrame(int protocol, byte[] payload, int len) {
        byte[] b = new byte[EthernetFrame.HEADER_LEN + Ipv4Packet.HEADER_LEN + len];
        ethernet(b, EthernetFrame.ETHERTYPE_IPV4);
        Ipv4Repr ip = new Ipv4Repr();
        ip.src = PEER_IP;
        ip.dst = STACK_IP;
        ip.protocol = protocol;
        ip.payloadLen = len;
        ip.emit(new Ipv4Packet().wrap(b, EthernetFrame.HEADER_LEN, ip.bufferLen()));
        System.arraycopy(payload, 0, b, Interface.IP_PAYLOAD_OFFSET, len);
        return b;
    }

    /** Sends a TCP segment to the stack and polls it once. */
    public void segment(int srcPort, int dstPort, int flags, int seq, int ack, int window, int mss, String data) {
        TcpRepr t = new TcpRepr();
        t.srcPort = srcPort;
        t.dstPort = dstPort;
        t.flags = flags;
        t.seq = seq;
        t.ack = ack;
        t.window = window;
        t.mss = mss;
        t.data = data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        t.dataOff = 0;
        t.dataLen = t.data.length;
        byte[] seg = new byte[t.bufferLen()];
        TcpPacket p = new TcpPacket().wrap(seg, 0, seg.length);
        t.emit(p);
        p.fillChecksum(PEER_IP, STACK_IP);
        byte[] frame = ipFrame(Ipv4Packet.PROTO_TCP, seg, seg.length);
        inject(frame, frame.length);
    }

    /** Hands a frame to the stack and polls it. */
    public void inject(byte[] frame, int len) {
        byte[] tx = dev.txBuffer();
        System.arraycopy(frame, 0, tx, 0, len);
        dev.transmit(len);
        iface.poll(now);
    }

    /** Moves the clock and polls the stack. */
    public void advance(long nanos) {
        now += nanos;
        iface.poll(now);
    }

    /** Reads the next frame the stack sent into {@link #rx}; false when there is none. */
    public boolean receive() {
        rxLen = dev.receive(rx);
        return rxLen > 0;
    }

    /** The next TCP segment the stack sent (payload copied), or {@code null}; other frames are skipped. */
    public TcpRepr nextSegment() {
        while (receive()) {
            EthernetFrame f = new EthernetFrame().wrap(rx, 0, rxLen);
            if (!f.checkLen() || f.etherType() != EthernetFrame.ETHERTYPE_IPV4) {
                continue;
            }
            Ipv4Packet ipp = new Ipv4Packet().wrap(rx, f.payloadOffset(), f.payloadLen());
            Ipv4Repr ip = new Ipv4Repr();
            if (ip.parse(ipp) != Parse.OK || ip.protocol != Ipv4Packet.PROTO_TCP) {
                continue;
            }
            TcpRepr t = new TcpRepr();
            if (t.parse(new TcpPacket().wrap(rx, ipp.payloadOffset(), ipp.payloadLen()), ip.src, ip.dst) != Parse.OK) {
                throw new AssertionError("the stack sent a malformed TCP segment");
            }
            t.data = java.util.Arrays.copyOfRange(rx, t.dataOff, t.dataOff + t.dataLen);
            t.dataOff = 0;
            return t;
        }
        return null;
    }

    public static String text(TcpRepr t) {
        return new String(t.data, t.dataOff, t.dataLen, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
