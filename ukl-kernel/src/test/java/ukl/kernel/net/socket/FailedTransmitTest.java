package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.phy.ForwardingDevice;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.phy.NetDevice;
import ukl.kernel.net.wire.Ipv4Address;

/**
 * A segment that could not leave (the device's transmit queue was full) advances nothing: SND.NXT
 * and SND.MAX stay, a pending ACK stays pending, and the segment goes out as soon as the device
 * has room again, not one RTO later as a "retransmission" of something never sent.
 */
class FailedTransmitTest {
    private long now = 1_000_000_000L;

    /** A device whose transmit queue can be made to look full. */
    private static final class Choke extends ForwardingDevice {
        boolean full;

        Choke(NetDevice inner) {
            super(inner);
        }

        @Override
        public byte[] txBuffer() {
            return full ? null : inner.txBuffer();
        }
    }

    @Test
    void dataThatCouldNotLeaveIsNotCountedAsSent() {
        LossyLink link = new LossyLink(3, TwoHosts.MAC_A, TwoHosts.MAC_B, 1500, 64, 0, 0, 0, 0);
        Choke choke = new Choke(link.endA());
        Interface a = new Interface(choke, TwoHosts.IP_A, Ipv4Address.mask(24), 0);
        Interface b = new Interface(link.endB(), TwoHosts.IP_B, Ipv4Address.mask(24), 0);
        SocketSet sa = new SocketSet(a, 4, new TcpConfig(), 1);
        SocketSet sb = new SocketSet(b, 4, new TcpConfig(), 2);
        int l = sb.tcpOpen();
        assertEquals(0, sb.listen(l, 80, 1));
        TcpSocket c = sa.tcp(sa.tcpOpen());
        assertEquals(0, c.connect(TwoHosts.IP_B, 80, now));
        for (int i = 0; i < 10 && c.state() != TcpSocket.State.ESTABLISHED; i++) {
            a.poll(now);
            b.poll(now);
            now += 10_000;
        }
        int s = sb.accept(l);
        assertTrue(s >= 0);
        a.poll(now);
        b.poll(now);

        choke.full = true;
        int before = c.sndNxt;
        assertEquals(5, c.send("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 5));
        a.poll(now);
        assertEquals(before, c.sndNxt, "SND.NXT stays: the segment did not leave");
        assertEquals(before, c.sndMax, "and neither does SND.MAX");
        assertTrue(a.stats().get(Counter.TX_NO_BUFFER) > 0);
        long retry = a.nextDeadline(now);
        assertTrue(retry > now && retry <= now + 1_000_000L, "tried again within a millisecond, not in a busy loop");

        choke.full = false;
        now += 1_000_000L;
        a.poll(now);
        assertEquals(before + 5, c.sndNxt, "sent as soon as the device has room");
        assertEquals(0, a.stats().get(Counter.TCP_RETRANSMISSIONS), "which is no retransmission");
        b.poll(now);
        byte[] buf = new byte[8];
        assertEquals(5, sb.tcp(s).recv(buf, 0, 8));
    }

    @Test
    void anAckThatCouldNotLeaveStaysPending() {
        LossyLink link = new LossyLink(4, TwoHosts.MAC_A, TwoHosts.MAC_B, 1500, 64, 0, 0, 0, 0);
        Choke choke = new Choke(link.endA());
        Interface a = new Interface(choke, TwoHosts.IP_A, Ipv4Address.mask(24), 0);
        Interface b = new Interface(link.endB(), TwoHosts.IP_B, Ipv4Address.mask(24), 0);
        SocketSet sa = new SocketSet(a, 4, new TcpConfig(), 1);
        SocketSet sb = new SocketSet(b, 4, new TcpConfig(), 2);
        int l = sa.tcpOpen();
        assertEquals(0, sa.listen(l, 80, 1));
        TcpSocket c = sb.tcp(sb.tcpOpen());
        assertEquals(0, c.connect(TwoHosts.IP_A, 80, now));
        for (int i = 0; i < 10 && c.state() != TcpSocket.State.ESTABLISHED; i++) {
            b.poll(now);
            a.poll(now);
            now += 10_000;
        }
        TcpSocket server = sa.tcp(sa.accept(l));
        a.poll(now);
        b.poll(now);
        c.send(new byte[] {1, 2, 3}, 0, 3);
        choke.full = true;
        b.poll(now);
        a.poll(now);
        assertTrue(server.ackNeeded, "the ACK of the data could not leave: it is still owed");
        choke.full = false;
        now += 1_000_000L;
        a.poll(now);
        b.poll(now);
        assertEquals(c.sndMax, c.sndUna, "the peer got its ACK without retransmitting");
    }
}
