package ukl.bench.kv;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.run.BenchException;
import ukl.boot.qemu.ProcessGuard;

/**
 * Debian's real clients, unmodified: {@code redis-cli PING} to see a server up, and
 * {@code redis-benchmark --csv} to measure it. Each runs as a child process (inside the tap
 * network's namespace for the QEMU targets), its output in a temporary file, killed by PID when
 * its time runs out.
 */
final class RedisClients {
    /** redis-benchmark 7's {@code --csv} header; a different one means a client this parser does not know. */
    static final String CSV_HEADER =
            "\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\",\"p95_latency_ms\",\"p99_latency_ms\",\"max_latency_ms\"";

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(10);

    private RedisClients() {}

    /**
     * {@link #benchmark}, run again with ten times the requests while a test's rate comes out
     * infinite (done within redis-benchmark's millisecond), up to {@value #TOO_FAST_RETRIES_FACTOR}
     * times the requests given: every row it returns has a finite rate.
     *
     * @throws BenchException if a run fails, or a rate stays infinite
     */
    static List<Row> timed(RunningKv server, Setting setting, int requests, List<String> tests, Duration timeout)
            throws BenchException {
        for (int n = requests; ; n *= 10) {
            List<Row> rows = benchmark(server, setting, n, tests, timeout);
            if (rows.stream().noneMatch(r -> Double.isInfinite(r.rps()))) return rows;
            // redis-benchmark prints "inf" requests/s for a test done within its clock's millisecond
            // (a few hundred requests to a Redis on the host's loopback): time more of them.
            if (n >= requests * TOO_FAST_RETRIES_FACTOR)
                throw new BenchException("redis-benchmark timed " + String.join(",", tests) + " at " + setting.label()
                        + " as infinitely fast even at " + n + " requests: give it more (--requests)");
        }
    }

    /** How far {@link #timed} multiplies the requests of a run too short to time. */
    private static final int TOO_FAST_RETRIES_FACTOR = 1000;

    /**
     * Runs redis-benchmark against {@code server} at {@code setting} and returns one row per test
     * (a rate may be infinite, see {@link #parseCsv}).
     *
     * @throws BenchException if it fails, times out, reports an error, or misses a test
     */
    static List<Row> benchmark(RunningKv server, Setting setting, int requests, List<String> tests, Duration timeout)
            throws BenchException {
        List<String> command = List.of(
                "redis-benchmark",
                "-h",
                server.host(),
                "-p",
                Integer.toString(server.port()),
                "--csv",
                "-n",
                Integer.toString(requests),
                "-c",
                Integer.toString(setting.clients()),
                "-P",
                Integer.toString(setting.pipeline()),
                "-t",
                String.join(",", tests));
        String output;
        try {
            output = run(server.under().apply(command), timeout);
        } catch (BenchException e) {
            if (!e.getMessage().contains(CLIENTS_RACE)) {
                throw e;
            }
            output = run(server.under().apply(command), timeout); // once more; a second race fails the run
        }
        List<Row> rows = parseCsv(output);
        if (rows.size() != tests.size())
            throw new BenchException(String.join(" ", command) + " printed " + rows.size() + " results for "
                    + tests.size() + " tests:\n" + tail(output));
        return rows;
    }

    /** Waits until {@code redis-cli PING} gets {@code PONG}, or {@code death} names why it never will. */
    static void awaitPong(RunningKv server, Duration timeout, Supplier<Optional<String>> death) throws BenchException {
        List<String> ping = List.of("redis-cli", "-h", server.host(), "-p", Integer.toString(server.port()), "PING");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Optional<String> dead = death.get();
            if (dead.isPresent()) throw new BenchException(dead.get());
            try {
                last = run(server.under().apply(ping), PING_TIMEOUT);
                if (last.strip().equals("PONG")) return;
            } catch (BenchException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted while waiting for a PONG", e);
            }
        }
        throw new BenchException("no PONG from " + server.host() + ":" + server.port() + " within "
                + timeout.toSeconds() + " s; redis-cli said: " + last.strip());
    }

    /**
     * redis-benchmark's {@code --csv} output: the header, then one quoted row per test. Anything
     * else on a line of its own (its progress lines go to the terminal only) is skipped. A rate of
     * {@code inf} (a test done within a millisecond) is {@link Double#POSITIVE_INFINITY}.
     */
    static List<Row> parseCsv(String output) throws BenchException {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (String line : output.lines().map(String::strip).toList()) {
            if (line.equals(CSV_HEADER)) {
                header = true;
                continue;
            }
            if (!header || !line.startsWith("\"")) continue;
            String[] f = line.replace("\"", "").split(",");
            if (f.length != 8)
                throw new BenchException("redis-benchmark printed a row of " + f.length + " fields, expected 8 ("
                        + CSV_HEADER + "): " + line);
            try {
                rows.add(new Row(
                        f[0],
                        f[1].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]),
                        Double.parseDouble(f[7])));
            } catch (NumberFormatException e) {
                throw new BenchException("redis-benchmark printed a row with a field that is no number: " + line, e);
            }
        }
        if (!header)
            throw new BenchException("redis-benchmark printed no CSV header (" + CSV_HEADER + "):\n" + tail(output));
        return rows;
    }

    /**
     * What redis-benchmark prints when its throughput timer finds no client connected: its own race
     * when a fast server answers the last request of a run (seen against the host's redis-server at
     * {@code -c 1 -P 8 -n 300}), which the server did nothing to cause.
     */
    private static final String CLIENTS_RACE = "All clients disconnected... aborting.";

    /** Runs {@code command}; its standard output and error, merged, or a failure quoting them. */
    private static String run(List<String> command, Duration timeout) throws BenchException {
        String shown = String.join(" ", command);
        Path output = null;
        try {
            output = Files.createTempFile("ukl-kv", ".out");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            try (ProcessGuard guard = new ProcessGuard(process)) {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    throw new BenchException(shown + " did not finish within " + timeout.toSeconds() + " s:\n"
                            + tail(Files.readString(output, StandardCharsets.UTF_8)));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0)
                throw new BenchException(shown + " failed with exit code " + process.exitValue() + ":\n" + tail(text));
            return text;
        } catch (IOException e) {
            throw new BenchException("cannot run " + shown + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running " + shown, e);
        } finally {
            if (output != null) output.toFile().delete();
        }
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : "…" + text.substring(text.length() - 3000);
    }
}
