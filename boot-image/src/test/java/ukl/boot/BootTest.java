package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuException;
import ukl.boot.qemu.QemuResult;
import ukl.boot.qemu.RunningQemu;

/** Boots the test guest (guest.c) in QEMU; its command line's first word picks the scenario. */
class BootTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static QemuResult boot(String cmdline, int memoryMiB) throws Exception {
        QemuResult result = Qemu.forImage(TestImages.guest().image())
                .accelerator(Accelerator.TCG)
                .memoryMiB(memoryMiB)
                .cmdline(cmdline)
                .runCaptured(TIMEOUT);
        System.out.printf(
                "boot to exit, '%s' with %d MiB: %d ms%n",
                cmdline, memoryMiB, result.elapsed().toMillis());
        assertFalse(result.timedOut(), result::describe);
        return result;
    }

    /**
     * 1 MiB through COM1 arrives whole and in order; the guest times it with the TSC (so booting
     * does not count) and reports the rate on COM2, which this prints (issue #12, item 7).
     */
    @Test
    void aMebibyteOfOutputArrivesWholeAndItsRateIsReported() throws Exception {
        QemuResult r = boot("print", 128);
        assertEquals(0, r.exitStatus(), r::describe);
        byte[] out = r.stdout();
        assertEquals(1 << 20, out.length, "bytes on COM1");
        for (int i = 0; i < out.length; i++) {
            byte expected = (byte) (i % 64 == 63 ? '\n' : 'a' + i % 64 % 26);
            if (out[i] != expected) {
                throw new AssertionError("COM1 byte " + i + " is " + out[i] + ", not " + expected);
            }
        }
        String report = new String(r.stderr(), StandardCharsets.US_ASCII);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("console: (\\d+) bytes in (\\d+) us\n")
                .matcher(report);
        assertTrue(m.matches(), report);
        long micros = Math.max(1, Long.parseLong(m.group(2)));
        System.out.printf("console: 1 MiB in %d us, %.2f MB/s%n", micros, (1 << 20) / (double) micros);
    }

    /**
     * The TSC's rate from the boot's short calibration (a 2 ms PIT window that overlaps the boot's
     * own set-up) agrees with a reference the guest takes afterwards over 40 ms of the PIT: within
     * 0.5%.
     */
    @Test
    void theShortCalibrationAgreesWithALongReference() throws Exception {
        QemuResult r = boot("clock", 64);
        assertEquals(0, r.exitStatus(), () -> r.describe() + "\nCOM2: " + r.stderrText());
        String out = new String(r.stdout(), StandardCharsets.US_ASCII);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("clock: (\\d+) (\\d+)\n").matcher(out);
        assertTrue(m.matches(), out);
        double calibrated = Double.parseDouble(m.group(1));
        double reference = Double.parseDouble(m.group(2));
        System.out.printf(
                "TSC: calibrated %.0f Hz, reference %.0f Hz (%+.3f%%)%n",
                calibrated, reference, 100 * (calibrated - reference) / reference);
        assertTrue(Math.abs(calibrated - reference) <= reference * 0.005, out);
    }

    /**
     * The boot trace: the boot code's milestones and one the program stamps, each as "ms since the
     * TSC started (+ms since the one before) name", in time order, then the rate's source; printed
     * once however often it is asked for.
     */
    @Test
    void theBootTracePrintsTheMilestonesInOrderOnce() throws Exception {
        QemuResult r = boot("trace", 64);
        assertEquals(0, r.exitStatus(), () -> r.describe() + "\nCOM2: " + r.stderrText());
        List<String> lines = r.stderrText().lines().toList();
        List<String> names = List.of(
                "pvh entry", "long mode, C", "memory map", "stack pool", "wall clock", "tsc calibrated", "listen");
        assertEquals(names.size() + 1, lines.size(), r.stderrText());
        java.util.regex.Pattern line =
                java.util.regex.Pattern.compile("ukl: boottrace: (\\d+\\.\\d{3}) ms \\(\\+(\\d+\\.\\d{3})\\) (.+)");
        double last = 0;
        for (int i = 0; i < names.size(); i++) {
            java.util.regex.Matcher m = line.matcher(lines.get(i));
            assertTrue(m.matches(), lines.get(i));
            double at = Double.parseDouble(m.group(1));
            assertEquals(names.get(i), m.group(3), r.stderrText());
            assertTrue(at >= last, r.stderrText());
            assertEquals(at - last, Double.parseDouble(m.group(2)), 0.0015, r.stderrText());
            last = at;
        }
        assertTrue(lines.getLast().matches("ukl: boottrace: tsc \\d+ Hz, from PIT channel 2, .*"), lines.getLast());
    }

    @Test
    void printsTheCmdlineOnCom1AndExitsWithItsStatus() throws Exception {
        QemuResult r = boot("hello  world x=1", 128);
        assertEquals(42, r.exitStatus(), () -> r.describe() + "\nCOM2: " + r.stderrText());
        assertArrayEquals("cmdline=[hello  world x=1]\n".getBytes(StandardCharsets.UTF_8), r.stdout());
        assertArrayEquals("on com2\n".getBytes(StandardCharsets.UTF_8), r.stderr());
        assertEquals(85, r.qemuExitCode(), "contracts §7: 2 * 42 + 1");
    }

    /** The guest writes and reads back a pattern at the top of the heap: the page tables cover all RAM. */
    @ParameterizedTest
    @ValueSource(ints = {3072, 8192})
    void heapTopIsMappedWithLargeMemory(int memoryMiB) throws Exception {
        QemuResult r = boot("hello", memoryMiB);
        assertEquals(42, r.exitStatus(), () -> r.describe() + "\nCOM2: " + r.stderrText());
    }

    /**
     * The launcher's floor is the image's own (the memory its segments occupy), not a constant:
     * with that much the image boots, with less QEMU's loader could not place it and the guest
     * would hang, so the launcher refuses with the figure to give.
     */
    @Test
    void theSmallestMemoryTakenIsWhatTheImageOccupies() throws Exception {
        ImageInfo info = ImageBuilder.inspect(TestImages.guest().image());
        int floor = info.memoryFloorMiB();
        assertTrue(floor >= 1 && floor * (1L << 20) >= info.loadEnd(), () -> floor + " MiB for " + info);
        // at its floor the guest runs and says itself what it lacks (guest.c wants a 16 MiB heap)
        QemuResult r = boot("hello", floor);
        assertEquals(4, r.exitStatus(), () -> r.describe() + "\nCOM2: " + r.stderrText());
        assertEquals("on com2\nheap smaller than 16 MiB\n", r.stderrText());
        if (floor > 1) {
            QemuException e = assertThrows(
                    QemuException.class, () -> Qemu.forImage(TestImages.guest().image())
                            .accelerator(Accelerator.TCG)
                            .memoryMiB(floor - 1)
                            .runCaptured(TIMEOUT));
            assertTrue(
                    e.getMessage().contains("occupies " + floor + " MiB of guest memory once loaded")
                            && e.getMessage().contains("give it at least " + floor + " MiB"),
                    e.getMessage());
        }
    }

    @Test
    void cpuFaultPanicsWithTheVectorAndRip() throws Exception {
        QemuResult r = boot("ud2", 128);
        assertEquals(120, r.exitStatus(), r::describe);
        assertTrue(
                r.stderrText()
                        .matches(
                                "ukl: panic: CPU exception #UD \\(invalid opcode\\) at rip=0x[0-9a-f]+ error=0x0 rsp=0x[0-9a-f]+\n"),
                r.stderrText());
        assertEquals("", r.stdoutText());
    }

    @Test
    void stackOverflowHitsTheGuardPage() throws Exception {
        QemuResult r = boot("recurse", 128);
        assertEquals(120, r.exitStatus(), r::describe);
        assertTrue(
                r.stderrText().startsWith("ukl: panic: stack overflow (the 8 MiB boot stack is exhausted"),
                r.stderrText());
    }

    @Test
    void returningFromMainExitsWithZero() throws Exception {
        QemuResult r = boot("return", 128);
        assertEquals(0, r.exitStatus(), r::describe);
        assertEquals(1, r.qemuExitCode());
    }

    @Test
    void aTripleFaultIsNotAnExitStatus() throws Exception {
        QemuResult r = boot("triple", 128);
        assertFalse(r.exited());
        assertEquals(QemuResult.NO_EXIT, r.exitStatus());
        assertTrue(
                r.describe()
                        .startsWith(
                                "the guest stopped without calling exit (crash or triple fault?): QEMU exit code 0"),
                r.describe());
    }

    @Test
    void timeoutKillsQemuByPid() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        QemuResult r = Qemu.forImage(TestImages.guest().image())
                .accelerator(Accelerator.TCG)
                .memoryMiB(64)
                .cmdline("spin")
                .progress(progress::add)
                .runCaptured(Duration.ofSeconds(2));
        assertTrue(r.timedOut());
        assertFalse(r.exited());
        assertTrue(
                r.elapsed().compareTo(Duration.ofSeconds(2)) >= 0 && r.elapsed().compareTo(Duration.ofSeconds(10)) < 0,
                () -> "elapsed " + r.elapsed());
        long pid = progress.stream()
                .filter(l -> l.startsWith("qemu: pid "))
                .mapToLong(l -> Long.parseLong(l.split(" ")[2].replace(":", "")))
                .findFirst()
                .orElseThrow();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "QEMU " + pid + " still runs");
        assertTrue(r.describe().startsWith("timed out after "), r.describe());
    }

    @Test
    void startedGuestServesUntilClosedAndRunsUnderAPrefix() throws Exception {
        long pid;
        try (RunningQemu guest = Qemu.forImage(TestImages.guest().image())
                .accelerator(Accelerator.TCG)
                .memoryMiB(64)
                .cmdline("serve")
                .under(List.of("env", "UKL_TEST=1")) // env execs QEMU: the PID stays QEMU's
                .start()) {
            pid = guest.pid();
            guest.awaitStdout("serving\n", Duration.ofSeconds(30));
            assertTrue(guest.isAlive());
            assertTrue(
                    ProcessHandle.of(pid)
                            .flatMap(h -> h.info().command())
                            .orElse("")
                            .endsWith("qemu-system-x86_64"),
                    "the prefix did not exec QEMU in its own process");
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "QEMU " + pid + " still runs");
    }

    @Test
    void awaitingAMarkerTheGuestNeverPrintsFailsWithItsOutput() throws Exception {
        try (RunningQemu guest = Qemu.forImage(TestImages.guest().image())
                .accelerator(Accelerator.TCG)
                .memoryMiB(64)
                .cmdline("return")
                .start()) {
            QemuException e =
                    assertThrows(QemuException.class, () -> guest.awaitStdout("never printed", Duration.ofSeconds(30)));
            assertTrue(
                    e.getMessage().startsWith("the guest stopped (QEMU exit code 1) before printing"), e.getMessage());
        }
    }
}
