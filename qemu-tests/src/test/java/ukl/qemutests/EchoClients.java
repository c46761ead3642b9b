package ukl.qemutests;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Echo clients that run inside the test's network namespace (a child JVM started with
 * {@code ip netns exec}): {@code EchoClients <host> <port> <scenario>}. Each scenario checks every
 * echoed byte and exits with status 0 and one line {@code ok <scenario> …}, or throws.
 */
public final class EchoClients {
    private static final int TIMEOUT_MILLIS = 20_000;

    private EchoClients() {}

    public static void main(String[] args) throws Exception {
        InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        String detail =
                switch (args[2]) {
                    case "concurrent" -> concurrent(server);
                    case "reset" -> resetMidStream(server);
                    case "half-close" -> halfClose(server);
                    case "sequential" -> sequential(server, 1000);
                    case "simultaneous" -> simultaneous(server, Integer.parseInt(args[3]), Long.parseLong(args[4]));
                    case "steady" -> steady(server, Duration.ofMillis(Long.parseLong(args[3])));
                    default -> throw new IllegalArgumentException("no scenario " + args[2]);
                };
        System.out.println("ok " + args[2] + " " + detail);
    }

    /** 8 clients at once, each sending messages of 1 B to 256 KiB and checking each echo. */
    static String concurrent(InetSocketAddress server) throws Exception {
        int[] sizes = {1, 2, 63, 64, 1000, 1460, 1461, 4096, 65_535, 100_000, 262_144};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int seed = c;
            clients.add(pool.submit(() -> {
                long bytes = 0;
                try (Socket s = connect(server)) {
                    Random random = new Random(seed);
                    for (int size : sizes) {
                        byte[] message = new byte[size];
                        random.nextBytes(message);
                        echo(s, message);
                        bytes += size;
                    }
                }
                return bytes;
            }));
        }
        long total = 0;
        for (Future<Long> f : clients) {
            total += f.get();
        }
        pool.shutdown();
        return total + " bytes";
    }

    /** Sends half a message and resets the connection (SO_LINGER 0); the server must carry on. */
    static String resetMidStream(InetSocketAddress server) throws IOException {
        try (Socket s = connect(server)) {
            s.setSoLinger(true, 0);
            s.getOutputStream().write(new byte[100_000]);
        }
        try (Socket s = connect(server)) {
            echo(s, "still serving".getBytes());
        }
        return "then served another client";
    }

    /** Sends, shuts down its sending side, and must still read the whole echo, then end of stream. */
    static String halfClose(InetSocketAddress server) throws IOException {
        byte[] message = new byte[50_000];
        new Random(7).nextBytes(message);
        try (Socket s = connect(server)) {
            s.getOutputStream().write(message);
            s.shutdownOutput();
            byte[] echoed = s.getInputStream().readAllBytes();
            if (!Arrays.equals(message, echoed)) {
                throw new IllegalStateException(
                        "half-close: got " + echoed.length + " bytes back, wanted " + message.length);
            }
        }
        return message.length + " bytes then EOF";
    }

    /** One connection echoing 64-byte messages back to back for {@code length}. */
    static String steady(InetSocketAddress server, Duration length) throws IOException {
        byte[] message = new byte[64];
        long end = System.nanoTime() + length.toNanos();
        int count = 0;
        try (Socket s = connect(server)) {
            while (System.nanoTime() < end) {
                message[0] = (byte) count;
                echo(s, message);
                count++;
            }
        }
        return "echoed " + (count > 1000 ? "over 1000" : count) + " messages";
    }

    /** Many short connections one after the other. */
    static String sequential(InetSocketAddress server, int connections) throws IOException {
        for (int i = 0; i < connections; i++) {
            try (Socket s = connect(server)) {
                echo(s, ("connection " + i).getBytes());
            }
        }
        return connections + " connections";
    }

    /**
     * {@code connections} clients connected at once: all connect, then each sends a line and reads
     * its echo while all the others stay open, then all stay open together for {@code holdMillis}
     * (so the server's memory can be read with every connection up), and then all close.
     */
    static String simultaneous(InetSocketAddress server, int connections, long holdMillis) throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                open.add(connect(server));
            }
            for (int i = 0; i < connections; i++) {
                open.get(i).getOutputStream().write(("client " + i + " of " + connections + "\n").getBytes());
            }
            for (int i = 0; i < connections; i++) {
                byte[] expected = ("client " + i + " of " + connections + "\n").getBytes();
                byte[] echoed = open.get(i).getInputStream().readNBytes(expected.length);
                if (!Arrays.equals(expected, echoed)) {
                    throw new IOException("client " + i + " got " + new String(echoed) + " back");
                }
            }
            Thread.sleep(holdMillis);
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        return connections + " connections echoed at once";
    }

    private static Socket connect(InetSocketAddress server) throws IOException {
        Socket s = new Socket();
        s.connect(server, TIMEOUT_MILLIS);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.setTcpNoDelay(true);
        return s;
    }

    /** Writes the message from a second thread while reading its echo, so neither side's window fills. */
    private static void echo(Socket s, byte[] message) throws IOException {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        IOException[] writeFailure = new IOException[1];
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                out.write(message);
                out.flush();
            } catch (IOException e) {
                writeFailure[0] = e;
            }
        });
        byte[] echoed = new byte[message.length];
        int received = 0;
        while (received < message.length) {
            int n = in.read(echoed, received, message.length - received);
            if (n < 0) {
                throw new EOFException("the server closed after " + received + " of " + message.length + " bytes");
            }
            received += n;
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (writeFailure[0] != null) {
            throw writeFailure[0];
        }
        if (!Arrays.equals(message, echoed)) {
            throw new IllegalStateException("echo of " + message.length + " bytes differs");
        }
    }
}
