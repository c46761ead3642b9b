package ukl.linker;

import java.util.Map;
import java.util.Set;

/**
 * The linked closed world.
 *
 * @param classes every class of the image, by internal name ({@code java/lang/String}), as class
 *     file bytes with stack map frames
 * @param report what the linker did, for people and tools
 * @param application the internal names of the classes that came from the application (with the
 *     classes the linker generated for them, such as lowered lambdas); the others are the platform's
 */
public record LinkResult(Map<String, byte[]> classes, LinkReport report, Set<String> application) {
    public LinkResult {
        classes = Map.copyOf(classes);
        application = Set.copyOf(application);
    }
}
