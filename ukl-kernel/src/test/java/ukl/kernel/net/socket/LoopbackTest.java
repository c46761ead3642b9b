package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.wire.Ipv4Address;

/** A client and a server in one stack, over 127.0.0.1 and over the interface's own address. */
class LoopbackTest {
    private final LossyLink link = new LossyLink(5, TwoHosts.MAC_A, TwoHosts.MAC_B, 1500, 64, 0, 0, 0, 0);
    private final Interface iface = new Interface(link.endA(), TwoHosts.IP_A, Ipv4Address.mask(24), 0);
    private final SocketSet set = new SocketSet(iface, 8, new TcpConfig(), 9);
    private long now = 1_000_000_000L;

    private void run(int rounds) {
        for (int i = 0; i < rounds; i++) {
            iface.poll(now);
            now += 10_000;
        }
    }

    private void tcpExchange(int dst) {
        int listener = set.tcpOpen();
        assertEquals(0, set.listen(listener, 8080, 1));
        TcpSocket client = set.tcp(set.tcpOpen());
        assertEquals(0, client.connect(dst, 8080, now));
        run(5);
        assertEquals(TcpSocket.State.ESTABLISHED, client.state());
        int h = set.accept(listener);
        TcpSocket server = set.tcp(h);
        assertEquals(dst, server.localIp(), "the child answers from the address the SYN was sent to");
        assertEquals(client.localIp(), server.remoteIp());
        assertEquals(client.localPort(), server.remotePort());

        byte[] big = new byte[40_000]; // more than a send ring: many segments through the loopback
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }
        byte[] got = new byte[big.length];
        int sent = 0;
        int read = 0;
        for (int i = 0; i < 1000 && read < big.length; i++) {
            if (sent < big.length) {
                sent += Math.max(0, client.send(big, sent, big.length - sent));
            }
            run(1);
            read += Math.max(0, server.recv(got, read, got.length - read));
        }
        assertArrayEquals(big, got);
        client.shutdownWrite();
        run(5);
        assertEquals(0, server.recv(got, 0, 1), "end of stream");
        assertEquals(0, link.inFlight(), "nothing went out on the wire");
        assertEquals(0, iface.stats().get(Counter.ARP_REQUESTS_SENT));
        assertEquals(0, iface.stats().get(Counter.TX_NO_BUFFER), "the loopback never overflowed");
    }

    @Test
    void tcpOver127001() {
        tcpExchange(Ipv4Address.LOOPBACK);
    }

    @Test
    void tcpToOwnAddress() {
        tcpExchange(TwoHosts.IP_A);
    }

    @Test
    void udpOver127001() {
        UdpSocket server = set.udp(set.udpOpen());
        assertEquals(0, server.bind(5000));
        UdpSocket client = set.udp(set.udpOpen());
        byte[] msg = "over lo".getBytes(StandardCharsets.US_ASCII);
        assertEquals(msg.length, client.sendTo(msg, 0, msg.length, Ipv4Address.LOOPBACK, 5000));
        run(2);
        byte[] buf = new byte[16];
        assertEquals(msg.length, server.recvFrom(buf, 0, buf.length));
        assertEquals(Ipv4Address.LOOPBACK, server.lastSrcIp());
        assertEquals(client.localPort(), server.lastSrcPort());
        assertEquals(0, link.inFlight());
    }
}
