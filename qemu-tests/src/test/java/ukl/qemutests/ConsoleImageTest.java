package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * The console's rate (issue #12, item 7): an image writes 1 MiB to {@code System.out} in 16 KiB
 * writes; the bytes arrive whole and in order, and the test prints the rate two ways, as a
 * benchmark does (no timed assertion): the guest's own timing of its writes, and QEMU's wall time
 * less that of a run writing nothing (booting and exiting).
 */
class ConsoleThroughputImageTest {
    private static final Path WORK = Path.of("target", "console-throughput").toAbsolutePath();
    private static final String PROGRAM = "corpus.console.MebibyteOut";
    private static final int BYTES = 1 << 20;
    private static final Pattern REPORT = Pattern.compile("console: (\\d+) bytes in (\\d+) us\n");

    @Test
    void aMebibyteOfOutputArrivesWholeAndItsRateIsReported() throws Exception {
        Path image = image();
        QemuResult empty = run(image, 0);
        QemuResult full = run(image, BYTES);
        byte[] out = full.stdout();
        assertEquals(BYTES, out.length, "bytes of standard output");
        for (int i = 0; i < out.length; i++) {
            int k = i % 16384;
            byte expected = (byte) (k % 64 == 63 ? '\n' : 'a' + k % 64 % 26);
            if (out[i] != expected) {
                throw new AssertionError("standard output byte " + i + " is " + out[i] + ", not " + expected);
            }
        }
        Matcher m = REPORT.matcher(full.stderrText());
        assertTrue(m.matches(), full.stderrText());
        long guestMicros = Math.max(1, Long.parseLong(m.group(2)));
        long wallMicros =
                Math.max(1, (full.elapsed().toNanos() - empty.elapsed().toNanos()) / 1000);
        System.out.printf(
                "console: 1 MiB to System.out: guest's timing %d us (%.2f MB/s); QEMU wall %d ms, without output %d ms,"
                        + " difference %.2f MB/s%n",
                guestMicros,
                BYTES / (double) guestMicros,
                full.elapsed().toMillis(),
                empty.elapsed().toMillis(),
                BYTES / (double) wallMicros);
    }

    static Path image() throws Exception {
        Path corpus = Corpus.location();
        List<Path> classpath =
                List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, List.of(PROGRAM)));
        return Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("out.ukl"),
                        WORK.resolve("work"),
                        32,
                        line -> {}))
                .image();
    }

    private static QemuResult run(Path image, int bytes) throws Exception {
        QemuResult r = Qemu.forImage(image)
                .memoryMiB(32)
                .accelerator(Accelerator.TCG)
                .cmdline(PROGRAM + " " + bytes)
                .runCaptured(Duration.ofSeconds(60));
        assertTrue(r.exited(), () -> r.describe() + "\nstderr:\n" + new String(r.stderr(), StandardCharsets.UTF_8));
        assertEquals(0, r.exitStatus(), r::describe);
        return r;
    }
}
