package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.run.BenchException;
import ukl.bench.run.GivenImage;
import ukl.boot.qemu.Accelerator;

/**
 * The image target's failure path, with real QEMU on the tap: the reason and QEMU's words reach the
 * report; and how it reads the guest's share of the boot from the boot trace.
 */
class ImageTargetTest {
    @Test
    void anImageThatNeverServesFailsWithQemusOutput(@TempDir Path dir) throws Exception {
        Path notAnImage = Files.writeString(dir.resolve("garbage.img"), "not an ELF file");
        ImageTarget target = ImageTarget.given(Accelerator.TCG, new GivenImage("garbage", notAnImage));
        Options options = Options.parse("--quick", "--out", dir.toString());
        try (Lab lab = new Lab(options, dir, line -> {})) {
            target.prepare(lab);
            BenchException e = assertThrows(BenchException.class, () -> target.start(lab, 64));
            assertTrue(e.getMessage().startsWith("the image stopped before it echoed"), e.getMessage());
            assertTrue(e.getMessage().contains("QEMU: qemu"), e.getMessage());
        }
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the target");
    }

    @Test
    void theGuestsShareOfTheBootIsItsClockAtTheFirstSend() {
        String stderr = "ukl: boottrace: 25.289 ms (+2.484) listen\n"
                + "ukl: boottrace: 42.371 ms (+12.392) accept\r\n"
                + "ukl: boottrace: 44.836 ms (+2.465) first send\r\n"
                + "ukl: boottrace: tsc 2599971116 Hz, from PIT channel 2, a window of 2 ms or more\n";
        assertEquals(OptionalDouble.of(44.836), ImageTarget.guestMillisAtFirstSend(stderr));
        assertEquals(
                OptionalDouble.empty(),
                ImageTarget.guestMillisAtFirstSend("ukl: boottrace: 25.289 ms (+2.484) listen\n"),
                "a trace without a first send (the image stopped, or sent nothing) has no share");
    }
}
