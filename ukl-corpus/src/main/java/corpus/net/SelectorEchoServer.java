package corpus.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.TreeMap;

/**
 * The idiomatic non-blocking server: one Selector over a ServerSocketChannel and its clients, each
 * echoed as it arrives; exits once eight clients have come and gone, printing what each sent.
 */
public final class SelectorEchoServer {
    private SelectorEchoServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        TreeMap<Integer, Long> bytesByClient = new TreeMap<>();
        try (Selector selector = Selector.open();
                ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(port));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println("listening on " + port);
            ByteBuffer buffer = ByteBuffer.allocateDirect(16 * 1024);
            int accepted = 0;
            int open = 0;
            while (accepted < clients || open > 0) {
                selector.select();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (key.isAcceptable()) {
                        SocketChannel client = server.accept();
                        client.configureBlocking(false);
                        client.register(selector, SelectionKey.OP_READ, new long[] {++accepted, 0});
                        open++;
                    } else if (key.isReadable()) {
                        SocketChannel client = (SocketChannel) key.channel();
                        long[] state = (long[]) key.attachment();
                        buffer.clear();
                        int n = client.read(buffer);
                        if (n < 0) {
                            bytesByClient.put((int) state[0], state[1]);
                            key.cancel();
                            client.close();
                            open--;
                            continue;
                        }
                        state[1] += n;
                        buffer.flip();
                        while (buffer.hasRemaining()) {
                            client.write(buffer); // the client reads as it writes: this never spins long
                        }
                    }
                }
            }
        }
        long total = 0;
        for (long bytes : bytesByClient.values()) {
            total += bytes;
        }
        System.out.println(bytesByClient.size() + " clients echoed, " + total + " bytes");
    }
}
