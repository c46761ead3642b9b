package ukl.linker;

import java.util.Map;

/**
 * The linked closed world.
 *
 * @param classes every class of the image, by internal name ({@code java/lang/String}), as class
 *     file bytes with stack map frames
 * @param report what the linker did, for people and tools
 */
public record LinkResult(Map<String, byte[]> classes, LinkReport report) {
    public LinkResult {
        classes = Map.copyOf(classes);
    }
}
