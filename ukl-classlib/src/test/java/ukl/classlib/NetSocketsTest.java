package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The class library's sockets, channels and selector on the host's loopback: the shadows call
 * ukl.libc.Libc, which on the JVM makes the real system calls (contracts §1), so the JDK's
 * exceptions and messages can be checked before any image is built.
 */
class NetSocketsTest {
    static final Shadow SHADOW = new Shadow(
            InetAddressTest.NET[0],
            InetAddressTest.NET[1],
            InetAddressTest.NET[2],
            InetAddressTest.NET[3],
            InetAddressTest.NET[4],
            "java/net/SocketDescriptor",
            "java/net/Socket",
            "java/net/ServerSocket",
            "java/net/DatagramSocket",
            "java/net/DatagramPacket",
            "java/net/StandardSocketOptions",
            "java/net/SocketOption",
            "java/nio/channels/Selector",
            "java/nio/channels/PollSelector",
            "java/nio/channels/PollKey",
            "java/nio/channels/PollKeySet",
            "java/nio/channels/SelectionKey",
            "java/nio/channels/SelectableChannel",
            "java/nio/channels/SelChImpl",
            "java/nio/channels/SocketChannel",
            "java/nio/channels/SocketChannelImpl",
            "java/nio/channels/ServerSocketChannel",
            "java/nio/channels/ServerSocketChannelImpl",
            "java/nio/channels/DatagramChannel",
            "java/nio/channels/DatagramChannelImpl",
            "java/nio/channels/NetChannels",
            "java/nio/channels/Channels",
            "java/nio/channels/spi/AbstractInterruptibleChannel",
            "java/lang/ThreadBlocker",
            "java/nio/channels/spi/AbstractSelectableChannel",
            "java/nio/channels/spi/AbstractSelector",
            "java/nio/channels/spi/AbstractSelectionKey",
            "java/nio/channels/SocketAdaptor",
            "java/nio/channels/ServerSocketAdaptor",
            "java/nio/channels/DatagramSocketAdaptor");
    private static final Class<?> DATAGRAM_CHANNEL = SHADOW.type("java/nio/channels/DatagramChannel");
    private static final Class<?> ADDRESS = SHADOW.type("java/net/InetAddress");
    private static final Class<?> SOCKET_ADDRESS = SHADOW.type("java/net/InetSocketAddress");
    private static final Class<?> SOCKET = SHADOW.type("java/net/Socket");
    private static final Class<?> SERVER = SHADOW.type("java/net/ServerSocket");
    private static final Class<?> DATAGRAM = SHADOW.type("java/net/DatagramSocket");
    private static final Class<?> PACKET = SHADOW.type("java/net/DatagramPacket");
    private static final Class<?> SELECTOR = SHADOW.type("java/nio/channels/Selector");
    private static final Class<?> SOCKET_CHANNEL = SHADOW.type("java/nio/channels/SocketChannel");
    private static final Class<?> SERVER_CHANNEL = SHADOW.type("java/nio/channels/ServerSocketChannel");
    private static final Class<?> CHANNELS = SHADOW.type("java/nio/channels/Channels");
    private static final int OP_READ = 1;
    private static final int OP_CONNECT = 8;
    private static final int OP_ACCEPT = 16;

    private static Object loopback() throws Throwable {
        return Shadow.invoke(ADDRESS, "getLoopbackAddress");
    }

    private static Object server() throws Throwable {
        return Shadow.construct(SERVER, 0, 50, loopback());
    }

    private static int port(Object socket) throws Throwable {
        return (Integer) Shadow.invoke(socket, "getLocalPort");
    }

