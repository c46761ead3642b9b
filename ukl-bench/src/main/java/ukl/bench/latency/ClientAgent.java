package ukl.bench.latency;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import ukl.bench.run.BenchException;

/** The parent's side of a latency client process ({@link ClientProgram}): sends its commands and reads the answers. */
final class ClientAgent implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Beyond the run's own bound: connecting, writing the samples, a slow machine. */
    private static final Duration MEASURE_SLACK = Duration.ofSeconds(60);

    private static final long PROBE_SLICE_MILLIS = 500;
    private static final Duration PROBE_SLICE = Duration.ofMillis(PROBE_SLICE_MILLIS);

    private final ChildProcess process;
    private final Path scratch;

    private ClientAgent(ChildProcess process, Path scratch) {
        this.process = process;
        this.scratch = scratch;
    }

    /**
     * Starts {@code program}; {@code wrap} turns its command line into the one to run (e.g. inside a
     * network namespace).
     */
    static ClientAgent start(String where, ClientProgram program, UnaryOperator<List<String>> wrap, Path scratch)
            throws BenchException {
        ChildProcess process =
                ChildProcess.start("latency client (" + where + ")", wrap.apply(program.command(scratch)));
        try {
            process.awaitLine("ready", START_TIMEOUT);
            return new ClientAgent(process, scratch);
        } catch (BenchException e) {
            process.close();
            throw e;
        }
    }

    /**
     * Waits for the first byte a server at {@code host:port} echoes, probing in slices of
     * {@value #PROBE_SLICE_MILLIS} ms so that a server that died ({@code death} gives the reason)
     * ends the wait early.
     *
     * @return the {@code System.nanoTime()} (CLOCK_MONOTONIC, host-wide) when that byte arrived
     */
    long firstEcho(String host, int port, Duration timeout, Supplier<Optional<String>> death) throws BenchException {
        return firstEcho(Transport.TCP, host, port, timeout, death);
    }

    /** As {@link #firstEcho(String, int, Duration, Supplier)}, over {@code transport}. */
    long firstEcho(Transport transport, String host, int port, Duration timeout, Supplier<Optional<String>> death)
            throws BenchException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Optional<String> died = death.get();
            if (died.isPresent()) throw new BenchException(died.get());
            process.send(transport.commandPrefix + "probe " + host + " " + port + " " + PROBE_SLICE_MILLIS);
            String line = process.line(PROBE_SLICE.plus(START_TIMEOUT));
            if (line.startsWith("ok ")) return Long.parseLong(line.substring(3));
            last = line;
        }
        throw new BenchException(
                "no echo from " + host + ":" + port + " within " + timeout.toMillis() + " ms (" + last + ")");
    }

    /**
     * What one run measured.
     *
     * @param nanos every recorded round trip, in nanoseconds
     * @param lost UDP datagrams whose echo did not come back in time (each was sent again); 0 over TCP
     */
    record Measurement(long[] nanos, long lost) {}

    /** One run of round trips over TCP; their latencies in nanoseconds. */
    long[] measure(String host, int port, Scenario scenario, int warmup, int requests, double seconds)
            throws BenchException {
        return measure(Transport.TCP, host, port, scenario, warmup, requests, seconds)
                .nanos();
    }

    /** One run of round trips over {@code transport}. */
    Measurement measure(
            Transport transport, String host, int port, Scenario scenario, int warmup, int requests, double seconds)
            throws BenchException {
        Path file = scratch.resolve("samples-" + process.pid() + ".bin");
        process.send(String.join(
                " ",
                transport.commandPrefix + "measure",
                host,
                Integer.toString(port),
                Integer.toString(scenario.size()),
                Integer.toString(scenario.connections()),
                Integer.toString(warmup),
                Integer.toString(requests),
                Double.toString(seconds),
                file.toString()));
        String[] answer = answer(
                        transport.commandPrefix + "measure",
                        Duration.ofMillis((long) (seconds * 1000)).plus(MEASURE_SLACK))
                .split(" ");
        int count = Integer.parseInt(answer[0]);
        long lost = answer.length > 1 ? Long.parseLong(answer[1]) : 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            long[] samples = new long[count];
            for (int i = 0; i < count; i++) samples[i] = in.readLong();
            return new Measurement(samples, lost);
        } catch (IOException e) {
            throw new BenchException("cannot read the client's samples from " + file + ": " + e.getMessage(), e);
        } finally {
            file.toFile().delete();
        }
    }

    private String answer(String command, Duration timeout) throws BenchException {
        String line = process.line(timeout);
        if (line.startsWith("ok ")) return line.substring(3);
        if (line.startsWith("fail ")) throw new BenchException(command + " failed: " + line.substring(5));
        throw new BenchException("the latency client answered '" + line + "' to " + command + ", expected ok or fail");
    }

    @Override
    public void close() {
        process.close();
    }
}
