package kv;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * The event loop: one thread, one {@link Selector}, non-blocking channels, as Redis's own
 * {@code ae} loop. A failing connection (reset, protocol error, query buffer over the limit) is
 * closed on its own; nothing it did touches the others.
 */
final class Server {
    private static final int BACKLOG = 511; // Redis's tcp-backlog default
    private static final int MAX_ACCEPTS_PER_CALL = 1000; // Redis's, networking.c

    private final Options options;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Keyspace db;
    private final Commands commands = new Commands();
    private final long started = System.currentTimeMillis();
    private final long queryBufferLimit;
    private long nextClientId = 1;
    private int clients;
    private long connectionsReceived;
    private long commandsProcessed;

    private Server(Options options, Selector selector, ServerSocketChannel listener) {
        this.options = options;
        this.selector = selector;
        this.listener = listener;
        this.db = new Keyspace(new Memory(options.maxMemory()));
        // Redis's client-query-buffer-limit is 1 GB; a heap smaller than that must not be filled by one client
        this.queryBufferLimit =
                Math.min(options.queryBufferLimit(), Runtime.getRuntime().maxMemory() / 4);
    }

    static void run(Options options) throws IOException {
        try (Selector selector = Selector.open();
                ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(new InetSocketAddress(options.port()), BACKLOG);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println(
                    "kv-server: listening on port " + listener.socket().getLocalPort());
            Server server = new Server(options, selector, listener);
            Consumer<SelectionKey> handler = server::handle; // made once: the loop allocates nothing
            for (; ; ) {
                selector.select(handler);
            }
        }
    }

    private void handle(SelectionKey key) {
        if (key.isAcceptable()) {
            accept();
            return;
        }
        Client client = (Client) key.attachment();
        boolean open;
        try {
            open = key.isReadable() ? client.onReadable() : !key.isWritable() || client.onWritable();
        } catch (IOException e) {
            open = false; // a reset or another error ends that client only
        } catch (RuntimeException e) {
            System.err.println("kv-server: dropping a client after an internal error: " + e);
            open = false; // a fault of ours while serving one client ends that client, not the server
        }
        if (!open) {
            key.cancel();
            client.close();
            clients--;
        }
    }

    /**
     * Takes every connection waiting, up to Redis's {@code MAX_ACCEPTS_PER_CALL} (1000), as its
     * {@code acceptTcpHandler} does. One per selection would leave a burst of new clients waiting
     * in the backlog while the ones accepted first are served round after round: with 50 clients
     * connecting at once, the last one accepted waited 270 ms for its first reply.
     */
    private void accept() {
        for (int i = 0; i < MAX_ACCEPTS_PER_CALL && acceptOne(); i++) {
            // until the backlog is empty
        }
    }

    /** Accepts one connection; false when none was waiting. */
    private boolean acceptOne() {
        SocketChannel channel = null;
        try {
            channel = listener.accept();
            if (channel == null) {
                return false;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Client client = new Client(channel, this, nextClientId++);
            client.key(channel.register(selector, SelectionKey.OP_READ, client));
            clients++;
            connectionsReceived++;
        } catch (IOException e) {
            if (channel != null) { // the client went away while being set up
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
            return channel != null; // accept itself failing (no descriptor left) ends this round
        }
        return true;
    }

    Keyspace db() {
        return db;
    }

    Commands commands() {
        return commands;
    }

    Options options() {
        return options;
    }

    long queryBufferLimit() {
        return queryBufferLimit;
    }

    void countCommand() {
        commandsProcessed++;
    }

    int clients() {
        return clients;
    }

    long connectionsReceived() {
        return connectionsReceived;
    }

    long commandsProcessed() {
        return commandsProcessed;
    }

    long uptimeSeconds() {
        return (System.currentTimeMillis() - started) / 1000;
    }

    int port() {
        return listener.socket().getLocalPort();
    }
}
