package ukl.bench.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ukl.bench.insns.CountingPlugin.Counts;
import ukl.bench.insns.Layer;
import ukl.bench.kv.KvInsnBench.Window;
import ukl.bench.kv.KvResults.Setting;

/** {@code scripts/bench --kv --insns}: its options, and a report of made-up windows checked by hand. */
class KvInsnReportTest {
    private static final Window GET = new Window(
            "get",
            new Setting(50, 16),
            1_000,
            Map.of(
                    "m_kv_Key_set", new Counts(250_000, 2_000),
                    "m_java_util_HashMap_get", new Counts(50_000, 2_000),
                    "m_ukl_kernel_net_socket_TcpSocket_dispatch", new Counts(300_000, 4_000),
                    "memmove", new Counts(100_000, 1_500)),
            61_234);

    @Test
    void perRequestFiguresByLayerAndFunction() {
        assertEquals(700.0, GET.perRequest(GET.total()));
        Map<Layer, Long> layers = KvInsnReport.byLayer(GET);
        assertEquals(250_000L, layers.get(Layer.APPLICATION));
        assertEquals(50_000L, layers.get(Layer.CLASS_LIBRARY));
        assertEquals(300_000L, layers.get(Layer.TCP_IP));
        assertEquals(100_000L, layers.get(Layer.RUNTIME));

        String report = KvInsnReport.markdown(KvInsnOptions.parse(), Path.of("kv.img"), List.of(GET));
        assertTrue(report.contains("| GET | 50 | 16 | 700 | 61,234 |"), report);
        assertTrue(report.contains("| the application | 250 |"), report);
        assertTrue(report.contains("| `m_ukl_kernel_net_socket_TcpSocket_dispatch` | 300 | 42.9% | 4.00 |"), report);
        assertTrue(
                report.indexOf("TcpSocket_dispatch") < report.indexOf("`m_kv_Key_set` | 250 |"),
                "functions are listed costliest first");

        String csv = KvInsnReport.csv(List.of(GET));
        assertTrue(csv.startsWith("test,clients,pipeline,function,instructions_per_request,calls_per_request\n"), csv);
        assertTrue(csv.contains("get,50,16,m_kv_Key_set,250.00,2.0000\n"), csv);
    }

    @Test
    void optionsDefaultToAStatedRunAndNameBadValues() {
        KvInsnOptions o = KvInsnOptions.parse();
        assertEquals(20_000, o.requests());
        assertEquals(List.of("get", "set", "incr"), o.tests());
        assertEquals(List.of(1, 50), o.clients());
        assertEquals(List.of(16), o.pipelines());
        assertEquals(0, o.spinMicros());
        KvInsnOptions quick = KvInsnOptions.parse("--quick", "--tests", "lpush", "--spin", "100");
        assertEquals(4_000, quick.requests());
        assertEquals(List.of("lpush"), quick.tests());
        assertEquals(100, quick.spinMicros());
        var e = assertThrows(IllegalArgumentException.class, () -> KvInsnOptions.parse("--tests", "get,flushall"));
        assertTrue(e.getMessage().contains("'flushall'"), e.getMessage());
    }
}
