package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.it.VerificationException;
import org.apache.maven.it.Verifier;
import org.junit.jupiter.api.Test;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.RunRequest;
import ukl.toolchain.Toolchain;

/**
 * A real Maven runs {@code mvn ukl:image} on small application projects written here, with the
 * plugin as installed by this build; the image it writes boots in QEMU.
 */
class PluginEndToEndTest {
    private static final Path PROJECTS = Path.of("target", "it").toAbsolutePath();

    @Test
    void imageGoalBuildsABootableImageAndReport() throws Exception {
        Path project = project("greeter", "app.Greeter", """
                package app;
                public class Greeter {
                    public static void main(String[] args) {
                        System.out.println("greetings, " + args.length + " args");
                        System.exit(7);
                    }
                }
                """);
        Verifier maven = verifier(project);
        maven.executeGoal("ukl:image");
        maven.verifyErrorFreeLog();

        Path image = project.resolve("target/greeter.ukl");
        assertTrue(Files.size(image) > 0, "no image at " + image);
        String report = Files.readString(project.resolve("target/ukl/link-report.txt"));
        assertTrue(report.contains("write"), "the report lists no rewritten write(2) site:\n" + report);
        assertTrue(
                Files.readString(project.resolve("target/ukl/link-report.json")).startsWith("{"));

        QemuResult run = Toolchain.runCaptured(
                new RunRequest(image, 64, List.of("a", "b"), "auto", l -> {}), Duration.ofSeconds(60));
        assertEquals("greetings, 2 args\n", run.stdoutText(), run.describe());
        assertEquals(7, run.exitStatus(), run.describe());

        maven.executeGoal("ukl:image"); // a second build with nothing changed keeps the image
        maven.verifyTextInLog("image is up to date");
    }

    /**
     * {@code -Dukl.platform=process}: the same goal writes a static Linux executable, confined by
     * seccomp; with {@code -Dukl.oci=true} also its OCI image (layout and archive).
     */
    @Test
    void processPlatformBuildsALinuxExecutable() throws Exception {
        Path project = project("greeter-process", "app.Greeter", """
                package app;
                public class Greeter {
                    public static void main(String[] args) {
                        System.out.println("greetings, " + args.length + " args");
                        System.exit(7);
                    }
                }
                """);
        Verifier maven = verifier(project);
        maven.addCliOption("-Dukl.platform=process");
        maven.addCliOption("-Dukl.oci=true");
        maven.addCliOption("-Dukl.ociArgs=hello");
        maven.executeGoal("ukl:image");
        maven.verifyErrorFreeLog();
        maven.verifyTextInLog("OCI image: ");
        assertTrue(Files.readString(project.resolve("target/greeter-process-oci/index.json"))
                .contains("application/vnd.oci.image.manifest.v1+json"));
        assertTrue(Files.size(project.resolve("target/greeter-process-oci.tar"))
                > Files.size(project.resolve("target/greeter-process.ukl")));

        Path executable = project.resolve("target/greeter-process.ukl");
        String report = Files.readString(project.resolve("target/ukl/link-report.txt"));
        assertTrue(report.contains("system calls allowed: 5: read(0) write(1)"), report);
        Process p = new ProcessBuilder(executable.toString(), "--", "a", "b")
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the executable did not end");
        assertEquals("greetings, 2 args\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(7, p.exitValue());
    }

    @Test
    void reflectionFailsTheBuildNamingTheSite() throws Exception {
        Path project = project("reflective", "app.Reflective", """
                package app;
                public class Reflective {
                    public static void main(String[] args) throws Exception {
                        Object o = Class.forName("app.Reflective").getDeclaredConstructor().newInstance();
                        System.out.println(o != null);
                    }
                }
                """);
        Verifier maven = verifier(project);
        assertThrows(VerificationException.class, () -> maven.executeGoal("ukl:image"));
        maven.verifyTextInLog("Reflective.java:4");
        maven.verifyTextInLog("Class.forName");
    }

    private static Verifier verifier(Path project) throws VerificationException {
        Verifier verifier = new Verifier(project.toString());
        verifier.setAutoclean(false);
        verifier.setLocalRepo(System.getProperty("ukl.localRepository"));
        verifier.addCliOption("-B");
        verifier.addCliOption("-ntp");
        return verifier;
    }

    private static Path project(String artifactId, String mainClass, String source) throws IOException {
        Path dir = PROJECTS.resolve(artifactId);
        String path = "src/main/java/" + mainClass.replace('.', '/') + ".java";
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), source);
        Files.writeString(
                dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>25</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
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
                        <configuration><mainClass>%s</mainClass></configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, System.getProperty("ukl.version"), mainClass));
        return dir;
    }
}
