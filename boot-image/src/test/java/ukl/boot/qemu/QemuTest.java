package ukl.boot.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher without a guest: command line, accelerator choice, error messages. */
class QemuTest {
    @TempDir
    Path dir;

    private Path someImage() throws Exception {
        return Files.writeString(dir.resolve("image.elf"), "not an ELF file\n");
    }

    @Test
    void commandLineFollowsDesign() throws Exception {
        Path image = someImage();
        List<String> command = Qemu.forImage(image)
                .accelerator(Accelerator.TCG)
                .memoryMiB(3072)
                .cmdline("a b")
                .extraArgs(List.of("-netdev", "user,id=n0"))
                .command();
        assertTrue(command.getFirst().endsWith("/qemu-system-x86_64"), command::toString);
        String joined = String.join(" ", command.subList(1, command.size()));
        assertEquals(
                "-machine pc,acpi=off -accel tcg -cpu max -m 3072 -bios /usr/share/qemu/qboot.rom -nodefaults -no-user-config "
                        + "-no-reboot -display none -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel " + image
                        + " -append a b -netdev user,id=n0",
                joined);
        assertEquals("a b", command.get(command.indexOf("-append") + 1), "the command line stays one argument");
    }

    /**
     * A virtio console per stream, standard output's first on the bus, each appending to its
     * stream's file as the UART's back end does; none when asked for the UARTs alone.
     */
    @Test
    void capturedStreamsGetAVirtioConsoleEachAppendingToTheUartsFile() throws Exception {
        Path out = dir.resolve("com1");
        Path err = dir.resolve("a,b");
        String joined = String.join(" ", Qemu.forImage(someImage()).virtioConsoles(out, err));
        assertEquals(
                "-chardev file,id=ukl-vout,path=" + out + ",append=on -chardev file,id=ukl-verr,path=" + dir
                        + "/a,,b,append=on"
                        + " -device virtio-serial-pci,id=ukl-vout-bus,max_ports=1,disable-modern=on"
                        + " -device virtconsole,bus=ukl-vout-bus.0,chardev=ukl-vout"
                        + " -device virtio-serial-pci,id=ukl-verr-bus,max_ports=1,disable-modern=on"
                        + " -device virtconsole,bus=ukl-verr-bus.0,chardev=ukl-verr",
                joined);
        assertEquals(List.of(), Qemu.forImage(someImage()).virtioConsole(false).virtioConsoles(out, err));
    }

    @Test
    void qemuMallocsOnHugePagesKeepingTheCallersTunables() {
        assertEquals("glibc.malloc.hugetlb=1", Qemu.tunables(null));
        assertEquals("glibc.malloc.hugetlb=1", Qemu.tunables(""));
        assertEquals("glibc.malloc.arena_max=1:glibc.malloc.hugetlb=1", Qemu.tunables("glibc.malloc.arena_max=1"));
        assertEquals("glibc.malloc.hugetlb=0", Qemu.tunables("glibc.malloc.hugetlb=0"));
    }

    @Test
    void withoutQbootFallsBackToTheDefaultBiosWithAWarning() throws Exception {
        List<String> progress = new ArrayList<>();
        List<String> command = Qemu.forImage(someImage())
                .accelerator(Accelerator.TCG)
                .progress(progress::add)
                .qboot(dir.resolve("no-qboot.rom"))
                .command();
        assertFalse(command.contains("-bios"), command::toString);
        assertEquals(1, progress.size());
        assertTrue(
                progress.getFirst().startsWith("qemu: warning: " + dir.resolve("no-qboot.rom") + " not found"),
                progress::toString);
    }

    @Test
    void missingQemuSaysHowToInstallIt() throws Exception {
        QemuException e = assertThrows(
                QemuException.class,
                () -> Qemu.forImage(someImage()).searchPath(dir.toString()).runCaptured(Duration.ofSeconds(5)));
        assertEquals(
                "qemu-system-x86_64 not found on PATH: install it (Debian: apt-get install qemu-system-x86)",
                e.getMessage());
    }

    @Test
    void missingImageIsNamed() {
        QemuException e = assertThrows(QemuException.class, () -> Qemu.forImage(dir.resolve("nope.elf"))
                .accelerator(Accelerator.TCG)
                .command());
        assertEquals("image " + dir.resolve("nope.elf") + " does not exist: build it first", e.getMessage());
    }

    /** QEMU's own failure exits 1 like a guest's status 0: its message tells them apart. */
    @Test
    void qemuRefusingTheImageIsAnErrorNotStatusZero() throws Exception {
        QemuException e = assertThrows(QemuException.class, () -> Qemu.forImage(someImage())
                .accelerator(Accelerator.TCG)
                .memoryMiB(64)
                .runCaptured(Duration.ofSeconds(20)));
        assertTrue(
                e.getMessage()
                        .startsWith("QEMU could not run " + dir.resolve("image.elf")
                                + " (exit code 1): qemu: invalid kernel header"),
                e.getMessage());
    }

    @Test
    void failedToStartIgnoresWarnings() {
        assertTrue(Qemu.failedToStart("qemu-system-x86_64: -kernel x: error loading\n"));
        assertTrue(Qemu.failedToStart("qemu: could not open kernel file 'x': No such file or directory\n"));
        assertFalse(Qemu.failedToStart("qemu-system-x86_64: warning: TCG doesn't support requested feature\n"));
        assertFalse(Qemu.failedToStart(""));
    }

    @Test
    void acceleratorNamesParse() {
        assertEquals(Accelerator.KVM, Accelerator.parse("kvm"));
        assertEquals(Accelerator.TCG, Accelerator.parse(" TCG "));
        assertEquals(Accelerator.AUTO, Accelerator.parse("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Accelerator.parse("hvf"));
        assertEquals("unknown accelerator 'hvf': use auto, kvm or tcg", e.getMessage());
    }

    /** DESIGN.md: a /dev/kvm without VT-x/AMD-V in the CPU flags is the slow paravirtual kind. */
    @Test
    void kvmNeedsTheCpuFlag() throws Exception {
        assertTrue(Accelerator.hasHardwareVirtualization("processor\t: 0\nflags\t\t: fpu vme vmx sse2\n"));
        assertTrue(Accelerator.hasHardwareVirtualization("flags\t\t: fpu svm lahf_lm\n"));
        assertFalse(Accelerator.hasHardwareVirtualization("flags\t\t: fpu vme sse2 hypervisor\nmodel name\t: vmx\n"));
        if (!Accelerator.hasHardwareVirtualization(Files.readString(Path.of("/proc/cpuinfo")))) {
            assertEquals(Accelerator.TCG, Accelerator.AUTO.resolve(), "no vmx/svm here, whatever /dev/kvm is");
        }
        assertEquals(Accelerator.KVM, Accelerator.KVM.resolve(), "an explicit choice stands");
    }
}