    @Test
    void bytesCrossTheLoopbackAndEndOfStreamIsMinusOne() throws Throwable {
        Object server = server();
        Object client = Shadow.construct(SOCKET, "127.0.0.1", port(server));
        Object accepted = Shadow.invoke(server, "accept");
        OutputStream out = (OutputStream) Shadow.invoke(client, "getOutputStream");
        InputStream in = (InputStream) Shadow.invoke(accepted, "getInputStream");
        assertEquals(0, in.available());
        out.write("hello".getBytes(StandardCharsets.US_ASCII));
        assertEquals('h', in.read());
        assertEquals(4, in.available(), "FIONREAD: the rest of the segment has arrived with its first byte");
        byte[] got = new byte[4];
        assertEquals(4, in.readNBytes(got, 0, 4));
        assertEquals("ello", new String(got, StandardCharsets.US_ASCII));
        Shadow.invoke(client, "shutdownOutput");
        assertEquals(-1, in.read());
        assertEquals(0, in.available(), "0 at the end of the stream");
        assertTrue(
                client.toString().startsWith("Socket[addr=/127.0.0.1,port=" + port(server) + ",localport="),
                client.toString());
        assertEquals("ServerSocket[addr=localhost/127.0.0.1,localport=" + port(server) + "]", server.toString());
        assertEquals(true, Shadow.invoke(client, "isConnected"));
        assertEquals(true, Shadow.invoke(server, "getReuseAddress"));
        Shadow.invoke(accepted, "close");
        assertEquals(true, Shadow.invoke(accepted, "isClosed"));
        SocketException closed = assertThrows(SocketException.class, () -> in.read());
        assertEquals("Socket closed", closed.getMessage());
        assertEquals(
                "Socket closed",
                assertThrows(SocketException.class, in::available).getMessage());
        SocketException closedGet =
                assertThrows(SocketException.class, () -> Shadow.invoke(accepted, "getInputStream"));
        assertEquals("Socket is closed", closedGet.getMessage());
        Shadow.invoke(client, "close");
        Shadow.invoke(server, "close");
    }

    @Test
    void timeoutsHaveTheJdksMessages() throws Throwable {
        Object server = server();
        Shadow.invoke(server, "setSoTimeout", 30);
        SocketTimeoutException accept =
                assertThrows(SocketTimeoutException.class, () -> Shadow.invoke(server, "accept"));
        assertEquals("Accept timed out", accept.getMessage());
        Object client = Shadow.construct(SOCKET);
        Shadow.invoke(client, "connect", Shadow.construct(SOCKET_ADDRESS, loopback(), port(server)), 1000);
        Shadow.invoke(client, "setSoTimeout", 30);
        InputStream in = (InputStream) Shadow.invoke(client, "getInputStream");
        SocketTimeoutException read = assertThrows(SocketTimeoutException.class, () -> in.read());
        assertEquals("Read timed out", read.getMessage());
        Object udp = Shadow.construct(DATAGRAM, 0, loopback());
        Shadow.invoke(udp, "setSoTimeout", 30);
        Object packet = Shadow.construct(PACKET, new byte[8], 8);
        SocketTimeoutException receive =
                assertThrows(SocketTimeoutException.class, () -> Shadow.invoke(udp, "receive", packet));
        assertEquals("Receive timed out", receive.getMessage());
        Shadow.invoke(udp, "close");
        Shadow.invoke(client, "close");
        Shadow.invoke(server, "close");
    }

    @Test
    void refusedAndInUseHaveTheJdksExceptions() throws Throwable {
        Object server = server();
        int port = port(server);
        BindException inUse = assertThrows(BindException.class, () -> Shadow.construct(SERVER, port, 50, loopback()));
        assertEquals("Address already in use", inUse.getMessage());
        Shadow.invoke(server, "close");
        ConnectException refused =
                assertThrows(ConnectException.class, () -> Shadow.construct(SOCKET, loopback(), port));
        assertEquals("Connection refused", refused.getMessage());
        Object unconnected = Shadow.construct(SOCKET);
        SocketException notConnected =
                assertThrows(SocketException.class, () -> Shadow.invoke(unconnected, "getOutputStream"));
        assertEquals("Socket is not connected", notConnected.getMessage());
        assertEquals("Socket[unconnected]", unconnected.toString());
        java.net.UnknownHostException unknown =
                assertThrows(java.net.UnknownHostException.class, () -> Shadow.construct(SOCKET, "nosuch.invalid", 80));
        assertEquals("nosuch.invalid", unknown.getMessage());
    }

