package ukl.bench.insns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ukl.bench.insns.CountingPlugin.Counts;
import ukl.bench.insns.InsnResults.Server;
import ukl.bench.insns.InsnResults.Window;

/**
 * The instruction-count benchmark end to end, small: the nio echo server's image under TCG with the
 * plugin, two windows of 64-byte round trips. The application's count must be the same in both
 * windows (the point of counting instructions), and the count must land in the layers a round trip
 * crosses.
 */
class InsnBenchTest {
    @Test
    void countsTheSameInstructionsPerRoundTripInEveryWindow() throws Exception {
        Path out = Path.of("target", "insns-test").toAbsolutePath();
        // -Dukl.insns.args="--echoes 1000 --sizes 64,1024" measures more, with the same checks
        String more = System.getProperty("ukl.insns.args", "");
        List<String> args = new java.util.ArrayList<>(
                List.of("--echoes", "300", "--warmup", "50", "--windows", "2", "--sizes", "64", "--servers", "nio"));
        if (!more.isBlank()) args.addAll(List.of(more.trim().split("\\s+")));
        args.addAll(List.of("--out", out.toString()));
        InsnOptions options = InsnOptions.parse(args.toArray(String[]::new));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InsnResults results = InsnBench.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);

        for (Server server : results.servers()) {
            for (int size : options.sizes()) {
                List<Window> windows =
                        server.windows().stream().filter(w -> w.size() == size).toList();
                assertEquals(options.windows(), windows.size(), report);
                double low = windows.stream().mapToDouble(Window::perEcho).min().orElseThrow();
                assertTrue(low > 1_000, "a round trip takes more than a thousand instructions: " + low);
                // The application's own instructions per round trip are the same in every window: the
                // plugin counts exactly. The kernel's are not quite: how often its wait loop wakes up
                // between two packets depends on timing (the report gives the spread).
                List<Double> application = windows.stream()
                        .map(w -> (double) InsnReport.byLayer(w).getOrDefault(Layer.APPLICATION, 0L) / w.echoes())
                        .toList();
                double first = application.get(0);
                assertTrue(first > 0, server.name() + ": the application executed nothing");
                for (double a : application) {
                    assertTrue(
                            Math.abs(a - first) / first < 0.005,
                            server.name() + ", " + size + " B: the application's instructions per round trip"
                                    + " differ between windows: " + application);
                }
            }
        }
        Map<Layer, Long> layers =
                InsnReport.byLayer(results.servers().get(0).windows().get(0));
        for (Layer crossed : List.of(Layer.APPLICATION, Layer.CLASS_LIBRARY, Layer.TCP_IP, Layer.DRIVER)) {
            assertTrue(layers.getOrDefault(crossed, 0L) > 0, crossed + " executed nothing: " + layers);
        }
        assertTrue(Files.readString(out.resolve("report.md")).contains("| nio | "), "the report names the server");
        assertTrue(Files.readString(out.resolve("insns.csv")).lines().count() > 10, "the CSV lists the functions");
    }

    @Test
    void symbolsFallIntoLayersByTheTranslatorsNames() {
        assertEquals(Layer.APPLICATION, Layer.of("m_echo_EchoServer_handle"));
        assertEquals(Layer.CLASS_LIBRARY, Layer.of("m_java_nio_channels_Selector_select"));
        assertEquals(Layer.TCP_IP, Layer.of("m_ukl_kernel_net_socket_TcpSocket_accepted"));
        assertEquals(Layer.SYSTEM_CALLS, Layer.of("m_ukl_kernel_sys_Sys_accept"));
        assertEquals(Layer.KERNEL_OTHER, Layer.of("m_ukl_kernel_sched_Scheduler_yield"));
        assertEquals(Layer.OUTSIDE, Layer.of(CountingPlugin.OUTSIDE));
        assertEquals(Layer.RUNTIME, Layer.of("ukl_gc_collect"));
    }

    @Test
    void aWindowIsTheDifferenceOfTwoSnapshots() {
        Window w = Window.between(
                64,
                0,
                10,
                Map.of("a", new Counts(100, 2), "b", new Counts(5, 1)),
                Map.of("a", new Counts(300, 7), "b", new Counts(5, 1), "c", new Counts(50, 0)));
        assertEquals(Map.of("a", 200L, "c", 50L), w.byFunction());
        assertEquals(Map.of("a", 5L), w.calls());
        assertEquals(25.0, w.perEcho());
    }
}
