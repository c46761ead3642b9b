package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * The console of an image (issue #12, item 7): through the virtio consoles that {@link Qemu} gives a
 * guest, and through the UARTs alone (a machine without them), standard output and error carry the
 * same bytes as on the JVM; and the rate of 1 MiB written to {@code System.out}, printed as a
 * benchmark does (no timed assertion).
 */
class ConsoleImageTest {
    private static final Path WORK = Path.of("target", "console").toAbsolutePath();
    private static final String BYTES_PROGRAM = "corpus.ConsoleBytes";
    private static final String RATE_PROGRAM = "corpus.console.MebibyteOut";
    private static final int MEMORY_MIB = 32;
    private static final int MEBIBYTE = 1 << 20;
    private static final Pattern REPORT = Pattern.compile("console: (\\d+) bytes in (\\d+) us\n");

    private static List<Path> classpath;
    private static Path image;

    @BeforeAll
    static void build() throws Exception {
        Path corpus = Corpus.location();
        classpath = List.of(
                corpus,
                CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, List.of(BYTES_PROGRAM, RATE_PROGRAM)));
        image = Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("console.ukl"),
                        WORK.resolve("work"),
                        MEMORY_MIB,
                        line -> {}))
                .image();
    }

    /** Binary bytes, a large write, interleaved streams and a write right before exit, as on the JVM. */
    @Test
    void bytesAreExactThroughTheVirtioConsolesAndThroughTheUarts() throws Exception {
        JvmRun jvm = JvmRun.of(classpath, MEMORY_MIB, CorpusImage.DISPATCHER, BYTES_PROGRAM);
        assertEquals(3, jvm.status());
        for (boolean virtio : new boolean[] {true, false}) {
            QemuResult r = run(BYTES_PROGRAM, virtio);
            String device = virtio ? "virtio consoles: " : "UARTs: ";
            assertEquals(jvm.status(), r.exitStatus(), () -> device + r.describe() + "\nstderr:\n" + r.stderrText());
            assertArrayEquals(jvm.stdout(), r.stdout(), device + "standard output differs");
            assertArrayEquals(jvm.stderr(), r.stderr(), device + "standard error differs");
        }
    }

    /**
     * 1 MiB in 16 KiB writes arrives whole and in order, through either device; the rate is the
     * guest's own timing of its writes, and QEMU's wall time less that of a run writing nothing
     * (booting and exiting), the smaller of three runs each.
     */
    @Test
    void aMebibyteOfOutputArrivesWholeAndItsRateIsReported() throws Exception {
        for (boolean virtio : new boolean[] {true, false}) {
            long emptyNanos = Long.MAX_VALUE;
            long fullNanos = Long.MAX_VALUE;
            long guestMicros = Long.MAX_VALUE;
            for (int i = 0; i < (virtio ? 3 : 1); i++) {
                emptyNanos = Math.min(
                        emptyNanos, run(RATE_PROGRAM + " 0", virtio).elapsed().toNanos());
                QemuResult full = run(RATE_PROGRAM + " " + MEBIBYTE, virtio);
                fullNanos = Math.min(fullNanos, full.elapsed().toNanos());
                checkMebibyte(full.stdout());
                Matcher m = REPORT.matcher(full.stderrText());
                assertTrue(m.matches(), full.stderrText());
                guestMicros = Math.min(guestMicros, Math.max(1, Long.parseLong(m.group(2))));
            }
            System.out.printf(
                    "console, 1 MiB to System.out through the %s: guest's timing %d us (%.2f MB/s);"
                            + " QEMU wall %d ms, writing nothing %d ms%s%n",
                    virtio ? "virtio consoles" : "UARTs",
                    guestMicros,
                    MEBIBYTE / (double) guestMicros,
                    fullNanos / 1_000_000,
                    emptyNanos / 1_000_000,
                    fullNanos > emptyNanos
                            ? String.format(", difference %.2f MB/s", MEBIBYTE * 1e3 / (fullNanos - emptyNanos))
                            : " (the difference is below the runs' spread)");
        }
    }

    private static void checkMebibyte(byte[] out) {
        assertEquals(MEBIBYTE, out.length, "bytes of standard output");
        for (int i = 0; i < out.length; i++) {
            int k = i % 16384;
            byte expected = (byte) (k % 64 == 63 ? '\n' : 'a' + k % 64 % 26);
            if (out[i] != expected) {
                throw new AssertionError("standard output byte " + i + " is " + out[i] + ", not " + expected);
            }
        }
    }

    private static QemuResult run(String cmdline, boolean virtio) throws Exception {
        QemuResult r = Qemu.forImage(image)
                .memoryMiB(MEMORY_MIB)
                .accelerator(Accelerator.TCG)
                .virtioConsole(virtio)
                .cmdline(cmdline)
                .runCaptured(Duration.ofSeconds(60));
        assertTrue(r.exited(), () -> r.describe() + "\nstderr:\n" + new String(r.stderr(), StandardCharsets.UTF_8));
        return r;
    }
}
