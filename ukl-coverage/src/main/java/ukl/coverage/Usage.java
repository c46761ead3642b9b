package ukl.coverage;

import java.util.Set;
import java.util.TreeSet;

/** How often a reference occurs in the sample: its sites, and the jars that have at least one. */
final class Usage {
    private long sites;
    private final Set<String> jars = new TreeSet<>();

    void add(String jar) {
        sites++;
        jars.add(jar);
    }

    long sites() {
        return sites;
    }

    Set<String> jars() {
        return jars;
    }
}