    @Test
    void optionsReadBackWhatWasSet() throws Throwable {
        Object server = server();
        Object client = Shadow.construct(SOCKET, loopback(), port(server));
        Shadow.invoke(client, "setTcpNoDelay", true);
        assertEquals(true, Shadow.invoke(client, "getTcpNoDelay"));
        Shadow.invoke(client, "setKeepAlive", true);
        assertEquals(true, Shadow.invoke(client, "getKeepAlive"));
        Shadow.invoke(client, "setSoLinger", true, 5);
        assertEquals(5, Shadow.invoke(client, "getSoLinger"));
        Shadow.invoke(client, "setSoLinger", false, 0);
        assertEquals(-1, Shadow.invoke(client, "getSoLinger"));
        Shadow.invoke(client, "close");
        Shadow.invoke(server, "close");
    }

    @Test
    void datagramsCarryTheirSender() throws Throwable {
        Object a = Shadow.construct(DATAGRAM, 0, loopback());
        Object b = Shadow.construct(DATAGRAM, 0, loopback());
        byte[] data = {1, 2, 3};
        Shadow.invoke(b, "send", Shadow.construct(PACKET, data, 3, loopback(), port(a)));
        Object packet = Shadow.construct(PACKET, new byte[16], 16);
        Shadow.invoke(a, "receive", packet);
        assertEquals(3, Shadow.invoke(packet, "getLength"));
        assertEquals(port(b), Shadow.invoke(packet, "getPort"));
        assertEquals("/127.0.0.1", Shadow.invoke(packet, "getAddress").toString());
        Shadow.invoke(a, "close");
        Shadow.invoke(b, "close");
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectorReportsAcceptConnectAndReadAndDropsCancelledKeys() throws Throwable {
        Object selector = Shadow.invoke(SELECTOR, "open");
        assertEquals(0, Shadow.invoke(selector, "selectNow"));
        Object server = Shadow.invoke(SERVER_CHANNEL, "open");
        Shadow.invoke(server, "bind", Shadow.construct(SOCKET_ADDRESS, loopback(), 0));
        IllegalBlockingModeException blocking = assertThrows(
                IllegalBlockingModeException.class, () -> Shadow.invoke(server, "register", selector, OP_ACCEPT, null));
        assertNotNull(blocking);
        Shadow.invoke(server, "configureBlocking", false);
        Object serverKey = Shadow.invoke(server, "register", selector, OP_ACCEPT, "listener");
        assertEquals("listener", Shadow.invoke(serverKey, "attachment"));
        assertEquals(null, Shadow.invoke(server, "accept"));

        Object client = Shadow.invoke(SOCKET_CHANNEL, "open");
        Shadow.invoke(client, "configureBlocking", false);
        Object local = Shadow.invoke(server, "getLocalAddress");
        boolean connected = (Boolean) Shadow.invoke(client, "connect", local);
        Object clientKey = Shadow.invoke(client, "register", selector, connected ? 0 : OP_CONNECT, null);
        Set<Object> selected = (Set<Object>) Shadow.invoke(selector, "selectedKeys");
        int deadline = 50;
        while (!selected.contains(serverKey) && deadline-- > 0) {
            Shadow.invoke(selector, "select", 100L);
        }
        assertTrue(selected.contains(serverKey));
        assertEquals(OP_ACCEPT, Shadow.invoke(serverKey, "readyOps"));
        assertEquals(true, Shadow.invoke(serverKey, "isAcceptable"));
        Object accepted = Shadow.invoke(server, "accept");
        assertNotNull(accepted);
        if (!connected) {
            while (!(Boolean) Shadow.invoke(client, "finishConnect")) {
                Shadow.invoke(selector, "select", 100L);
            }
        }
        assertEquals(true, Shadow.invoke(client, "isConnected"));
        assertThrows(UnsupportedOperationException.class, () -> selected.add(clientKey));

        selected.clear();
        Shadow.invoke(clientKey, "interestOps", OP_READ);
        OutputStream toClient = (OutputStream) Shadow.invoke(CHANNELS, "newOutputStream", accepted);
        toClient.write(42);
        deadline = 50;
        while (!selected.contains(clientKey) && deadline-- > 0) {
            Shadow.invoke(selector, "select", 100L);
        }
        assertEquals(true, Shadow.invoke(clientKey, "isReadable"));
        ByteBuffer buffer = ByteBuffer.allocate(4);
        assertEquals(1, Shadow.invoke(client, "read", buffer));
        assertEquals(42, buffer.get(0));
        assertEquals(0, Shadow.invoke(client, "read", buffer), "non-blocking read with nothing there");

        Set<Object> keys = (Set<Object>) Shadow.invoke(selector, "keys");
        assertEquals(2, keys.size());
        Shadow.invoke(serverKey, "cancel");
        assertEquals(2, keys.size(), "a cancelled key stays until the next selection");
        Shadow.invoke(selector, "selectNow");
        assertEquals(1, keys.size());
        assertFalse((Boolean) Shadow.invoke(server, "isRegistered"));
        assertThrows(IllegalBlockingModeException.class, () -> Shadow.invoke(client, "configureBlocking", true));

        List<Object> consumed = new ArrayList<>();
        Set<Object> selectedBefore = Set.copyOf(selected);
        toClient.write(43);
        int consumedCount = 0;
        for (int tries = 0; tries < 50 && consumedCount == 0; tries++) {
            consumedCount = (Integer) Shadow.invoke(selector, "select", (Consumer<Object>) consumed::add, 100L);
        }
        assertEquals(List.of(clientKey), consumed);
        assertEquals(
                selectedBefore,
                Set.copyOf(selected),
                "select(action) leaves the selected-key set as it was (Selector: it does not add to it)");
        Shadow.invoke(selector, "wakeup");
        long start = System.nanoTime();
        Shadow.invoke(selector, "select");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "wakeup makes the next select return at once");

        Shadow.invoke(client, "close");
        assertThrows(ClosedChannelException.class, () -> Shadow.invoke(client, "read", buffer));
        Shadow.invoke(selector, "selectNow");
        assertEquals(0, keys.size());
        Shadow.invoke(accepted, "close");
        Shadow.invoke(server, "close");
        Shadow.invoke(selector, "close");
        assertEquals(false, Shadow.invoke(selector, "isOpen"));
    }

