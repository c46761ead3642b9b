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
    /**
     * One {@code Libc} call rewritten into a direct kernel call; {@code methodKey} names the method
     * holding it as {@link #methodsBefore} does ({@code java/net/SocketDescriptor.read([BII)I}).
     */
    public record SyscallSite(String className, String method, int line, String kernelMethod, String methodKey) {
        /** {@code java.net.SocketDescriptor.read(byte[], int, int) line 309 -> ukl.kernel.sys.Sys.read(I[BII)J}. */
        public String label() {
            return className + '.' + method + (line > 0 ? " line " + line : "") + " -> " + kernelMethod;
        }
    }

    /**
     * What gcc made of one rewritten site, read from the image's final code (its DWARF): in how
     * many places its code ended up (the caller's own function and every function gcc inlined the
     * caller into), in how many of them the kernel entry was inlined, the deepest chain of Java
     * methods inlined from the entry down (its length is the depth; empty when the entry stayed a
     * call everywhere), the methods the inlined kernel path still calls, and the functions that
     * hold the site's code. {@code shrunk}: the method holding the site was removed by shrinking.
     */
    public record SyscallCode(
            SyscallSite site,
            boolean shrunk,
            int copies,
            int inlinedCopies,
            List<String> chain,
            List<String> callsLeft,
            List<String> functions) {
        public SyscallCode {
            chain = List.copyOf(chain);
            callsLeft = List.copyOf(callsLeft);
            functions = List.copyOf(functions);
        }

        public int depth() {
            return chain.size();
        }

        /**
         * {@code inlined}, {@code call}, {@code mixed} (inlined in some copies), {@code shrunk} (its
         * method is not in the image), or {@code absent} (gcc left no code of it: it folded the call
         * away, or inlined the method only where the call was dead).
         */
        public String verdict() {
            if (shrunk) return "shrunk";
            if (copies == 0) return "absent";
            if (inlinedCopies == copies) return "inlined";
            return inlinedCopies == 0 ? "call" : "mixed";
        }
    }

    private final List<SyscallSite> syscallSites = new ArrayList<>();
    private final List<SyscallCode> syscallCode = new ArrayList<>();
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

    /** What gcc made of each rewritten site; empty until the image is built (see {@link #setSyscallCode}). */
    public List<SyscallCode> syscallCode() {
        return Collections.unmodifiableList(syscallCode);
    }

    /** Whether shrinking removed the method holding {@code site}. */
    public boolean shrunk(SyscallSite site) {
        return !methodsAfter.contains(site.methodKey());
    }

    /** Records what gcc made of the rewritten sites (the toolchain reads it from the image's debug file). */
    public void setSyscallCode(List<SyscallCode> code) {
        syscallCode.clear();
        syscallCode.addAll(code);
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

    /** A rewritten site's fields, in both JSON lists that name one. */
    private static Json siteFields(Json j, SyscallSite site) {
        return j.key("class")
                .string(site.className())
                .key("method")
                .string(site.method())
                .key("line")
                .number(site.line())
                .key("kernelMethod")
                .string(site.kernelMethod());
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
            s.append("  ").append(site.label()).append('\n');
        }
        if (!syscallCode.isEmpty()) {
            s.append("\nsystem calls rewritten: what gcc made of them (from the image's DWARF; depth: Java methods"
                    + " inlined from the kernel entry down)\n");
            for (SyscallCode code : syscallCode) {
                s.append("  ")
                        .append(code.site().label())
                        .append(": ")
                        .append(describe(code))
                        .append('\n');
            }
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

    private static String describe(SyscallCode code) {
        StringBuilder s = new StringBuilder();
        switch (code.verdict()) {
            case "shrunk" -> s.append("its method was removed by shrinking");
            case "absent" -> s.append("no code: gcc dropped the call");
            case "call" -> s.append("a call in ").append(plural(code.copies(), "copy", "copies"));
            default ->
                s.append("inlined in ")
                        .append(code.inlinedCopies())
                        .append(" of ")
                        .append(plural(code.copies(), "copy", "copies"))
                        .append(", depth ")
                        .append(code.depth())
                        .append(": ")
                        .append(String.join(" > ", code.chain()));
        }
        if (!code.callsLeft().isEmpty()) {
            s.append("; still calls ").append(String.join(", ", code.callsLeft()));
        }
        if (!code.functions().isEmpty()) {
            s.append("; in ").append(String.join(", ", code.functions()));
        }
        return s.toString();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public String toJson() {
        Json j = new Json();
        j.open('{');
        j.key("passes").open('{');
        passCounts.forEach((k, v) -> j.key(k).number(v));
        j.close('}');
        j.key("syscallSites").open('[');
        for (SyscallSite site : syscallSites) {
            siteFields(j.open('{'), site).close('}');
        }
        j.close(']');
        j.key("syscallCode").open('[');
        for (SyscallCode code : syscallCode) {
            siteFields(j.open('{'), code.site())
                    .key("verdict")
                    .string(code.verdict())
                    .key("copies")
                    .number(code.copies())
                    .key("inlinedCopies")
                    .number(code.inlinedCopies())
                    .key("depth")
                    .number(code.depth());
            j.key("chain").strings(code.chain());
            j.key("callsLeft").strings(code.callsLeft());
            j.key("functions").strings(code.functions());
            j.close('}');
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
