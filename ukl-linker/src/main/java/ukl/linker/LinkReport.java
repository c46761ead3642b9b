package ukl.linker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a link did: the rewritten system-call sites, per-pass counts, the classes and methods
 * before and after shrinking, and extra sections that later stages add (image section sizes).
 * {@link #writeText} is for people, {@link #writeJson} for tools.
 */
public final class LinkReport {
    /** One {@code Libc} call rewritten into a direct kernel call. */
    public record SyscallSite(String className, String method, int line, String kernelMethod) {}

    private final List<SyscallSite> syscallSites = new ArrayList<>();
    private final Map<String, Integer> passCounts = new LinkedHashMap<>();
    private final SortedSet<String> classesBefore = new TreeSet<>();
    private final SortedSet<String> classesAfter = new TreeSet<>();
    private final SortedSet<String> methodsBefore = new TreeSet<>();
    private final SortedSet<String> methodsAfter = new TreeSet<>();
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    LinkReport() {}

    public List<SyscallSite> syscallSites() {
        return Collections.unmodifiableList(syscallSites);
    }

    /** Counts by pass, e.g. {@code "lowered invokedynamic sites" → 12}, in pipeline order. */
    public Map<String, Integer> passCounts() {
        return Collections.unmodifiableMap(passCounts);
    }

    public SortedSet<String> classesBefore() {
        return Collections.unmodifiableSortedSet(classesBefore);
    }

    public SortedSet<String> classesAfter() {
        return Collections.unmodifiableSortedSet(classesAfter);
    }

    public SortedSet<String> removedClasses() {
        SortedSet<String> removed = new TreeSet<>(classesBefore);
        removed.removeAll(classesAfter);
        return removed;
    }

    /** Methods as {@code java/lang/String.length()I}. */
    public SortedSet<String> methodsBefore() {
        return Collections.unmodifiableSortedSet(methodsBefore);
    }

    public SortedSet<String> methodsAfter() {
        return Collections.unmodifiableSortedSet(methodsAfter);
    }

    public SortedSet<String> removedMethods() {
        SortedSet<String> removed = new TreeSet<>(methodsBefore);
        removed.removeAll(methodsAfter);
        return removed;
    }

    /** Adds (or replaces) a section of key/values, e.g. {@code "image sections" → {".text" → "81920"}}. */
    public void addSection(String name, Map<String, String> values) {
        sections.put(name, new LinkedHashMap<>(values));
    }

    public Map<String, Map<String, String>> sections() {
        return Collections.unmodifiableMap(sections);
    }

    void addSyscallSites(List<SyscallSite> sites) {
        syscallSites.addAll(sites);
    }

    void count(String what, int n) {
        passCounts.put(what, n);
    }

    void before(Iterable<String> classes, Iterable<String> methods) {
        classes.forEach(classesBefore::add);
        methods.forEach(methodsBefore::add);
    }

    void after(Iterable<String> classes, Iterable<String> methods) {
        classes.forEach(classesAfter::add);
        methods.forEach(methodsAfter::add);
    }

    public void writeText(Path file) throws IOException {
        Files.writeString(file, toText());
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, toJson());
    }

    public String toText() {
        StringBuilder s = new StringBuilder("ukl link report\n\npasses\n");
        passCounts.forEach(
                (k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        s.append("\nsystem calls rewritten into kernel calls (")
                .append(syscallSites.size())
                .append(")\n");
        for (SyscallSite site : syscallSites) {
            s.append("  ")
                    .append(site.className())
                    .append('.')
                    .append(site.method())
                    .append(site.line() > 0 ? " line " + site.line() : "")
                    .append(" -> ")
                    .append(site.kernelMethod())
                    .append('\n');
        }
        s.append("\nshrinking: classes ")
                .append(classesBefore.size())
                .append(" -> ")
                .append(classesAfter.size())
                .append(", methods ")
                .append(methodsBefore.size())
                .append(" -> ")
                .append(methodsAfter.size())
                .append('\n');
        s.append("\nremoved classes\n");
        removedClasses().forEach(c -> s.append("  ").append(c).append('\n'));
        s.append("\nremoved methods\n");
        removedMethods().forEach(m -> s.append("  ").append(m).append('\n'));
        sections.forEach((name, values) -> {
            s.append('\n').append(name).append('\n');
            values.forEach(
                    (k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        });
        return s.toString();
    }

    public String toJson() {
        Json j = new Json();
        j.open('{');
        j.key("passes").open('{');
        passCounts.forEach((k, v) -> j.key(k).number(v));
        j.close('}');
        j.key("syscallSites").open('[');
        for (SyscallSite site : syscallSites) {
            j.open('{')
                    .key("class")
                    .string(site.className())
                    .key("method")
                    .string(site.method())
                    .key("line")
                    .number(site.line())
                    .key("kernelMethod")
                    .string(site.kernelMethod())
                    .close('}');
        }
        j.close(']');
        j.key("classesBefore").number(classesBefore.size()).key("classesAfter").number(classesAfter.size());
        j.key("methodsBefore").number(methodsBefore.size()).key("methodsAfter").number(methodsAfter.size());
        j.key("removedClasses").strings(removedClasses());
        j.key("removedMethods").strings(removedMethods());
        j.key("sections").open('{');
        sections.forEach((name, values) -> {
            j.key(name).open('{');
            values.forEach((k, v) -> j.key(k).string(v));
            j.close('}');
        });
        j.close('}');
        j.close('}');
        return j.toString();
    }
}
