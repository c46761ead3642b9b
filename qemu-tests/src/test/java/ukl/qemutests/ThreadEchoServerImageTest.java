package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * samples/thread-echo-server, a virtual thread per connection on blocking java.net sockets, as an
 * image in a 64 MiB guest: the echo servers' contract, and 1,000 clients connected at once, each
 * echoed while the other 999 stay open (a thousand threads blocked in a read), then all closed,
 * after which the image still serves.
 */
class ThreadEchoServerImageTest extends EchoServerImageContract {
    private static final int CONNECTIONS = 1000;

    @Override
    Class<?> mainClass() {
        return echo.threads.ThreadEchoServer.class;
    }

    @Test
    @Order(7)
    void servesAThousandConnectionsAtOnceIn64MiB() throws Exception {
        long idleHeap = lastFigure("ukl.netstats: heap used ");
        long idleStacks = lastFigure("ukl.netstats: thread stacks committed ");
        int before = guest().stderr().length();
        assertEquals(
                "ok simultaneous " + CONNECTIONS + " connections echoed at once",
                clients("simultaneous", Integer.toString(CONNECTIONS), "3000"));
        List<String> during = guest().stderr().substring(before).lines().toList();
        long heap = max(during, "ukl.netstats: heap used ");
        long stacks = max(during, "ukl.netstats: thread stacks committed ");
        System.out.printf(
                "%d connections at once: heap in use %d -> %d bytes (%d per connection), thread stacks committed"
                        + " %d -> %d bytes (%d per thread)%n",
                CONNECTIONS,
                idleHeap,
                heap,
                (heap - idleHeap) / CONNECTIONS,
                idleStacks,
                stacks,
                (stacks - idleStacks) / CONNECTIONS);
        assertTrue(stacks > idleStacks, "no thread stack pages were committed: " + during);
        assertEquals("ok concurrent 3486608 bytes", clients("concurrent"));
        assertTrue(guest().isAlive(), "the guest stopped:\n" + guest().stderr());
    }

    private long lastFigure(String prefix) {
        List<String> lines = guest().stderr().lines().toList();
        long figure = 0;
        for (String l : lines) {
            if (l.startsWith(prefix) && l.endsWith(" bytes")) {
                figure = Long.parseLong(l.substring(prefix.length()).split(" ")[0]);
            }
        }
        return figure;
    }

    private static long max(List<String> lines, String prefix) {
        return lines.stream()
                .filter(l -> l.startsWith(prefix) && l.endsWith(" bytes"))
                .mapToLong(l -> Long.parseLong(l.substring(prefix.length()).split(" ")[0]))
                .max()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " while the clients were connected"));
    }
}
