package ukl.boot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Just enough of an ELF64 little-endian reader for built images: the header's entry point, the
 * section headers and the program headers, and the notes in PT_NOTE segments (System V gABI,
 * "Object Files" and "Program Loading"; ELF-64 Object File Format 1.5).
 */
record ElfFile(
        int machine,
        long entry,
        List<Section> sections,
        List<Segment> segments,
        List<Note> notes,
        List<Symbol> symbols) {
    static final int EM_X86_64 = 62;
    static final int PT_LOAD = 1;
    static final int PT_NOTE = 4;
    static final long SHF_ALLOC = 0x2;

    static final int SHT_SYMTAB = 2;

    record Section(String name, int type, long flags, long address, long size, long offset, int link) {}

    /** A symbol table entry: its name, the section it is defined in (0: undefined), its size. */
    record Symbol(String name, int section, long value, long size) {}

    record Segment(int type, long offset, long physicalAddress, long fileSize, long memorySize, long align) {}

    /** A note found in a PT_NOTE segment; {@code segment} indexes {@link #segments}. */
    record Note(int segment, String name, int type, byte[] descriptor) {}

    static ElfFile read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.limit() < 64 || b.getInt(0) != 0x464c457f) throw new IOException(file + " is not an ELF file");
        if (b.get(4) != 2 || b.get(5) != 1) throw new IOException(file + " is not a little-endian ELF64 file");
        int machine = Short.toUnsignedInt(b.getShort(18));
        long entry = b.getLong(24);
        long phoff = b.getLong(32);
        long shoff = b.getLong(40);
        int phentsize = Short.toUnsignedInt(b.getShort(54));
        int phnum = Short.toUnsignedInt(b.getShort(56));
        int shentsize = Short.toUnsignedInt(b.getShort(58));
        int shnum = Short.toUnsignedInt(b.getShort(60));
        int shstrndx = Short.toUnsignedInt(b.getShort(62));

        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = Math.toIntExact(phoff + (long) i * phentsize);
            segments.add(new Segment(
                    b.getInt(at),
                    b.getLong(at + 8),
                    b.getLong(at + 24),
                    b.getLong(at + 32),
                    b.getLong(at + 40),
                    b.getLong(at + 48)));
        }

        List<Section> sections = new ArrayList<>();
        if (shnum > 0) {
            int names = Math.toIntExact(b.getLong(Math.toIntExact(shoff + (long) shstrndx * shentsize) + 24));
            for (int i = 0; i < shnum; i++) {
                int at = Math.toIntExact(shoff + (long) i * shentsize);
                sections.add(new Section(
                        string(b, names + b.getInt(at)),
                        b.getInt(at + 4),
                        b.getLong(at + 8),
                        b.getLong(at + 16),
                        b.getLong(at + 32),
                        b.getLong(at + 24),
                        b.getInt(at + 40)));
            }
        }

        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.type() == PT_NOTE) readNotes(b, i, s, notes);
        }
        return new ElfFile(
                machine,
                entry,
                List.copyOf(sections),
                List.copyOf(segments),
                List.copyOf(notes),
                readSymbols(b, sections));
    }

    /** Elf64_Sym entries (24 bytes: name, info, other, shndx, value, size) of every SHT_SYMTAB. */
    private static List<Symbol> readSymbols(ByteBuffer b, List<Section> sections) {
        List<Symbol> symbols = new ArrayList<>();
        for (Section table : sections) {
            if (table.type() != SHT_SYMTAB) continue;
            int names = Math.toIntExact(sections.get(table.link()).offset());
            for (long at = table.offset(); at + 24 <= table.offset() + table.size(); at += 24) {
                int i = Math.toIntExact(at);
                symbols.add(new Symbol(
                        string(b, names + b.getInt(i)),
                        Short.toUnsignedInt(b.getShort(i + 6)),
                        b.getLong(i + 8),
                        b.getLong(i + 16)));
            }
        }
        return List.copyOf(symbols);
    }

    /** The first physical address above everything the loader places in memory (PT_LOAD, with .bss). */
    long loadEnd() {
        return segments.stream()
                .filter(s -> s.type() == PT_LOAD)
                .mapToLong(s -> s.physicalAddress() + s.memorySize())
                .max()
                .orElse(0);
    }

    /** Notes are (namesz, descsz, type, name, descriptor), name and descriptor padded to 4 bytes. */
    private static void readNotes(ByteBuffer b, int segment, Segment s, List<Note> notes) {
        int at = Math.toIntExact(s.offset());
        int end = Math.toIntExact(s.offset() + s.fileSize());
        while (at + 12 <= end) {
            int namesz = b.getInt(at);
            int descsz = b.getInt(at + 4);
            int type = b.getInt(at + 8);
            String name = namesz == 0 ? "" : string(b, at + 12);
            int descriptorAt = at + 12 + align4(namesz);
            byte[] descriptor = new byte[descsz];
            b.get(descriptorAt, descriptor);
            notes.add(new Note(segment, name, type, descriptor));
            at = descriptorAt + align4(descsz);
        }
    }

    private static int align4(int n) {
        return (n + 3) & ~3;
    }

    private static String string(ByteBuffer b, int at) {
        int end = at;
        while (b.get(end) != 0) end++;
        byte[] bytes = new byte[end - at];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** The PVH entry point: the descriptor of the "Xen" note of type XEN_ELFNOTE_PHYS32_ENTRY (18). */
    Optional<Long> pvhEntry() {
        return notes.stream()
                .filter(n -> n.name().equals("Xen") && n.type() == 18)
                .filter(n -> n.descriptor().length == 4 || n.descriptor().length == 8)
                .map(n -> n.descriptor().length == 8
                        ? ByteBuffer.wrap(n.descriptor())
                                .order(ByteOrder.LITTLE_ENDIAN)
                                .getLong()
                        : Integer.toUnsignedLong(ByteBuffer.wrap(n.descriptor())
                                .order(ByteOrder.LITTLE_ENDIAN)
                                .getInt()))
                .findFirst();
    }
}
