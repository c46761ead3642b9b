package corpus.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Client and server in one program over 127.0.0.1, on one thread: a non-blocking connect, accept
 * and exchange, all driven by one Selector.
 */
public final class LoopbackTcp {
    private LoopbackTcp() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try (Selector selector = Selector.open();
                ServerSocketChannel server = ServerSocketChannel.open().bind(address);
                SocketChannel client = SocketChannel.open()) {
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            client.configureBlocking(false);
            boolean connected = client.connect(address);
            client.register(selector, connected ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT);
            ByteBuffer request = ByteBuffer.wrap("ping over loopback".getBytes(StandardCharsets.UTF_8));
            ByteBuffer received = ByteBuffer.allocate(64);
            SocketChannel accepted = null;
            while (received.position() < request.capacity()) {
                selector.select(5_000);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        accepted = server.accept();
                        accepted.configureBlocking(false);
                        accepted.register(selector, SelectionKey.OP_READ);
                    } else if (key.isConnectable() && client.finishConnect()) {
                        key.interestOps(SelectionKey.OP_WRITE);
                    } else if (key.isWritable()) {
                        client.write(request);
                        if (!request.hasRemaining()) {
                            key.interestOps(0);
                        }
                    } else if (key.isReadable()) {
                        ((SocketChannel) key.channel()).read(received);
                    }
                }
                selector.selectedKeys().clear();
            }
            received.flip();
            System.out.println("server got: " + StandardCharsets.UTF_8.decode(received));
            System.out.println("client connected: " + client.isConnected() + ", accepted: " + (accepted != null));
            accepted.close();
        }
    }
}
