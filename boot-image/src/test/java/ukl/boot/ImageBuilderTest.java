package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBuilderTest {

    @Test
    void imageCarriesThePvhEntryNoteInAPtNoteSegment() throws Exception {
        ImageInfo info = TestImages.guest();
        ElfFile elf = ElfFile.read(info.image());
        assertEquals(ElfFile.EM_X86_64, elf.machine());

        ElfFile.Note note = elf.notes().stream()
                .filter(n -> n.name().equals("Xen"))
                .findFirst()
                .orElseThrow();
        assertEquals(18, note.type(), "XEN_ELFNOTE_PHYS32_ENTRY");
        assertEquals(8, note.descriptor().length, "DESIGN.md: an 8-byte descriptor");
        ElfFile.Segment segment = elf.segments().get(note.segment());
        assertEquals(ElfFile.PT_NOTE, segment.type());
        // QEMU 7.2 pads the note name to the segment's alignment: only 4 reads the descriptor right.
        assertEquals(4, segment.align());

        long entry = elf.pvhEntry().orElseThrow();
        assertEquals(elf.entry(), entry);
        ElfFile.Section text = elf.sections().stream()
                .filter(s -> s.name().equals(".text"))
                .findFirst()
                .orElseThrow();
        assertTrue(entry >= text.address() && entry < text.address() + text.size(), "PVH entry inside .text");
        assertEquals(0x100000, text.address(), "loaded at 1 MiB");
        // 32-bit entry: the loader jumps to it with paging off, so it must sit below 4 GiB.
        assertTrue(entry < 1L << 32);
    }

    /** The image has no symbol table; its symbols and their sizes come from the debug file beside it. */
    @Test
    void symbolsComeFromTheDebugFile() throws Exception {
        ImageInfo info = TestImages.guest();
        assertTrue(ElfFile.read(info.image()).symbols().isEmpty(), "the image itself keeps no symbol table");
        List<ImageSymbol> symbols = ImageBuilder.symbols(info.image());
        ImageSymbol memoryInit = symbols.stream()
                .filter(s -> s.name().equals("memory_init"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no memory_init among " + symbols));
        assertEquals(".text", memoryInit.section());
        assertTrue(memoryInit.size() > 100, memoryInit.toString());
        assertTrue(symbols.getFirst().size() >= symbols.getLast().size(), "largest first");
    }

    @Test
    void reportsSizesBySection() throws Exception {
        ImageInfo info = TestImages.guest();
        assertEquals(Files.size(info.image()), info.fileSize());
        assertEquals(
                List.of(".text", ".rodata", ".note.Xen", ".data", ".bss", ".pagetables", ".stack"),
                List.copyOf(info.sectionSizes().keySet()));
        assertTrue(info.sectionSizes().get(".text") > 1000);
        assertEquals(64 * 1024 + 4096, info.sectionSizes().get(".stack"), "64 KiB boot stack and its guard page");
        assertEquals(
                7 * 4096,
                info.sectionSizes().get(".pagetables"),
                "PML4, PDPT, four page directories for 4 GiB and the guard's page table; those for RAM above"
                        + " 4 GiB come from RAM when there is some");
    }

    /**
     * The loaded segments follow each other in the file with no padding up to a page, and the
     * zeroed sections (.bss, page tables, stack) take no file bytes: the file is the headers, the
     * loaded bytes and the section names, while the addresses stay page-aligned.
     */
    @Test
    void theFileHasNoPagePadding() throws Exception {
        ImageInfo info = TestImages.guest();
        ElfFile elf = ElfFile.read(info.image());
        List<ElfFile.Segment> loads =
                elf.segments().stream().filter(s -> s.type() == ElfFile.PT_LOAD).toList();
        long end = -1;
        long loaded = 0;
        for (ElfFile.Segment s : loads) {
            if (s.fileSize() == 0) {
                continue;
            }
            assertTrue(
                    end < 0 || s.offset() >= end && s.offset() - end < 16,
                    "segment at file offset " + s.offset() + " after the previous one's end " + end + ": " + loads);
            end = s.offset() + s.fileSize();
            loaded += s.fileSize();
        }
        assertTrue(
                info.fileSize() - loaded < 2048, "the file has " + info.fileSize() + " bytes, " + loaded + " loaded");
        ElfFile.Section data = elf.sections().stream()
                .filter(s -> s.name().equals(".data"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, data.address() % 4096, ".data starts a page: it is mapped writable, .rodata is not");
    }

    @Test
    void warmRebuildReusesTheBootAndProgramObjects(@TempDir Path dir) throws Exception {
        TestImages.guest(); // the cache is warm now
        List<String> progress = new ArrayList<>();
        long start = System.nanoTime();
        ImageInfo info = new ImageBuilder(TestImages.CACHE, progress::add)
                .build(List.of(TestImages.testSource("guest.c")), List.of(), List.of(), dir.resolve("out/guest.elf"));
        System.out.printf("warm rebuild of the test guest: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("gcc: boot objects cached in ")), progress::toString);
        assertFalse(progress.stream().anyMatch(l -> l.startsWith("gcc: compiling the boot code")), progress::toString);
        // the program's object too: the same text, headers, flags and gcc (ObjectCache)
        assertFalse(progress.stream().anyMatch(l -> l.startsWith("gcc: compiling guest.c")), progress::toString);
        assertTrue(
                progress.stream().anyMatch(l -> l.startsWith("gcc: compiled 0 of 1 C files, reused 1 from ")),
                progress::toString);
        assertTrue(Files.isRegularFile(info.image()));
    }

    /** The extra flags reach the boot code too, and it compiles clean under them. */
    @Test
    void bootCodeCompilesWithoutWarnings(@TempDir Path dir) throws Exception {
        List<String> progress = new ArrayList<>();
        new ImageBuilder(TestImages.CACHE, progress::add)
                .build(
                        List.of(TestImages.testSource("guest.c")),
                        List.of(),
                        List.of("-Wall", "-Wextra", "-Werror"),
                        dir.resolve("strict.elf"));
        assertTrue(
                progress.stream()
                        .anyMatch(l -> l.startsWith("gcc: boot objects cached in ")
                                || l.startsWith("gcc: compiling the boot code")),
                progress::toString);
    }

    @Test
    void compileErrorsCarryGccDiagnostics(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.c"), "void ukl_main(void) { int x = ; }\n");
        ImageBuildException e =
                assertThrows(ImageBuildException.class, () -> new ImageBuilder(TestImages.CACHE, l -> {})
                        .build(List.of(broken), List.of(), List.of(), dir.resolve("broken.elf")));
        assertTrue(e.getMessage().startsWith("gcc failed compiling " + broken + " (exit code 1):"), e.getMessage());
        assertTrue(e.getMessage().contains("broken.c:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("error: expected expression"), e.getMessage());
    }

    @Test
    void undefinedUklMainIsALinkError(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.c"), "int unrelated;\n");
        ImageBuildException e =
                assertThrows(ImageBuildException.class, () -> new ImageBuilder(TestImages.CACHE, l -> {})
                        .build(List.of(empty), List.of(), List.of(), dir.resolve("empty.elf")));
        assertTrue(e.getMessage().startsWith("gcc failed linking "), e.getMessage());
        assertTrue(e.getMessage().contains("undefined reference to `ukl_main'"), e.getMessage());
    }

    @Test
    void missingGccSaysHowToInstallIt(@TempDir Path emptyPath) throws Exception {
        Path c = Files.writeString(emptyPath.resolve("p.c"), "void ukl_main(void) {}\n");
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> new ImageBuilder(
                        emptyPath.resolve("cache"), l -> {}, emptyPath.toString())
                .build(List.of(c), List.of(), List.of(), emptyPath.resolve("p.elf")));
        assertEquals("gcc not found on PATH: install it (Debian: apt-get install gcc)", e.getMessage());
    }

    /**
     * docs/contracts.md §5: what the boot code implements is what ukl_natives.h defines (ukl-toolchain's
     * KernelNativesTest matches it with the kernel's declarations); comments, prototypes and calls
     * name no implementation.
     */
    @Test
    void nativeFunctionsAreTheDefinitionsInUklNativesH() {
        String header = """
                /* ukl_native_Cpu_commented(void) { } */
                static inline int32_t ukl_native_Cpu_inb(int32_t port) { return ukl_native_Cpu_raw(port); }
                static inline void ukl_native_Memory_poke8(int64_t address,
                                                           int32_t value) {
                    *(volatile uint8_t *)(uintptr_t)address = (uint8_t)value;
                }
                int32_t ukl_native_Cpu_declared(int32_t port);
                // ukl_native_Cpu_line(void) {
                """;
        assertEquals(Set.of("ukl_native_Cpu_inb", "ukl_native_Memory_poke8"), ImageBuilder.definedNatives(header));
        assertFalse(ImageBuilder.nativeFunctions().isEmpty(), "ukl_natives.h defines no ukl_native_ function");
    }
}
