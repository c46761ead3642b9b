package ukl.toolchain;

import java.nio.file.Path;
import java.util.Map;

/**
 * A built image.
 *
 * @param image the image file
 * @param imageBytes its size
 * @param sectionSizes bytes per ELF section
 * @param reportText the link report for people
 * @param reportJson the same for tools
 * @param upToDate whether nothing had changed and the previous image was kept
 */
public record ImageResult(
        Path image,
        long imageBytes,
        Map<String, Long> sectionSizes,
        Path reportText,
        Path reportJson,
        boolean upToDate) {}
