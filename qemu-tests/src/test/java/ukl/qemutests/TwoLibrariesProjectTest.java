package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.it.Verifier;
import org.junit.jupiter.api.Test;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.RunRequest;
import ukl.toolchain.Toolchain;

/**
 * Issue #11 item 4: an application using two libraries of the coverage set, commons-lang3 and
 * commons-text, from Maven Central, built by a real Maven with {@code mvn ukl:image}; the image
 * prints what the same classes print on the JVM, byte for byte.
 *
 * <p>The calls avoid what the class library does not have yet: {@code StringUtils.capitalize},
 * {@code WordUtils.capitalizeFully}, {@code CaseUtils} and {@code RandomStringGenerator} need
 * {@code Character.getType}/{@code toTitleCase} over all of Unicode; {@code RandomStringUtils}
 * initialises {@code RandomUtils}, which needs {@code java.security.SecureRandom};
 * {@code StringSubstitutor}'s default lookups need {@code java.util.Base64} and
 * {@code java.nio.file.Path}.
 */
class TwoLibrariesProjectTest {
    private static final Path PROJECT = Path.of("target", "it", "two-libraries").toAbsolutePath();
    private static final String LANG3 = "3.17.0";
    private static final String TEXT = "1.12.0";

    private static final String APPLICATION = """
            package app;

            import java.util.Random;
            import org.apache.commons.lang3.StringUtils;
            import org.apache.commons.text.StringEscapeUtils;
            import org.apache.commons.text.StringTokenizer;
            import org.apache.commons.text.TextStringBuilder;
            import org.apache.commons.text.WordUtils;
            import org.apache.commons.text.similarity.JaroWinklerSimilarity;
            import org.apache.commons.text.similarity.LevenshteinDistance;

            /** A report written with commons-lang3 and commons-text. */
            public class TextReport {
                public static void main(String[] args) {
                    String title = "unikernels for java applications";
                    System.out.println(StringUtils.center(title.toUpperCase(), 44, '*'));
                    System.out.println(StringUtils.abbreviate(title, 20) + " | " + StringUtils.reverse("ukl") + " | "
                            + StringUtils.leftPad("42", 6, '0') + " | " + StringUtils.repeat("ab", "-", 3));
                    System.out.println(StringUtils.join(StringUtils.split("closed world, linker, pass", ", "), '|')
                            + " " + StringUtils.substringBetween("link[image]now", "[", "]") + " "
                            + StringUtils.removeEnd("image.ukl", ".ukl"));
                    System.out.println(StringUtils.countMatches("banana", "an") + " " + StringUtils.isBlank("  ") + " "
                            + StringUtils.difference("linker", "linking") + " "
                            + StringUtils.indexOfDifference("linker", "linking"));
                    System.out.println(WordUtils.wrap("The linker folds constant reflective lookups into direct"
                            + " references to the members they name, and keeps them reachable.", 30));
                    System.out.println(WordUtils.initials("Unikernel Linux Java") + " "
                            + StringEscapeUtils.escapeJava("tab\\there \\"quoted\\""));
                    System.out.println(new JaroWinklerSimilarity().apply("linker", "linking"));
                    System.out.println(LevenshteinDistance.getDefaultInstance().apply("kitten", "sitting"));
                    Random random = new Random(42);
                    TextStringBuilder table = new TextStringBuilder();
                    for (int i = 0; i < 3; i++) {
                        int n = random.nextInt(1000);
                        table.appendFixedWidthPadLeft(n, 6, ' ').append(" | ");
                        table.appendFixedWidthPadRight(WordUtils.abbreviate("word" + n + " and more", 6, 12, "..."), 14, '.');
                        table.appendNewLine();
                    }
                    System.out.print(table);
                    System.out.println(String.join(",", new StringTokenizer("a;b;;c", ';').getTokenList()));
                }
            }
            """;

    @Test
    void commonsLangAndTextApplicationMatchesTheJvm() throws Exception {
        Path source = PROJECT.resolve("src/main/java/app/TextReport.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, APPLICATION);
        Files.writeString(PROJECT.resolve("pom.xml"), pom());
        Verifier maven = new Verifier(PROJECT.toString());
        maven.setAutoclean(false);
        maven.setLocalRepo(System.getProperty("ukl.localRepository"));
        maven.addCliOption("-B");
        maven.addCliOption("-ntp");
        maven.executeGoal("ukl:image");
        maven.verifyErrorFreeLog();

        Path repository = Path.of(System.getProperty("ukl.localRepository"));
        List<Path> classpath = List.of(
                PROJECT.resolve("target/classes"),
                repository.resolve("org/apache/commons/commons-lang3/" + LANG3 + "/commons-lang3-" + LANG3 + ".jar"),
                repository.resolve("org/apache/commons/commons-text/" + TEXT + "/commons-text-" + TEXT + ".jar"));
        JvmRun jvm = JvmRun.of(classpath, 64, "app.TextReport");
        assertEquals(0, jvm.status(), new String(jvm.stderr(), StandardCharsets.UTF_8));
        assertTrue(jvm.stdout().length > 200, "the JVM printed too little");

        Path image = PROJECT.resolve("target/two-libraries.ukl");
        QemuResult run =
                Toolchain.runCaptured(new RunRequest(image, 64, List.of(), "auto", l -> {}), Duration.ofSeconds(120));
        assertEquals(new String(jvm.stdout(), StandardCharsets.UTF_8), run.stdoutText(), run.describe());
        assertEquals(0, run.exitStatus(), run.describe());
    }

    private static String pom() {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId>
                  <artifactId>two-libraries</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>25</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.apache.commons</groupId>
                      <artifactId>commons-lang3</artifactId>
                      <version>%s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.apache.commons</groupId>
                      <artifactId>commons-text</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <groupId>dev.ukl</groupId>
                        <artifactId>ukl-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration><mainClass>app.TextReport</mainClass></configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(LANG3, TEXT, System.getProperty("ukl.version"));
    }
}
