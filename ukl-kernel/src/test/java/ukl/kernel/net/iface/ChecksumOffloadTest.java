package ukl.kernel.net.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ukl.kernel.net.phy.ForwardingDevice;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.phy.NetDevice;
import ukl.kernel.net.wire.Checksum;
import ukl.kernel.net.wire.EthernetFrame;
import ukl.kernel.net.wire.Ipv4Address;
import ukl.kernel.net.wire.Ipv4Packet;
import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.Parse;
import ukl.kernel.net.wire.TcpPacket;
import ukl.kernel.net.wire.UdpPacket;

/**
 * The stack over a device with checksum offload (as virtio-net with VIRTIO_NET_F_CSUM and
 * F_GUEST_CSUM): TCP segments leave with the pseudo-header's sum for the device to complete, and a
 * frame the device vouches for is not summed again, except a datagram reassembled from fragments.
 */
class ChecksumOffloadTest {
    private static final int STACK_IP = Ipv4Address.of(10, 0, 0, 1);
    private static final int PEER_IP = Ipv4Address.of(10, 0, 0, 2);
    private static final long STACK_MAC = 0x02_00_00_00_00_01L;
    private static final long PEER_MAC = 0x02_00_00_00_00_02L;

    /** One end of a link that completes checksums as a NIC does and vouches for what {@link #vouch} says. */
    private static final class OffloadingDevice extends ForwardingDevice {
        boolean vouch;
        int completed;

        OffloadingDevice(NetDevice inner) {
            super(inner);
        }

        @Override
        public boolean completesChecksums() {
            return true;
        }

        @Override
        public void transmitCompletingChecksum(int len, int start, int offset) {
            byte[] b = inner.txBuffer();
            int sum = Checksum.finish(Checksum.add(0, b, start, len - start));
            b[start + offset] = (byte) (sum >>> 8);
            b[start + offset + 1] = (byte) sum;
            completed++;
            inner.transmit(len);
        }

        @Override
        public boolean receivedChecksumGood() {
            return vouch;
        }
    }

    private final LossyLink link = new LossyLink(0, STACK_MAC, PEER_MAC, 1500, 64, 0, 0, 0, 0);
    private final OffloadingDevice device = new OffloadingDevice(link.endA());
    private final Interface iface = new Interface(device, STACK_IP, Ipv4Address.mask(24), 0);
    private final NetDevice peer = link.endB();
    private final byte[] rx = new byte[1514];

    /** An IPv4 frame from the peer carrying {@code payload} ({@code flagsFrag}: the flags and fragment offset field). */
    private static byte[] frame(int protocol, int ident, int flagsFrag, byte[] payload) {
        byte[] b = new byte[14 + 20 + payload.length];
        RawPeer.ethernet(b, EthernetFrame.ETHERTYPE_IPV4);
        Ipv4Repr ip = new Ipv4Repr();
        ip.src = PEER_IP;
        ip.dst = STACK_IP;
        ip.protocol = protocol;
        ip.payloadLen = payload.length;
        ip.ident = ident;
        ip.ttl = 64;
        ip.emit(new Ipv4Packet().wrap(b, 14, 20 + payload.length));
        b[14 + 6] = (byte) (flagsFrag >>> 8);
        b[14 + 7] = (byte) flagsFrag;
        b[14 + 10] = 0;
        b[14 + 11] = 0;
        int sum = Checksum.finish(Checksum.add(0, b, 14, 20));
        b[14 + 10] = (byte) (sum >>> 8);
        b[14 + 11] = (byte) sum;
        System.arraycopy(payload, 0, b, 34, payload.length);
        return b;
    }

    /** A UDP datagram to closed port 9 whose checksum is wrong (not 0, which would mean none). */
    private static byte[] udpWithBadChecksum(int dataLen) {
        byte[] u = new byte[UdpPacket.HEADER_LEN + dataLen];
        u[0] = 0x14;
        u[1] = (byte) 0xe9; // 5353
        u[3] = 9;
        u[4] = (byte) (u.length >>> 8);
        u[5] = (byte) u.length;
        u[6] = 0x12;
        u[7] = 0x34;
        return u;
    }

    private void inject(byte[] f) {
        byte[] tx = peer.txBuffer();
        System.arraycopy(f, 0, tx, 0, f.length);
        peer.transmit(f.length);
        iface.poll(1_000_000_000L);
    }

    private void introducePeer() {
        // A ping from the peer makes the stack learn its MAC (from a valid packet of the subnet).
        byte[] ping = {8, 0, (byte) 0xf7, (byte) 0xfe, 0, 1, 0, 0};
        inject(frame(Ipv4Packet.PROTO_ICMP, 1, 0, ping));
        while (peer.receive(rx) > 0) {
            // the echo reply
        }
    }

    @Test
    void aFrameTheDeviceVouchesForIsNotSummedAgain() {
        device.vouch = false;
        inject(frame(Ipv4Packet.PROTO_UDP, 2, 0, udpWithBadChecksum(4)));
        assertEquals(1, iface.stats().get(NetStats.Counter.UDP_BAD_CHECKSUM));
        device.vouch = true;
        inject(frame(Ipv4Packet.PROTO_UDP, 3, 0, udpWithBadChecksum(4)));
        assertEquals(1, iface.stats().get(NetStats.Counter.UDP_BAD_CHECKSUM), "vouched for: not summed");
        assertEquals(1, iface.stats().get(NetStats.Counter.UDP_NO_SOCKET));
    }

    @Test
    void aReassembledDatagramIsSummedWhateverTheDeviceSaidOfItsLastFragment() {
        device.vouch = true;
        byte[] udp = udpWithBadChecksum(40);
        byte[] first = java.util.Arrays.copyOfRange(udp, 0, 24);
        byte[] second = java.util.Arrays.copyOfRange(udp, 24, udp.length);
        inject(frame(Ipv4Packet.PROTO_UDP, 4, 0x2000, first));
        inject(frame(Ipv4Packet.PROTO_UDP, 4, 24 / 8, second));
        assertEquals(1, iface.stats().get(NetStats.Counter.IP_REASSEMBLED));
        assertEquals(1, iface.stats().get(NetStats.Counter.UDP_BAD_CHECKSUM));
    }

    @Test
    void aResetLeavesWithTheChecksumTheDeviceCompleted() {
        introducePeer();
        byte[] syn = new byte[20];
        syn[0] = (byte) 0x9c;
        syn[1] = 0x40; // source port 40000
        syn[3] = 80;
        syn[12] = 0x50;
        syn[13] = TcpPacket.SYN;
        TcpPacket p = new TcpPacket().wrap(syn, 0, 20);
        p.fillChecksum(PEER_IP, STACK_IP);
        inject(frame(Ipv4Packet.PROTO_TCP, 5, 0, syn));
        int len = peer.receive(rx);
        assertTrue(len > 0, "a reset for a closed port");
        Ipv4Repr ip = new Ipv4Repr();
        Ipv4Packet packet = new Ipv4Packet().wrap(rx, 14, len - 14);
        assertEquals(Parse.OK, ip.parse(packet));
        TcpPacket reset = new TcpPacket().wrap(rx, packet.payloadOffset(), packet.payloadLen());
        assertEquals(1, device.completed, "left to the device");
        assertTrue(reset.verifyChecksum(STACK_IP, PEER_IP), "pseudo-header sum + the device's sum = a valid checksum");
    }
}
