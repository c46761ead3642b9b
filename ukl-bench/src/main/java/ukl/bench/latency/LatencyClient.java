package ukl.bench.latency;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark's client, one JVM for every target so that all of them are measured by the same
 * code: a child process (inside the tap network's namespace for the QEMU targets) that takes one
 * command a line on standard input and answers each with one line, {@code ok ...} or
 * {@code fail <reason>}. It prints {@code ready} once it listens for commands.
 *
 * <ul>
 *   <li>{@code probe HOST PORT DEADLINE_MS}: connects again and again until a one-byte message comes
 *       back, then answers {@code ok <System.nanoTime() of that byte>}. On Linux, HotSpot's
 *       {@code nanoTime} is {@code CLOCK_MONOTONIC}, one clock for every process on the host, so
 *       the parent subtracts its own QEMU start time from it.
 *   <li>{@code measure HOST PORT SIZE CONNECTIONS WARMUP REQUESTS SECONDS FILE}: opens the
 *       connections, and on each, in its own thread, sends a message, waits for the whole echo
 *       (checking every byte), and times the round trip with {@code System.nanoTime}. The first
 *       WARMUP round trips of each connection are not recorded; recording stops at REQUESTS round
 *       trips in all, or after SECONDS. Writes the round trips (ns, big-endian longs) to FILE and
 *       answers {@code ok <count>}.
 * </ul>
 */
public final class LatencyClient {
    /** A probe's connect gives up this soon, so that a SYN lost while the guest boots is resent at once. */
    private static final int PROBE_CONNECT_MILLIS = 50;
    /** Pause between refused probes: a booting Linux guest refuses at once until its server listens. */
    private static final long PROBE_PAUSE_NANOS = 1_000_000;
    /** A server that has not echoed for this long is hung: the run fails instead of waiting forever. */
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private LatencyClient() {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String answer;
            try {
                answer = "ok " + execute(line.strip().split(" "));
            } catch (IOException | RuntimeException e) {
                answer = "fail " + String.valueOf(e.getMessage()).replace('\n', ' ');
            }
            System.out.println(answer);
            System.out.flush();
        }
    }

    private static String execute(String[] command) throws IOException {
        return switch (command[0]) {
            case "probe" -> Long.toString(probe(command[1], Integer.parseInt(command[2]), Long.parseLong(command[3])));
            case "measure" ->
                Integer.toString(measure(
                        command[1],
                        Integer.parseInt(command[2]),
                        Integer.parseInt(command[3]),
                        Integer.parseInt(command[4]),
                        Integer.parseInt(command[5]),
                        Integer.parseInt(command[6]),
                        Double.parseDouble(command[7]),
                        Path.of(command[8])));
            default -> throw new IllegalArgumentException("unknown command '" + command[0] + "': use probe or measure");
        };
    }

    static long probe(String host, int port, long deadlineMillis) throws IOException {
        long deadline = System.nanoTime() + deadlineMillis * 1_000_000;
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), PROBE_CONNECT_MILLIS);
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                socket.getOutputStream().write('u');
                int echo = socket.getInputStream().read();
                long at = System.nanoTime();
                if (echo != 'u')
                    throw new IOException(
                            "probe of " + host + ":" + port + " got " + echo + " back instead of 'u' (117)");
                return at;
            } catch (SocketTimeoutException e) {
                last = e;
            } catch (IOException e) {
                last = e;
                LockSupport.parkNanos(PROBE_PAUSE_NANOS);
            }
        }
        throw new IOException("no echo from " + host + ":" + port + " within " + deadlineMillis + " ms (last error: "
                + (last == null ? "none" : last.getMessage()) + ")");
    }

    static int measure(
            String host, int port, int size, int connections, int warmup, int requests, double seconds, Path file)
            throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Socket socket = new Socket();
                sockets.add(socket);
                socket.setTcpNoDelay(true); // RFC 1122 §4.2.3.4: Nagle would hold a request behind the last one's ACK
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MILLIS);
            }
            Recorder recorder = new Recorder(requests, System.nanoTime() + (long) (seconds * 1e9));
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            List<Connection> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Connection worker = new Connection(sockets.get(i), size, warmup, i, recorder, start);
                workers.add(worker);
                threads.add(Thread.ofPlatform().name("latency-client-" + i).start(worker));
            }
            start.countDown();
            for (Thread thread : threads) thread.join();
            for (Connection worker : workers) {
                if (worker.failure != null) throw worker.failure;
            }
            long[] samples = recorder.samples();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                for (long sample : samples) out.writeLong(sample);
            }
            return samples.length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            for (Socket socket : sockets) socket.close();
        }
    }

    /** The round trips of all connections: each claims a slot, so the total never exceeds the bound. */
    private static final class Recorder {
        private final long[] samples;
        private final AtomicInteger next = new AtomicInteger();
        private final long deadline;

        Recorder(int requests, long deadline) {
            this.samples = new long[requests];
            this.deadline = deadline;
        }

        /** Records one round trip; false when the run is over (count or time). */
        boolean record(long nanos) {
            int slot = next.getAndIncrement();
            if (slot >= samples.length) return false;
            samples[slot] = nanos;
            return slot + 1 < samples.length && System.nanoTime() < deadline;
        }

        boolean over() {
            return next.get() >= samples.length || System.nanoTime() >= deadline;
        }

        long[] samples() {
            return Arrays.copyOf(samples, Math.min(next.get(), samples.length));
        }
    }

    /** One connection's closed loop: send, read the whole echo, time it. */
    private static final class Connection implements Runnable {
        private final Socket socket;
        private final byte[] message;
        private final byte[] echo;
        private final int warmup;
        private final Recorder recorder;
        private final CountDownLatch start;
        private IOException failure;

        Connection(Socket socket, int size, int warmup, int index, Recorder recorder, CountDownLatch start) {
            this.socket = socket;
            this.message = new byte[size];
            this.echo = new byte[size];
            for (int i = 0; i < size; i++) message[i] = (byte) ('a' + (i + index) % 26);
            this.warmup = warmup;
            this.recorder = recorder;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                start.await();
                for (int i = 0; i < warmup && !recorder.over(); i++) roundTrip(out, in);
                while (!recorder.over()) {
                    long nanos = roundTrip(out, in);
                    if (!recorder.record(nanos)) break;
                }
            } catch (IOException e) {
                failure =
                        new IOException("connection to " + socket.getRemoteSocketAddress() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private long roundTrip(OutputStream out, InputStream in) throws IOException {
            long start = System.nanoTime();
            out.write(message);
            for (int got = 0; got < echo.length; ) {
                int n = in.read(echo, got, echo.length - got);
                if (n < 0)
                    throw new IOException(
                            "the server closed the connection after " + got + " of " + echo.length + " bytes");
                got += n;
            }
            long elapsed = System.nanoTime() - start;
            if (!Arrays.equals(message, echo))
                throw new IOException("the echo differs from the message sent (" + echo.length + " bytes)");
            return elapsed;
        }
    }
}
