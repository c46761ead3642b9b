package ukl.qemutests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a program on the JVM in a child process: the truth an image must reproduce.
 *
 * <p>The JVM's helpful NullPointerException messages (JEP 358) are switched off: images do not
 * reproduce them yet, and an NPE's message is then {@code null} on both sides.
 */
record JvmRun(int status, byte[] stdout, byte[] stderr) {

    /** Runs {@code mainClass args…} with a heap of {@code heapMiB} and no standard input. */
    static JvmRun of(List<Path> classpath, int heapMiB, String mainClass, String... args)
            throws IOException, InterruptedException {
        return withInput(new byte[0], classpath, heapMiB, mainClass, args);
    }

    /** Runs {@code mainClass args…} with {@code input} on its standard input, then its end. */
    static JvmRun withInput(byte[] input, List<Path> classpath, int heapMiB, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx" + heapMiB + "m",
                "-XX:+UseSerialGC",
                "-XX:-ShowCodeDetailsInExceptionMessages",
                "-cp",
                classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(input);
        }
        OutputReader out = OutputReader.start(p.getInputStream());
        OutputReader err = OutputReader.start(p.getErrorStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    mainClass + " " + String.join(" ", args) + " did not finish on the JVM within 60 s");
        }
        return new JvmRun(p.exitValue(), out.bytes(), err.bytes());
    }
}
