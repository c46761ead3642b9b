package ukl.bench.latency;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import ukl.bench.run.BenchException;

/**
 * The reference: the echo server on the host's JVM, reached over loopback, no virtualisation at
 * all. {@code java --enable-native-access=ALL-UNNAMED -cp jar echo.EchoServer 0}; port 0 lets the
 * host choose, and the server prints the one it got.
 */
final class LoopbackTarget implements Target {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private Path jar;

    @Override
    public String name() {
        return "host-jvm";
    }

    @Override
    public String description() {
        return "echo server on the host JVM (" + Runtime.version() + "), over loopback";
    }

    @Override
    public void prepare(Lab lab) throws BenchException {
        jar = EchoServerJar.NIO.runnable(lab.scratch.resolve("echo-server-host.jar"));
    }

    @Override
    public Server start(Lab lab, int memoryMiB) throws BenchException {
        ChildProcess server = ChildProcess.start(
                "host echo server",
                List.of(
                        ChildProcess.java(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        jar.toString(),
                        EchoServerJar.NIO.mainClass(),
                        "0"));
        try {
            String line = server.awaitLine(EchoServerJar.LISTENING, START_TIMEOUT);
            int port = Integer.parseInt(
                    line.substring(EchoServerJar.LISTENING.length()).strip());
            ClientAgent client = lab.hostClient();
            client.firstEcho("127.0.0.1", port, START_TIMEOUT, java.util.Optional::empty);
            return new Server("127.0.0.1", port, client, OptionalDouble.empty(), server);
        } catch (BenchException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public boolean inQemu() {
        return false;
    }

    @Override
    public boolean baseline() {
        return true;
    }
}
