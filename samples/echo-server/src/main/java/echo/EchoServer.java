package echo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * A TCP echo server (RFC 862) as a Java developer writes one: java.nio, one {@link Selector}, non-blocking
 * channels, nothing of ukl's. It runs as it is on a JVM ({@code java -cp … echo.EchoServer 7007}) and as a
 * ukl image, where every channel operation is a direct call into the kernel.
 *
 * <p>Each client has a buffer of its own. A client is read only when everything it sent before has been
 * written back, so a client that does not read its echo is slowed down by TCP flow control instead of
 * filling our memory. End of stream closes the client (everything it sent has been echoed by then); an
 * I/O error drops it. {@code select(Consumer)} visits the ready keys
 * without a selected-key set; the buffers are made once per connection.
 *
 * <p>Usage: {@code EchoServer [port]}, port 7 by default; 0 lets the host choose.
 */
public final class EchoServer {
    private static final int BUFFER_SIZE = 16 * 1024;
    private static final int BACKLOG = 64;

    private final Selector selector;
    private final ServerSocketChannel server;

    private EchoServer(Selector selector, ServerSocketChannel server) {
        this.selector = selector;
        this.server = server;
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (Selector selector = Selector.open();
                ServerSocketChannel server = ServerSocketChannel.open()) {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(port), BACKLOG);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println(
                    "echo-server: listening on port " + server.socket().getLocalPort());
            new EchoServer(selector, server).run();
        }
    }

    private void run() throws IOException {
        Consumer<SelectionKey> handler = this::handle; // made once: the loop allocates nothing
        for (; ; ) {
            selector.select(handler);
        }
    }

    private void handle(SelectionKey key) {
        try {
            if (key.isAcceptable()) {
                accept();
            } else if (key.isReadable()) {
                read(key);
            } else if (key.isWritable()) {
                write(key);
            }
        } catch (IOException e) {
            drop(key); // a reset or another error ends that client only
        }
    }

    private void accept() throws IOException {
        SocketChannel client = server.accept();
        if (client != null) {
            client.configureBlocking(false);
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            client.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(BUFFER_SIZE));
        }
    }

    private static void read(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer buffer = (ByteBuffer) key.attachment();
        if (client.read(buffer) < 0) {
            drop(key);
            return;
        }
        buffer.flip();
        write(key);
    }

    /** Writes what is pending; reads again once it is all out, else waits until the client can take more. */
    private static void write(SelectionKey key) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer buffer = (ByteBuffer) key.attachment();
        client.write(buffer);
        if (buffer.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            buffer.clear();
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private static void drop(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            // closing a failed channel has nothing left to report
        }
    }
}
