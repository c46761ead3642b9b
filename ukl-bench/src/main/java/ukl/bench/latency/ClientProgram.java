package ukl.bench.latency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ukl.bench.run.BenchException;
import ukl.bench.run.HostCommand;

/**
 * Which program measures the round trips. Both speak {@link LatencyClient}'s line protocol: the C
 * one ({@code latency-client.c}, compiled here with gcc) is the default, so that a client JVM's JIT
 * and collector are not in any target's figures; the Java one stays for comparison.
 */
enum ClientProgram {
    C("c"),
    JAVA("java");

    final String option;

    ClientProgram(String option) {
        this.option = option;
    }

    static ClientProgram of(String option) {
        for (ClientProgram p : values()) {
            if (p.option.equals(option)) return p;
        }
        throw new IllegalArgumentException("--client " + option + ": use c or java");
    }

    /** The command that starts this client; the C one is compiled into {@code scratch} first. */
    List<String> command(Path scratch) throws BenchException {
        if (this == JAVA) {
            return List.of(
                    ChildProcess.java(),
                    "-XX:+UseSerialGC",
                    "-Xms64m",
                    "-cp",
                    javaClassPath(),
                    LatencyClient.class.getName());
        }
        Path source = scratch.resolve("latency-client.c");
        Path executable = scratch.resolve("latency-client");
        if (!Files.isExecutable(executable)) {
            try (InputStream in = ClientProgram.class.getResourceAsStream("latency-client.c")) {
                Files.write(source, in.readAllBytes());
            } catch (IOException e) {
                throw new BenchException("cannot write the client's source to " + scratch + ": " + e.getMessage(), e);
            }
            HostCommand.run(List.of("gcc", "-O2", "-Wall", "-pthread", "-o", executable.toString(), source.toString()));
        }
        return List.of(executable.toString());
    }

    /** Where LatencyClient's class comes from (the module's classes or jar; it needs nothing else). */
    private static String javaClassPath() throws BenchException {
        try {
            return Path.of(LatencyClient.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new BenchException(
                    "cannot tell where class " + LatencyClient.class.getName() + " was loaded from: " + e, e);
        }
    }
}
