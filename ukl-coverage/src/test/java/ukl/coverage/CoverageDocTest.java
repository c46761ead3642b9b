package ukl.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Prints the coverage summary in the build and keeps {@code docs/classlib-coverage.md} current: the
 * committed page must be what the tool generates now, so a change to the class library (or to the
 * sample's versions) that moves a figure fails here until the page is refreshed with
 * {@code -Dukl.coverage.refresh=true}, which writes the page instead of comparing.
 */
class CoverageDocTest {
    private static final Path DOC = Path.of("../docs/classlib-coverage.md");

    @Test
    void committedPageIsCurrent() throws IOException {
        long start = System.nanoTime();
        Coverage coverage = Coverage.measure();
        String page = coverage.markdown();
        System.out.println(coverage.summary());
        System.out.printf("  (measured in %d ms)%n", (System.nanoTime() - start) / 1_000_000);
        if (Boolean.getBoolean("ukl.coverage.refresh")) {
            Files.writeString(DOC, page);
            return;
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
        assertEquals(
                page,
                committed,
                "docs/classlib-coverage.md is stale (the class library or the sample changed); refresh it with "
                        + "mvn -B -ntp -pl ukl-coverage -am verify -Dtest=CoverageDocTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dukl.coverage.refresh=true, and commit it");
    }
}
