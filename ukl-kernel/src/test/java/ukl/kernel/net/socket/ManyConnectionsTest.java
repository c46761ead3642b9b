package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Several connections to one listener at once: each segment reaches its own connection (the
 * connection table's lookup), and connections that close in either order, through TIME-WAIT on
 * either side, leave both tables empty.
 */
class ManyConnectionsTest {
    private static final int CLIENTS = 6;

    @Test
    void eachConnectionGetsItsOwnBytesBackAndLeavesTheTableWhenClosed() {
        TwoHosts h = new TwoHosts(11, 0, TwoHosts.fastConfig());
        int lh = h.sa.tcpOpen();
        assertEquals(0, h.sa.listen(lh, 6379, CLIENTS));
        int[] clients = new int[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = h.sb.tcpOpen();
            assertEquals(0, h.sb.tcp(clients[i]).connect(TwoHosts.IP_A, 6379, h.now));
        }
        int[] servers = new int[CLIENTS]; // servers[i]: the accepted end of client i's connection
        int[] accepted = {0};
        h.run(
                () -> {
                    int s;
                    while ((s = h.sa.accept(lh)) >= 0) {
                        servers[clientOn(h, clients, h.sa.tcp(s).remotePort())] = s;
                        accepted[0]++;
                    }
                    return accepted[0] == CLIENTS;
                },
                100_000);
        assertEquals(CLIENTS, h.sa.connectionCount());
        assertEquals(CLIENTS, h.sb.connectionCount());

        for (int i = 0; i < CLIENTS; i++) {
            byte[] m = message(i);
            assertEquals(m.length, h.sb.tcp(clients[i]).send(m, 0, m.length));
        }
        byte[] buf = new byte[256];
        int[] echoed = {0};
        h.run(
                () -> {
                    for (int s : servers) { // the server echoes what each connection brought
                        int n = h.sa.tcp(s).recv(buf, 0, buf.length);
                        if (n > 0) {
                            assertEquals(n, h.sa.tcp(s).send(buf, 0, n));
                            echoed[0]++;
                        }
                    }
                    return echoed[0] == CLIENTS;
                },
                100_000);
        String[] got = new String[CLIENTS];
        h.run(
                () -> {
                    boolean all = true;
                    for (int i = 0; i < CLIENTS; i++) {
                        int n = h.sb.tcp(clients[i]).recv(buf, 0, buf.length);
                        if (n > 0) {
                            got[i] = new String(buf, 0, n, StandardCharsets.US_ASCII);
                        }
                        all &= got[i] != null;
                    }
                    return all;
                },
                100_000);
        for (int i = 0; i < CLIENTS; i++) {
            assertEquals(new String(message(i), StandardCharsets.US_ASCII), got[i], "client " + i);
        }

        // Half close from the server first (it keeps TIME-WAIT), half from the client.
        for (int i = 0; i < CLIENTS; i++) {
            if (i % 2 == 0) {
                h.sa.close(servers[i]);
            } else {
                h.sb.close(clients[i]);
            }
        }
        boolean[] closed = new boolean[CLIENTS]; // whether the other side has closed too
        h.run(
                () -> {
                    for (int i = 0; i < CLIENTS; i++) {
                        SocketSet peerSet = i % 2 == 0 ? h.sb : h.sa;
                        int peer = i % 2 == 0 ? clients[i] : servers[i];
                        if (!closed[i] && peerSet.tcp(peer).recv(buf, 0, 1) == 0) { // the FIN arrived
                            peerSet.close(peer);
                            closed[i] = true;
                        }
                    }
                    return h.sa.connectionCount() == 0 && h.sb.connectionCount() == 0;
                },
                1_000_000);
        assertTrue(h.sa.timeWaitRecords() + h.sb.timeWaitRecords() > 0, "the side that closed first waits");
    }

    /** The index of the client whose local port is {@code port}. */
    private static int clientOn(TwoHosts h, int[] clients, int port) {
        for (int i = 0; i < clients.length; i++) {
            if (h.sb.tcp(clients[i]).localPort() == port) {
                return i;
            }
        }
        throw new AssertionError("no client on port " + port);
    }

    private static byte[] message(int client) {
        return ("client " + client + " says " + "x".repeat(client * 7)).getBytes(StandardCharsets.US_ASCII);
    }
}
