package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.ProcessGuard;

/**
 * A very short real run of {@code scripts/bench} as a user runs it (the script's own path, not only
 * the Java class: a script that cannot find its class path fails here, not on a user's machine):
 * the host JVM over loopback, the C server in a Linux guest, and the image, which may fail but must
 * then say why, and the run goes on. Checks that every report is well-formed and that nothing is
 * left behind.
 */
class BenchTest {
    private static final List<String> TARGETS = List.of("host-jvm", "linux-c", "ukl-image");
    private static final Path SCRIPT =
            Path.of("..", "scripts", "bench").toAbsolutePath().normalize();

    @Test
    void quickRunOfTheScriptWritesEveryReport(@TempDir Path out) throws Exception {
        Path log = out.resolve("terminal.txt");
        Process bench = new ProcessBuilder(
                        SCRIPT.toString(),
                        "--no-build",
                        "--quick",
                        "--requests",
                        "200",
                        "--targets",
                        String.join(",", TARGETS),
                        "--out",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (ProcessGuard guard = new ProcessGuard(bench)) {
            if (!bench.waitFor(5, TimeUnit.MINUTES)) {
                bench.destroy(); // SIGTERM: the benchmark's shutdown hooks stop its guests and namespaces
                bench.waitFor(30, TimeUnit.SECONDS);
                fail("scripts/bench --quick did not finish in 5 minutes:\n" + Files.readString(log));
            }
        }
        assertEquals(0, bench.exitValue(), () -> "scripts/bench failed:\n" + read(log));
        String table = read(log);
        System.out.println(table);
        assertTrue(table.contains("accelerator:"), table);

        List<List<String>> rows = Files.readAllLines(out.resolve("latency.csv")).stream()
                .map(BenchTest::fields)
                .toList();
        assertEquals(Reports.LATENCY_HEADER, rows.getFirst());
        Map<String, List<List<String>>> byTarget = rows.stream().skip(1).collect(Collectors.groupingBy(List::getFirst));
        assertEquals(Set.copyOf(TARGETS), byTarget.keySet());
        for (String measured : List.of("host-jvm", "linux-c")) {
            assertEquals(2, byTarget.get(measured).size(), measured + ": one row per scenario");
            for (List<String> row : byTarget.get(measured)) {
                assertEquals("ok", row.get(3), () -> measured + ": " + row);
                assertEquals("200", row.get(4));
                assertTrue(Double.parseDouble(row.get(5)) > 0);
            }
        }
        assertTrue(Double.parseDouble(byTarget.get("linux-c").getFirst().get(15)) > 0, "linux-c has a boot time");
        for (List<String> row : byTarget.get("ukl-image")) {
            assertTrue(
                    row.get(3).equals("ok")
                            || row.get(3).equals("failed") && !row.get(16).isBlank(),
                    "the image's row says why: " + row);
        }

        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json")))
                .getAsJsonObject();
        assertTrue(Set.of("tcg", "kvm")
                .contains(json.getAsJsonObject("environment").get("accelerator").getAsString()));
        assertEquals(TARGETS.size(), json.getAsJsonArray("targets").size());

        for (String plot : List.of(
                "latency-64B-1c.png",
                "latency-64B-1c-distribution.svg",
                "latency-64B-1c-cdf.svg",
                "latency-64B-8c.png",
                "latency-64B-8c-distribution.svg",
                "latency-64B-8c-cdf.svg")) {
            assertTrue(Files.size(out.resolve(plot)) > 0, plot);
        }
        byte[] png = Files.readAllBytes(out.resolve("latency-64B-1c.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(out.resolve("latency-64B-1c-cdf.svg")).contains("<svg"));
        assertEquals(List.of(), leftovers(), "namespaces left behind");
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .map(p -> p.info().commandLine().orElse("?"))
                        .toList(),
                "processes left behind");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** One CSV line's fields (RFC 4180 quoting; the reports put no line breaks in a field). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** This JVM's benchmark namespaces still present (TapNetwork names them ukbench-PID-N). */
    private static List<String> leftovers() throws Exception {
        List<String> ours = new ArrayList<>();
        for (String name : TapNetwork.sweepStale("ukbench")) ours.add("stale " + name);
        Path netns = Path.of("/run/netns");
        if (Files.isDirectory(netns)) {
            try (var names = Files.list(netns)) {
                names.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(
                                "ukbench-" + ProcessHandle.current().pid() + "-"))
                        .forEach(ours::add);
            }
        }
        return ours;
    }
}
