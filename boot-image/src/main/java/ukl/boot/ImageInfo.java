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
 */
public record ImageInfo(Path image, long fileSize, Map<String, Long> sectionSizes) {
    public ImageInfo {
        sectionSizes = Collections.unmodifiableMap(new LinkedHashMap<>(sectionSizes));
    }
}
