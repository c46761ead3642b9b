package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.run.GivenImage;

class OptionsTest {
    @Test
    void defaultsMeasureEveryTargetInFourScenarios() {
        Options o = Options.parse();
        assertEquals(Options.ALL_TARGETS, o.targets());
        assertEquals(
                List.of(new Scenario(64, 1), new Scenario(64, 8), new Scenario(1024, 1), new Scenario(1024, 8)),
                o.scenarios());
        assertEquals(10_000, o.requests());
        assertEquals(List.of(), o.images());
    }

    @Test
    void theUdpTargetsAreDefaultsForTheCClientOnly() {
        assertTrue(Options.parse().targets().containsAll(Options.UDP_TARGETS));
        assertEquals("floor", Options.ALL_TARGETS.getFirst());
        List<String> java = Options.parse("--client", "java").targets();
        assertEquals(Options.ALL_TARGETS.size() - 2, java.size());
        assertTrue(java.stream().noneMatch(Options.UDP_TARGETS::contains), java.toString());
        assertEquals(
                List.of("floor", "ukl-image-udp", "ukl-image"),
                Options.parse("--targets", "floor,ukl-image-udp,ukl-image").targets());
        assertEquals(
                "--client java measures TCP only, and floor answers UDP: use --client c (the default)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Options.parse("--client", "java", "--targets", "floor,ukl-image"))
                        .getMessage());
    }

    @Test
    void imagesBuiltElsewhereAreMoreTargets(@TempDir Path dir) throws Exception {
        Path image = Files.writeString(dir.resolve("echo-server.ukl"), "image");
        Options o = Options.parse("--targets", "ukl-image", "--image", "pre-threads=" + image);
        assertEquals(List.of("ukl-image"), o.targets());
        assertEquals(List.of(new GivenImage("pre-threads", image)), o.images());
        assertEquals(
                "--image ukl-image=" + image + ": the label 'ukl-image' is taken; names in use: " + Options.ALL_TARGETS,
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--image", "ukl-image=" + image))
                        .getMessage());
    }

    @Test
    void quickIsShortAndExplicitBoundsWin() {
        Options o = Options.parse("--quick", "--requests", "50", "--targets", "host-jvm,linux-c");
        assertEquals(50, o.requests());
        assertEquals(5, o.seconds());
        assertEquals(List.of(new Scenario(64, 1), new Scenario(64, 8)), o.scenarios());
        assertEquals(List.of("host-jvm", "linux-c"), o.targets());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals(
                "--requests 0: must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> Options.parse("--requests", "0"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--targets", "osv"))
                .getMessage()
                .startsWith("--targets: unknown target 'osv'; use any of [floor, ukl-image,"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--bogus", "1"))
                .getMessage()
                .startsWith("unknown option --bogus\nusage:"));
    }

    @Test
    void scenarioLabelsAreFileNameSafe() {
        assertEquals("64B-8c", new Scenario(64, 8).label());
        assertEquals("1KiB-1c", new Scenario(1024, 1).label());
    }
}
