package ukl.qemutests;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The other side of the network corpus's programs (corpus.net), run in a child JVM inside the
 * test's namespace: {@code NetClients <scenario> <address> <port>}. A scenario talks to a server
 * program, or (for a client program) serves it, and prints what it saw: the transcript that must
 * be the same whether the program runs on the JVM or as an image. A serving scenario prints
 * {@code serving} once it accepts connections.
 */
public final class NetClients {
    private static final int TIMEOUT_MILLIS = 20_000;

    private NetClients() {}

    public static void main(String[] args) throws Exception {
        InetSocketAddress server = new InetSocketAddress(args[1], Integer.parseInt(args[2]));
        switch (args[0]) {
            case "lines" -> lines(server);
            case "concurrent" -> concurrent(server);
            case "udp" -> udp(server);
            case "slow" -> slow(server);
            case "half-close" -> halfClose(server);
            case "large" -> large(server);
            case "sequential" -> sequential(server, Integer.parseInt(args[3]));
            case "serve-lines" -> serveLines(Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("no scenario " + args[0]);
        }
    }

    private static Socket connect(InetSocketAddress server) throws IOException {
        Socket s = new Socket();
        s.connect(server, TIMEOUT_MILLIS);
        s.setSoTimeout(TIMEOUT_MILLIS);
        return s;
    }

    /** Three clients in turn, each a few lines and "bye". */
    static void lines(InetSocketAddress server) throws IOException {
        String[][] sessions = {{"hello", "wörld"}, {}, {"a", "", "line with spaces", "x".repeat(3000)}};
        for (String[] session : sessions) {
            try (Socket s = connect(server)) {
                PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                for (String line : session) {
                    out.println(line);
                    System.out.println(abbreviate(in.readLine()));
                }
                out.println("bye");
                System.out.println(in.readLine());
                System.out.println("then " + in.readLine());
            }
        }
    }

    /** Eight clients at once, each sending its own bytes in pieces and checking every echoed byte. */
    static void concurrent(InetSocketAddress server) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                byte[] message = new byte[1000 + client * 20_000];
                new Random(client).nextBytes(message);
                try (Socket s = connect(server)) {
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    byte[] echoed = new byte[message.length];
                    for (int at = 0; at < message.length; at += 4096) {
                        int n = Math.min(4096, message.length - at);
                        out.write(message, at, n);
                        in.readNBytes(echoed, at, n);
                    }
                    return "client " + client + ": " + message.length + " bytes "
                            + (java.util.Arrays.equals(message, echoed) ? "echoed" : "CORRUPTED");
                }
            }));
        }
        try {
            for (Future<String> f : clients) {
                System.out.println(f.get());
            }
        } finally {
            pool.shutdownNow(); // a failed client must not keep this JVM alive
        }
    }

    /** Five datagrams, each answered. */
    static void udp(InetSocketAddress server) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            for (String word : new String[] {"one", "datagram", "ünïcode", "", "x".repeat(1400)}) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(bytes, bytes.length, server));
                DatagramPacket reply = new DatagramPacket(new byte[2048], 2048);
                socket.receive(reply);
                System.out.println(
                        abbreviate(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** Connects, stays silent past the server's read timeout, then sends a line. */
    static void slow(InetSocketAddress server) throws Exception {
        try (Socket s = connect(server)) {
            Thread.sleep(1500);
            s.getOutputStream().write("late\n".getBytes(StandardCharsets.UTF_8));
            System.out.println(
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine());
        }
    }

    /** Sends 50,000 bytes, half-closes, and reads the answer to the end. */
    static void halfClose(InetSocketAddress server) throws IOException {
        try (Socket s = connect(server)) {
            byte[] data = new byte[50_000];
            new Random(7).nextBytes(data);
            s.getOutputStream().write(data);
            s.shutdownOutput();
            System.out.print(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** One MiB each way through data streams. */
    static void large(InetSocketAddress server) throws IOException {
        int length = 1 << 20;
        try (Socket s = connect(server)) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            byte[] data = new byte[length];
            new Random(11).nextBytes(data);
            out.writeInt(length);
            out.write(data);
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            System.out.println("checksum " + in.readLong());
            byte[] back = in.readNBytes(length);
            int wrong = 0;
            for (int i = 0; i < length; i++) {
                if (back[i] != (byte) (i * 7 + 3)) wrong++;
            }
            System.out.println("received " + back.length + " bytes, " + wrong + " wrong; then " + in.read());
        }
    }

    /** Many short connections in turn, each sending its number. */
    static void sequential(InetSocketAddress server, int connections) throws IOException {
        long last = 0;
        for (int i = 1; i <= connections; i++) {
            try (Socket s = connect(server)) {
                new DataOutputStream(s.getOutputStream()).writeInt(i);
                last = new DataInputStream(s.getInputStream()).readLong();
            }
        }
        System.out.println(connections + " connections, last sum " + last);
    }

    /** Serves one client of LineClient: "ok: LINE" for each line, then "end" after its half-close. */
    static void serveLines(int port) throws IOException {
        try (ServerSocket listener = new ServerSocket(port)) {
            System.out.println("serving");
            try (Socket s = listener.accept()) {
                s.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
                int lines = 0;
                for (String line; (line = in.readLine()) != null; lines++) {
                    out.println("ok: " + line);
                }
                out.println("end");
                System.out.println("served " + lines + " lines");
            }
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 60 ? s : s.substring(0, 40) + "… (" + s.length() + " chars)";
    }
}
