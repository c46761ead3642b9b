package ukl.linker;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The closed world cannot be linked; {@link #problems()} says everything that stands in the way,
 * one problem per site. The message lists each cause once (one missing API used from 24 places is
 * one entry) with its first sites, sorted so that the same inputs give the same text, and ends
 * with a summary line.
 */
public final class LinkException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Sites listed under a cause; the rest are counted (when two or more would be left out). */
    static final int SITES_SHOWN = 3;

    private static final Comparator<LinkProblem> SITE_ORDER = Comparator.comparing(
                    (LinkProblem p) -> p.className() == null ? "" : p.sourcePath())
            .thenComparingInt(LinkProblem::line)
            .thenComparing(LinkProblem::where);

    private final transient List<LinkProblem> problems;

    LinkException(List<LinkProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one per site, in the order the passes found them. */
    public List<LinkProblem> problems() {
        return problems;
    }

    /**
     * A cause with one site reads as that problem ({@code file:line: in class.method: what; fix: fix});
     * a cause with several reads as {@code what (n sites); fix: fix} over its first sites, indented.
     */
    private static String message(List<LinkProblem> problems) {
        Map<LinkProblem.Kind, Map<String, List<LinkProblem>>> causes = new EnumMap<>(LinkProblem.Kind.class);
        for (LinkProblem p : problems) {
            causes.computeIfAbsent(p.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(p.cause(), c -> new ArrayList<>())
                    .add(p);
        }
        StringBuilder s = new StringBuilder();
        StringJoiner summary = new StringJoiner(", ", "summary: ", "");
        causes.forEach((kind, byCause) -> {
            byCause.values().forEach(sites -> appendCause(s, kind, sites));
            summary.add(kind.count(
                    byCause.size(),
                    byCause.values().stream().mapToInt(List::size).sum()));
        });
        return s.append(summary).toString();
    }

    private static void appendCause(StringBuilder s, LinkProblem.Kind kind, List<LinkProblem> sites) {
        if (sites.size() == 1) {
            s.append(sites.getFirst()).append('\n');
            return;
        }
        sites.sort(SITE_ORDER);
        LinkProblem first = sites.getFirst();
        s.append(first.what())
                .append(" (")
                .append(sites.size())
                .append(' ')
                .append(kind.sitesNoun())
                .append(')');
        if (first.fix() != null) {
            s.append("; fix: ").append(first.fix());
        }
        s.append('\n');
        // "... and 1 more site" would take the line that site itself needs
        int shown = sites.size() <= SITES_SHOWN + 1 ? sites.size() : SITES_SHOWN;
        for (LinkProblem site : sites.subList(0, shown)) {
            s.append("  ").append(site.where()).append('\n');
        }
        if (shown < sites.size()) {
            s.append("  ... and ")
                    .append(sites.size() - shown)
                    .append(" more ")
                    .append(kind.sitesNoun())
                    .append('\n');
        }
    }
}
