package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;
import ukl.libc.Libc;

class UdpSocketTest {
    @Test
    void datagramsBothWaysAfterArp() {
        TwoHosts h = new TwoHosts(1, 0, TwoHosts.fastConfig());
        int sa = h.sa.udpOpen();
        assertEquals(0, h.sa.udp(sa).bind(53));
        int sb = h.sb.udpOpen();
        UdpSocket client = h.sb.udp(sb);
        byte[] q = "query".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(5, client.sendTo(q, 0, 5, TwoHosts.IP_A, 53));
        assertEquals(-Libc.EADDRINUSE, h.sa.udp(h.sa.udpOpen()).bind(53), "port in use");
        UdpSocket server = h.sa.udp(sa);
        byte[] buf = new byte[64];
        h.run(() -> (h.sa.readiness(sa) & SocketSet.POLLIN) != 0, 1000);
        assertEquals(5, server.recvFrom(buf, 0, buf.length));
        assertEquals(TwoHosts.IP_B, server.lastSrcIp());
        assertEquals(client.localPort(), server.lastSrcPort());
        assertEquals(
                3,
                server.sendTo(
                        "ans".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        0,
                        3,
                        server.lastSrcIp(),
                        server.lastSrcPort()));
        h.run(() -> (h.sb.readiness(sb) & SocketSet.POLLIN) != 0, 1000);
        assertEquals(3, client.recvFrom(buf, 0, buf.length));
        assertEquals(-Libc.EAGAIN, client.recvFrom(buf, 0, buf.length));
        assertEquals(1, h.b.stats().get(Counter.ARP_REQUESTS_SENT), "the first datagram waited for ARP");
    }

    @Test
    void datagramToUnboundPortIsCounted() {
        TwoHosts h = new TwoHosts(1, 0, TwoHosts.fastConfig());
        UdpSocket c = h.sb.udp(h.sb.udpOpen());
        c.sendTo(new byte[3], 0, 3, TwoHosts.IP_A, 9);
        h.run(() -> h.a.stats().get(Counter.UDP_NO_SOCKET) == 1, 1000);
    }

    @Test
    void tcpAndUdpPortsAreSeparate() {
        TwoHosts h = new TwoHosts(1, 0, TwoHosts.fastConfig());
        assertEquals(0, h.sa.listen(h.sa.tcpOpen(), 53, 1));
        assertEquals(0, h.sa.udp(h.sa.udpOpen()).bind(53), "UDP 53 beside TCP 53, as on Linux");
        assertEquals(-Libc.EADDRINUSE, h.sa.listen(h.sa.tcpOpen(), 53, 1));
    }

    @Test
    void datagramWaitingForArpSleepsUntilTheNextRequest() {
        TwoHosts h = new TwoHosts(1, 0, TwoHosts.fastConfig());
        UdpSocket c = h.sa.udp(h.sa.udpOpen());
        int nobody = ukl.kernel.net.wire.Ipv4Address.of(10, 0, 0, 99);
        assertEquals(1, c.sendTo(new byte[1], 0, 1, nobody, 9));
        h.a.poll(h.now);
        assertEquals(1, h.a.stats().get(Counter.ARP_REQUESTS_SENT));
        assertEquals(
                h.now + 1000 * TwoHosts.MS,
                h.a.nextDeadline(h.now),
                "no busy wait while the neighbour does not answer: the next request is due in 1 s");
        h.a.poll(h.now + 1000 * TwoHosts.MS);
        assertEquals(2, h.a.stats().get(Counter.ARP_REQUESTS_SENT), "RFC 1122 §2.3.2.1: asked again after 1 s");
    }

    /**
     * The table's loops visit only the slots in use, kept packed as sockets come and go in any
     * order: every datagram still finds its socket, and a closed socket's port and slot are free.
     */
    @Test
    void socketsOpenedAndClosedInAnyOrderAreStillFound() {
        TwoHosts h = new TwoHosts(1, 0, TwoHosts.fastConfig());
        java.util.Random random = new java.util.Random(7);
        java.util.List<Integer> open = new java.util.ArrayList<>();
        UdpSocket client = h.sb.udp(h.sb.udpOpen());
        byte[] buf = new byte[8];
        for (int round = 0; round < 200; round++) {
            if (open.size() < 8 && (open.isEmpty() || random.nextBoolean())) {
                int s = h.sa.udpOpen();
                assertEquals(0, h.sa.udp(s).bind(2000 + s), "a closed socket's port is free again");
                open.add(s);
            } else {
                int s = open.remove(random.nextInt(open.size()));
                assertEquals(0, h.sa.close(s));
                assertEquals(false, h.sa.udpPortInUse(2000 + s), "closed: port " + (2000 + s));
            }
            for (int s : open) {
                assertEquals(1, client.sendTo(new byte[] {(byte) s}, 0, 1, TwoHosts.IP_A, 2000 + s));
                h.run(() -> (h.sa.readiness(s) & SocketSet.POLLIN) != 0, 1000);
                assertEquals(1, h.sa.udp(s).recvFrom(buf, 0, buf.length));
                assertEquals((byte) s, buf[0], "the datagram for socket " + s);
            }
        }
    }
}
