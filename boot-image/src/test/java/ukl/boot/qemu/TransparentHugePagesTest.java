package ukl.boot.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransparentHugePagesTest {
    /** This module's tests run with native access, as scripts/bench does: a child starts with THP off. */
    @Test
    void childrenStartWithoutTransparentHugePages() throws Exception {
        List<String> log = new ArrayList<>(); // empty when an earlier test's QEMU turned them off
        assertTrue(TransparentHugePages.offForChildren(log::add), log::toString);
        assertTrue(TransparentHugePages.offForChildren(log::add), "a second call keeps them off");
        assertTrue(log.size() <= 1 && log.stream().allMatch(l -> l.contains("off for QEMU")), log::toString);

        Process child = new ProcessBuilder("grep", "THP_enabled", "/proc/self/status").start();
        String status = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor());
        assertEquals("THP_enabled:\t0", status.strip(), "the child's /proc/self/status");
    }
}
