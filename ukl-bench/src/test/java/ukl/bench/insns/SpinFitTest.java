package ukl.bench.insns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ukl.bench.insns.InsnResults.Server;
import ukl.bench.insns.InsnResults.Window;

/** The fit that takes the wait loop's spin rounds out of a round trip's count. */
class SpinFitTest {
    /**
     * A window of 10 round trips with {@code spins} spin rounds each: the round trip's own work
     * (1,000 + 50 in the loop's functions per size step), and 120 instructions per spin round.
     */
    private static Window window(int size, int index, int spins) {
        int echoes = 10;
        long work = size == 64 ? 1_000 : 3_000;
        return new Window(
                size,
                index,
                echoes,
                Map.of(
                        "m_echo_EchoServer_handle",
                        work * echoes,
                        "m_ukl_kernel_net_iface_Interface_poll",
                        (50L + 100L * spins) * echoes,
                        SpinFit.IDLE.get(0),
                        (5L + 20L * spins) * echoes),
                // every round calls the idle once; one round per round trip halts
                Map.of(SpinFit.IDLE.get(0), (1L + spins) * echoes, SpinFit.HALT, 1L * echoes));
    }

    @Test
    void takesTheSpinRoundsOutOfEverySize() {
        Server server = new Server(
                "nio",
                "echo.EchoServer",
                1,
                List.of(window(64, 0, 2), window(64, 1, 7), window(1024, 0, 3), window(1024, 1, 4)));
        SpinFit fit = SpinFit.of(server);
        assertTrue(fit.separates());
        assertEquals(7.0, fit.spins().get(server.windows().get(1)), 1e-9);
        assertEquals(120, fit.spinRound(), 1e-9);
        assertEquals(100, fit.perSpin().get("m_ukl_kernel_net_iface_Interface_poll"), 1e-9);
        assertEquals(1_055, fit.work(64), 1e-9);
        assertEquals(3_055, fit.work(1024), 1e-9);
        assertEquals(1_000, fit.work().get(64).get("m_echo_EchoServer_handle"), 1e-9);
    }

    @Test
    void windowsThatSpunAlikeCannotBeSeparated() {
        Server server = new Server("nio", "echo.EchoServer", 1, List.of(window(64, 0, 3), window(64, 1, 3)));
        assertFalse(SpinFit.of(server).separates());
        assertEquals(1_055 + 3 * 120, SpinFit.of(server).work(64), 1e-9);
    }
}
