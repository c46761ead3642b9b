package ukl.coverage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed set of jars whose use of {@code java.*} weighs the coverage: widely used libraries that
 * do not live on reflection. Their versions are pinned in this module's pom, which puts them on the
 * class path; each is found there by a class only it has.
 */
final class Sample {
    /** Artifact and a class only it contains. */
    record Member(String artifact, String marker) {}

    static final List<Member> MEMBERS = List.of(
            new Member("commons-lang3", "org/apache/commons/lang3/StringUtils.class"),
            new Member("commons-text", "org/apache/commons/text/StringSubstitutor.class"),
            new Member("commons-collections4", "org/apache/commons/collections4/CollectionUtils.class"),
            new Member("guava", "com/google/common/collect/ImmutableList.class"),
            new Member("jackson-core", "com/fasterxml/jackson/core/JsonParser.class"),
            new Member("joda-time", "org/joda/time/DateTime.class"),
            new Member("eclipse-collections-api", "org/eclipse/collections/api/RichIterable.class"),
            new Member("eclipse-collections", "org/eclipse/collections/impl/list/mutable/FastList.class"));

    /** A jar of the sample: {@code artifact-version} (from its file name) and where it is. */
    record Jar(String name, Path path) {}

    private Sample() {}

    static List<Jar> jars() {
        return MEMBERS.stream()
                .map(m -> {
                    Path p = ClassFiles.artifactOf(m.marker(), m.artifact());
                    String file = p.getFileName().toString();
                    return new Jar(file.endsWith(".jar") ? file.substring(0, file.length() - 4) : m.artifact(), p);
                })
                .toList();
    }

    /** Every reference into {@code java.*} the sample makes, with its usage; and the class-file count per jar. */
    static Map<Reference, Usage> usages(List<Jar> jars, Map<String, Integer> classCounts) {
        Map<Reference, Usage> usages = new HashMap<>();
        for (Jar j : jars) {
            int[] n = {0};
            ClassFiles.forEach(j.path(), (name, bytes) -> {
                UsageScanner.scan(bytes, j.name(), usages);
                n[0]++;
            });
            classCounts.put(j.name(), n[0]);
        }
        return usages;
    }
}
