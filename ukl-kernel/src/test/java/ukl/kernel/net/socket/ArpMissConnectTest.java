package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.phy.ForwardingDevice;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.phy.NetDevice;
import ukl.kernel.net.wire.Ipv4Address;

/**
 * An active open whose next hop is not in the ARP cache: the SYN must leave as soon as the ARP
 * reply is in, not at the 1 s retransmission timeout (RFC 1122 §2.3.2.2 asks the link layer to
 * keep at least one packet per unresolved destination; we re-send instead).
 */
class ArpMissConnectTest {
    private static final long US = 1_000L;

    private long now = 1_000_000_000L;
    private final List<String> sentByA = new ArrayList<>();

    /** Records what A transmits: "ARP" or "TCP" plus flags, and the time. */
    private final class Recorder extends ForwardingDevice {
        Recorder(NetDevice inner) {
            super(inner);
        }

        @Override
        public void transmit(int len) {
            byte[] f = inner.txBuffer();
            int type = (f[12] & 0xff) << 8 | (f[13] & 0xff);
            String what = type == 0x0806 ? "ARP" : (f[14 + 20 + 13] & 0x02) != 0 ? "SYN" : "TCP";
            sentByA.add(what + "@" + (now - 1_000_000_000L) / US + "us");
            inner.transmit(len);
        }
    }

    @Test
    void synSentSendsItsSynAsSoonAsArpResolves() {
        LossyLink link = new LossyLink(3, TwoHosts.MAC_A, TwoHosts.MAC_B, 1500, 64, 0, 0, 0, 0);
        Interface a = new Interface(new Recorder(link.endA()), TwoHosts.IP_A, Ipv4Address.mask(24), 0);
        Interface b = new Interface(link.endB(), TwoHosts.IP_B, Ipv4Address.mask(24), 0);
        SocketSet sa = new SocketSet(a, 4, new TcpConfig(), 1);
        SocketSet sb = new SocketSet(b, 4, new TcpConfig(), 2);
        assertEquals(0, sb.listen(sb.tcpOpen(), 80, 1));
        TcpSocket c = sa.tcp(sa.tcpOpen());
        assertEquals(0, c.connect(TwoHosts.IP_B, 80, now));

        for (int i = 0; i < 100 && c.state() != TcpSocket.State.ESTABLISHED; i++) {
            a.poll(now);
            now += 10 * US;
            b.poll(now);
            now += 10 * US;
        }
        assertEquals(TcpSocket.State.ESTABLISHED, c.state(), "frames from A: " + sentByA);
        assertEquals(
                List.of("ARP@0us", "SYN@20us", "TCP@40us"),
                sentByA,
                "ARP request, then the SYN in the poll that received the reply, then the handshake's ACK");
        assertTrue(now - 1_000_000_000L < 1_000 * US, "established in well under the 1 s RTO");
    }
}
