package ukl.boot;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A built image.
 *
 * @param image the ELF64 file
 * @param fileSize its size in bytes
 * @param sectionSizes the size in memory of each allocated section ({@code .text}, {@code .rodata},
 *     {@code .data}, {@code .bss}, …) in address order, read from the ELF section headers
 * @param loadEnd the first physical address above the loaded image (its last PT_LOAD segment's
 *     end, {@code .bss}, page tables and boot stack included)
 */
public record ImageInfo(Path image, long fileSize, Map<String, Long> sectionSizes, long loadEnd) {
    private static final long MIB = 1 << 20;

    public ImageInfo {
        sectionSizes = Collections.unmodifiableMap(new LinkedHashMap<>(sectionSizes));
    }

    /**
     * The least guest memory, in MiB, that holds the image itself: QEMU's loader cannot place a
     * PVH image beyond the end of RAM. With any more, the image boots and says itself whether its
     * stack and heap fit.
     */
    public int memoryFloorMiB() {
        return Math.toIntExact((loadEnd + MIB - 1) / MIB);
    }
}