    @Test
    void blockingChannelsMoveBytesThroughStreams() throws Throwable {
        Object server = Shadow.invoke(SERVER_CHANNEL, "open");
        Shadow.invoke(server, "bind", Shadow.construct(SOCKET_ADDRESS, loopback(), 0));
        Object client = Shadow.invoke(SOCKET_CHANNEL, "open", Shadow.invoke(server, "getLocalAddress"));
        Object accepted = Shadow.invoke(server, "accept");
        assertTrue(
                client.toString().startsWith("java.nio.channels.SocketChannel[connected local=/127.0.0.1:"),
                client.toString());
        OutputStream out = (OutputStream) Shadow.invoke(CHANNELS, "newOutputStream", client);
        InputStream in = (InputStream) Shadow.invoke(CHANNELS, "newInputStream", accepted);
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Thread writer = new Thread(() -> {
            try {
                out.write(data);
                out.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertArrayEquals(data, in.readAllBytes());
        writer.join();
        in.close();
        Shadow.invoke(server, "close");
    }

    @Test
    void channelSocketsAreViewsOfTheirChannels() throws Throwable {
        Object serverChannel = Shadow.invoke(SERVER_CHANNEL, "open");
        Object serverSocket = Shadow.invoke(serverChannel, "socket");
        assertEquals("ServerSocket[unbound]", serverSocket.toString());
        Shadow.invoke(serverSocket, "bind", Shadow.construct(SOCKET_ADDRESS, loopback(), 0));
        assertEquals(
                Shadow.invoke(serverChannel, "getLocalAddress"), Shadow.invoke(serverSocket, "getLocalSocketAddress"));
        assertEquals(serverChannel, Shadow.invoke(serverSocket, "getChannel"));
        Object channel = Shadow.invoke(SOCKET_CHANNEL, "open");
        Object socket = Shadow.invoke(channel, "socket");
        Shadow.invoke(socket, "connect", Shadow.invoke(serverChannel, "getLocalAddress"), 1000);
        assertEquals(true, Shadow.invoke(channel, "isConnected"));
        Object accepted = Shadow.invoke(serverSocket, "accept");
        assertNotNull(Shadow.invoke(accepted, "getChannel"));
        ((OutputStream) Shadow.invoke(socket, "getOutputStream")).write(7);
        InputStream in = (InputStream) Shadow.invoke(accepted, "getInputStream");
        assertEquals(7, in.read());
        Shadow.invoke(accepted, "setSoTimeout", 30);
        SocketTimeoutException read = assertThrows(SocketTimeoutException.class, () -> in.read());
        assertEquals("Read timed out", read.getMessage());
        Shadow.invoke(serverSocket, "setSoTimeout", 30);
        SocketTimeoutException accept =
                assertThrows(SocketTimeoutException.class, () -> Shadow.invoke(serverSocket, "accept"));
        assertEquals("Accept timed out", accept.getMessage());
        Shadow.invoke(socket, "setTcpNoDelay", true);
        assertEquals(
                true,
                Shadow.invoke(
                        channel,
                        "getOption",
                        SHADOW.type("java/net/StandardSocketOptions")
                                .getField("TCP_NODELAY")
                                .get(null)));
        assertEquals(port(serverSocket), Shadow.invoke(socket, "getPort"));
        Shadow.invoke(socket, "close");
        assertEquals(false, Shadow.invoke(channel, "isOpen"));
        SocketException closed =
                assertThrows(SocketException.class, () -> Shadow.invoke(socket, "setTcpNoDelay", true));
        assertEquals("Socket is closed", closed.getMessage());
        Shadow.invoke(accepted, "close");
        Shadow.invoke(serverSocket, "close");
        assertEquals(false, Shadow.invoke(serverChannel, "isOpen"));
    }

    /** A packet received into twice keeps its room: the second, longer datagram is not cut to the first's length. */
    @Test
    void datagramChannelSocketReceivesIntoAReusedPacket() throws Throwable {
        Object channel = Shadow.invoke(DATAGRAM_CHANNEL, "open");
        Object socket = Shadow.invoke(channel, "socket");
        Shadow.invoke(socket, "bind", Shadow.construct(SOCKET_ADDRESS, loopback(), 0));
        Object sender = Shadow.construct(DATAGRAM, 0, loopback());
        Object packet = Shadow.construct(PACKET, new byte[16], 16);
        for (Object receiver : new Object[] {socket, Shadow.construct(DATAGRAM, 0, loopback())}) {
            Shadow.invoke(
                    sender, "send", Shadow.construct(PACKET, new byte[] {1, 2, 3}, 3, loopback(), port(receiver)));
            Shadow.invoke(
                    sender,
                    "send",
                    Shadow.construct(PACKET, new byte[] {4, 5, 6, 7, 8}, 5, loopback(), port(receiver)));
            Shadow.invoke(receiver, "receive", packet);
            assertEquals(3, Shadow.invoke(packet, "getLength"));
            Shadow.invoke(receiver, "receive", packet);
            assertEquals(5, Shadow.invoke(packet, "getLength"));
            assertEquals(port(sender), Shadow.invoke(packet, "getPort"));
            Shadow.invoke(receiver, "setSoTimeout", 30);
            SocketTimeoutException timeout =
                    assertThrows(SocketTimeoutException.class, () -> Shadow.invoke(receiver, "receive", packet));
            assertEquals("Receive timed out", timeout.getMessage());
            Shadow.invoke(receiver, "close");
        }
        assertEquals(false, Shadow.invoke(channel, "isOpen"));
        Shadow.invoke(sender, "close");
    }
}
