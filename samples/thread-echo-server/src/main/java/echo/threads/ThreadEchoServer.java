package echo.threads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP echo server (RFC 862) with a thread per connection, as a Java developer writes one since
 * virtual threads: plain java.net blocking sockets, an {@link ExecutorService} that starts a virtual
 * thread for each accepted {@link Socket}, and a task that copies what it reads back until end of
 * stream. Nothing of ukl's: it runs as it is on a JVM ({@code java -cp … echo.threads.ThreadEchoServer
 * 7007}) and as a ukl image, where each thread is a kernel thread whose stack costs the pages it
 * touches, so that a thousand idle connections fit a 64 MiB guest.
 *
 * <p>A client's reset or another I/O error ends that client's thread only.
 *
 * <p>Usage: {@code ThreadEchoServer [port]}, port 7 by default; 0 lets the host choose.
 */
public final class ThreadEchoServer {
    private static final int BUFFER_SIZE = 4096;
    private static final int BACKLOG = 128;

    private ThreadEchoServer() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (ServerSocket server = new ServerSocket();
                ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port), BACKLOG);
            System.out.println("echo-server: listening on port " + server.getLocalPort());
            for (; ; ) {
                Socket client = server.accept();
                connections.execute(() -> serve(client));
            }
        }
    }

    private static void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset or another error ends this client only
        }
    }
}
