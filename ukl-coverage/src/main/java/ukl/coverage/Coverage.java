package ukl.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The usage-weighted coverage of a class library: for each {@code java.*} package the sample uses,
 * how many of its reference sites resolve against the library, how many distinct members, and
 * which share of the JDK's public API in that package the library has; the members missing, most
 * used first. Weights are site counts: a method called from 300 places weighs 300.
 */
public final class Coverage {
    /** The packages issue 11 asks ≥ 95% of the weighted references of. */
    static final Set<String> TARGETS = Set.of(
            "java.lang",
            "java.util",
            "java.util.function",
            "java.util.stream",
            "java.util.regex",
            "java.io",
            "java.math",
            "java.time",
            "java.text");

    static final int TOP_MISSING = 60;

    /** Counts of one package (or of a group of them). */
    static final class Tally {
        long sites;
        long resolvedSites;
        int members;
        int resolvedMembers;
        int api;
        int resolvedApi;

        void addUse(long weight, boolean resolved) {
            sites += weight;
            members++;
            if (resolved) {
                resolvedSites += weight;
                resolvedMembers++;
            }
        }

        void addApi(boolean resolved) {
            api++;
            if (resolved) {
                resolvedApi++;
            }
        }
    }

    record Missing(Reference ref, long sites, Set<String> jars) {}

    private final Map<String, Integer> jarClasses;
    private final Map<String, Tally> packages = new TreeMap<>();
    private final Tally overall = new Tally();
    private final Tally targets = new Tally();
    private final List<Missing> missing = new ArrayList<>();

    private Coverage(Map<String, Integer> jarClasses) {
        this.jarClasses = jarClasses;
    }

    /** Measures {@code library} against the sample's uses and the running JDK's public API. */
    public static Coverage measure() {
        Map<String, Integer> classCounts = new LinkedHashMap<>();
        Map<Reference, Usage> usages = Sample.usages(Sample.jars(), classCounts);
        return measure(usages, classCounts, JdkApi.publicApi(), Library.ukl());
    }

    static Coverage measure(
            Map<Reference, Usage> usages, Map<String, Integer> classCounts, List<Reference> api, Library library) {
        Coverage c = new Coverage(classCounts);
        usages.forEach((ref, use) -> {
            boolean ok = library.resolves(ref);
            String pkg = ref.packageName();
            c.packages.computeIfAbsent(pkg, k -> new Tally()).addUse(use.sites(), ok);
            c.overall.addUse(use.sites(), ok);
            if (TARGETS.contains(pkg)) {
                c.targets.addUse(use.sites(), ok);
            }
            if (!ok) {
                c.missing.add(new Missing(ref, use.sites(), use.jars()));
            }
        });
        for (Reference r : api) {
            Tally t = c.packages.get(r.packageName());
            if (t != null) {
                t.addApi(library.resolves(r));
            }
        }
        c.missing.sort(Comparator.comparingLong(Missing::sites).reversed().thenComparing(Missing::ref));
        return c;
    }

    /** Weighted share of the sample's references that resolve, overall. */
    public double overallShare() {
        return share(overall.resolvedSites, overall.sites);
    }

    Tally tally(String pkg) {
        return packages.get(pkg);
    }

    List<Missing> missing() {
        return missing;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    private static String pct(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f%%", share(part, whole));
    }

    /** The few lines the build prints: overall, the target packages, the most used gaps. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "class-library coverage over %d jars: %s of %d reference sites resolve (issue-11 packages: %s)%n",
                jarClasses.size(),
                pct(overall.resolvedSites, overall.sites),
                overall.sites,
                pct(targets.resolvedSites, targets.sites)));
        s.append(String.format(Locale.ROOT, "  %-20s %9s %9s %9s%n", "package", "sites", "weighted", "JDK API"));
        for (String p : TARGETS.stream().sorted().toList()) {
            Tally t = packages.getOrDefault(p, new Tally());
            s.append(String.format(
                    Locale.ROOT,
                    "  %-20s %9d %9s %9s%n",
                    p,
                    t.sites,
                    pct(t.resolvedSites, t.sites),
                    pct(t.resolvedApi, t.api)));
        }
        s.append("  most used missing:");
        for (Missing m : missing.subList(0, Math.min(5, missing.size()))) {
            s.append(String.format(Locale.ROOT, "%n    %6d  %s", m.sites, m.ref));
        }
        return s.toString();
    }

    /** docs/classlib-coverage.md. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Class-library coverage, weighted by use\n\n");
        s.append("Generated by `ukl-coverage` (`CoverageDocTest`); do not edit. The build fails when this page is\n");
        s.append("stale; refresh it with\n");
        s.append(
                "`mvn -B -ntp -pl ukl-coverage -am verify -Dtest=CoverageDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dukl.coverage.refresh=true`.\n\n");
        s.append(
                "Every reference the jars below make into `java.*` (a class at an instruction, a supertype or a catch;\n");
        s.append("a field; a method: owner, name and descriptor) counts once per site. A reference *resolves* when\n");
        s.append("linking it against ukl-classlib succeeds by the JVM's rules (JVMS §5.4.3, `ukl-classmodel`'s\n");
        s.append("`Resolver`): an inherited method counts, a constructor must be declared. *JDK API* is the plain\n");
        s.append("share of JDK ").append(Runtime.version().feature());
        s.append("'s public classes and public or protected members of the package (`java.base`) the\n");
        s.append(
                "library has. Code only serialization reaches (`readObject`, `writeReplace`, `$deserializeLambda$`...)\n");
        s.append("is left out: serialization is out of scope, and the shrinker drops it.\n\n");
        s.append("| jar | classes |\n|---|---:|\n");
        jarClasses.forEach(
                (jar, n) -> s.append("| ").append(jar).append(" | ").append(n).append(" |\n"));
        s.append(String.format(
                Locale.ROOT,
                "%n**Overall: %s of %d reference sites resolve** (%d of %d distinct references). "
                        + "The packages issue 11 targets: %s of %d sites.%n%n",
                pct(overall.resolvedSites, overall.sites),
                overall.sites,
                overall.resolvedMembers,
                overall.members,
                pct(targets.resolvedSites, targets.sites),
                targets.sites));
        s.append("| package | sites | resolve (weighted) | distinct references | JDK API |\n");
        s.append("|---|---:|---:|---:|---:|\n");
        packages.entrySet().stream()
                .sorted(Map.Entry.<String, Tally>comparingByValue(Comparator.comparingLong(t -> -t.sites))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Tally t = e.getValue();
                    s.append(String.format(
                            Locale.ROOT,
                            "| %s%s | %d | %s | %d / %d | %s |%n",
                            e.getKey(),
                            TARGETS.contains(e.getKey()) ? " *" : "",
                            t.sites,
                            pct(t.resolvedSites, t.sites),
                            t.resolvedMembers,
                            t.members,
                            t.api == 0 ? "not in java.base" : pct(t.resolvedApi, t.api) + " of " + t.api));
                });
        s.append("\n\\* a package issue 11 targets.\n\n");
        s.append("## Most used missing references\n\n");
        s.append("| sites | reference | jars |\n|---:|---|---|\n");
        for (Missing m : missing.subList(0, Math.min(TOP_MISSING, missing.size()))) {
            s.append("| ")
                    .append(m.sites)
                    .append(" | `")
                    .append(m.ref)
                    .append("` | ")
                    .append(String.join(", ", m.jars))
                    .append(" |\n");
        }
        return s.toString();
    }
}
