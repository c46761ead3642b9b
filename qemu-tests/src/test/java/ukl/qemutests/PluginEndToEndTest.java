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
        assertTrue(
                java.util.regex.Pattern.compile("(?m)^  java\\.lang: \\d+ bytes: code [1-9]\\d*, data [1-9]\\d*$")
                        .matcher(report)
                        .find(),
                "the report says what java.lang takes of the image:\n" + report);
        assertTrue(report.contains("  (string literals): "), report);

        QemuResult run = Toolchain.runCaptured(
                new RunRequest(image, 64, List.of("a", "b"), "auto", l -> {}), Duration.ofSeconds(60));
        assertEquals("greetings, 2 args\n", run.stdoutText(), run.describe());
        assertEquals(7, run.exitStatus(), run.describe());

        maven.executeGoal("ukl:image"); // a second build with nothing changed keeps the image
        maven.verifyTextInLog("image is up to date");
    }

    /**
     * {@code -Dukl.incremental=true} (issue #12 item 5): after a one-line change to the application
     * (a new string literal) the rebuild compiles the application's data alone (its literals live
     * there; the application's code is the same text), reuses the platform's code and data and the
     * application's code, and the image prints the new literal.
     */
    @Test
    void incrementalRebuildCompilesOnlyWhatChanged() throws Exception {
        String source = """
                package app;
                public class Counter {
                    public static void main(String[] args) {
                        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(args));
                        System.out.println("%s " + words.size());
                    }
                }
                """;
        Path project = project("counter", "app.Counter", source.formatted("words:"));
        try (var old = Files.walk(project.resolve("target"))) { // a cold object cache: an earlier run's
            old.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.nio.file.NoSuchFileException e) {
            // the first run
        }
        Verifier maven = verifier(project);
        maven.addCliOption("-Dukl.incremental=true");
        maven.executeGoal("ukl:image");
        maven.verifyErrorFreeLog();
        maven.verifyTextInLog("gcc: compiled 5 of 5 C files");

        Files.writeString(project.resolve("src/main/java/app/Counter.java"), source.formatted("counted:"));
        maven.executeGoal("ukl:image");
        maven.verifyErrorFreeLog();
        maven.verifyTextInLog("gcc: compiled 1 of 5 C files, reused 4");
        maven.verifyTextInLog("gcc: compiling data.c");
        maven.verifyTextInLog("ukl image: peak memory: ");

        QemuResult run = Toolchain.runCaptured(
                new RunRequest(project.resolve("target/counter.ukl"), 64, List.of("a", "b"), "auto", l -> {}),
                Duration.ofSeconds(60));
        assertEquals("counted: 2\n", run.stdoutText(), run.describe());
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
        assertTrue(report.contains("system calls allowed: 6: read(0) write(1)"), report);
        Process p = new ProcessBuilder(executable.toString(), "--", "a", "b")
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the executable did not end");
        assertEquals("greetings, 2 args\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(7, p.exitValue());
    }

    /**
     * {@code mvn ukl:run -Dukl.debug=PORT} (issue #15): Maven starts the guest halted and prints the
     * gdb command; gdb in batch mode, run with exactly that command, attaches, breaks on a Java
     * method and continues to the program's exit, after which Maven ends the build. On failure the
     * QEMU that Maven started is killed by its PID, then Maven.
     */
    @Test
    void runGoalWithDebugPrintsTheGdbCommandThatAttaches() throws Exception {
        Path project = project("debugged", "app.Debugged", """
                package app;
                public class Debugged {
                    public static void main(String[] args) {
                        int answer = 6 * 7;
                        System.out.println("answer " + answer);
                    }
                }
                """);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String home = System.getProperty("maven.home");
        List<String> mvn = List.of(
                home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "-Dmaven.repo.local=" + System.getProperty("ukl.localRepository"),
                "-Dukl.debug=" + port,
                "ukl:run");
        Process maven = new ProcessBuilder(mvn)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        maven.getOutputStream().close();
        // Maven's output, read as it comes: nothing here may block on a Maven that hangs.
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        String end = "\0end";
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(reading Maven's output failed: " + e + ")");
            }
            lines.add(end);
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder log = new StringBuilder();
        try {
            String attach = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (attach == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                if (line.equals(end)) {
                    break;
                }
                log.append(line).append('\n');
                if (line.startsWith("[INFO]   gdb ")) {
                    attach = line.substring("[INFO]   ".length());
                }
            }
            assertTrue(attach != null, "Maven printed no gdb command:\n" + log);
            assertTrue(
                    attach.startsWith("gdb -q " + project.resolve("target/debugged.ukl"))
                            && attach.contains("-ex 'directory " + project.resolve("src/main/java") + "'")
                            && attach.endsWith("-ex 'target remote 127.0.0.1:" + port + "'"),
                    attach);
            List<String> gdb = new java.util.ArrayList<>(shellWords(attach));
            gdb.addAll(1, List.of("-batch", "-nx"));
            gdb.addAll(List.of("-ex", "break m_app_Debugged_main", "-ex", "continue", "-ex", "next"));
            gdb.addAll(List.of("-ex", "info line *$pc", "-ex", "delete", "-ex", "continue"));
            Process debugger = new ProcessBuilder(gdb).redirectErrorStream(true).start();
            debugger.getOutputStream().close();
            try (ukl.boot.qemu.ProcessGuard guard = new ukl.boot.qemu.ProcessGuard(debugger)) {
                assertTrue(debugger.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "gdb did not end");
            }
            String session = new String(debugger.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(
                    session.contains("Breakpoint 1, ")
                            && session.contains("m_app_Debugged_main")
                            && session.contains("app/Debugged.java:4"),
                    "stops in main at its first Java line:\n" + session);
            assertTrue(session.contains("Line 5 of \"app/Debugged.java\""), "stepped to line 5:\n" + session);
            boolean ended = maven.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
            reader.join(ended ? 10_000 : 1);
            for (String line; (line = lines.poll()) != null && !line.equals(end); ) {
                log.append(line).append('\n');
            }
            assertTrue(ended, "Maven did not end:\n" + log);
            assertTrue(log.toString().contains("answer 42"), "the program ran to its end:\n" + log);
            assertEquals(0, maven.exitValue(), "the build failed:\n" + log);
        } finally {
            if (maven.isAlive()) {
                // QEMU is Maven's child, halted or not: by PID, before Maven, so it is not orphaned.
                maven.descendants()
                        .filter(p -> p.info().command().orElse("").contains("qemu-system"))
                        .forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
                maven.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    /** The words of a command line whose only quoting is single quotes, as Toolchain.gdbCommand writes it. */
    private static List<String> shellWords(String line) {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void reflectionFailsTheBuildNamingTheSite() throws Exception {
        Path project = project("reflective", "app.Reflective", """
                package app;
                public class Reflective {
                    public static void main(String[] args) throws Exception {
                        Object o = Class.forName(args.length > 0 ? args[0] : "app.Reflective").getDeclaredConstructor().newInstance();
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
