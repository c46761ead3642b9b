package java.nio.channels;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.util.Set;

/**
 * {@link ServerSocketChannel#socket()}: a java.net.ServerSocket whose every method works on the
 * channel, as the JDK's ServerSocketAdaptor. Its base class holds no descriptor; {@link #accept()}
 * needs a blocking channel and returns the accepted channel's socket.
 */
final class ServerSocketAdaptor extends ServerSocket {
    private final ServerSocketChannelImpl ssc;
    private int timeout;

    ServerSocketAdaptor(ServerSocketChannelImpl ssc) throws IOException {
        this.ssc = ssc;
    }

    @Override
    public ServerSocketChannel getChannel() {
        return ssc;
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        bind(local, 50);
    }

    @Override
    public void bind(SocketAddress local, int backlog) throws IOException {
        try {
            ssc.bind(local, backlog);
        } catch (IOException | RuntimeException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public Socket accept() throws IOException {
        if (!ssc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (local() == null) {
            throw new SocketException("Socket is not bound yet");
        }
        if (!ssc.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        if (timeout > 0 && !ssc.awaitConnection(timeout)) {
            throw new SocketTimeoutException("Accept timed out");
        }
        return ssc.accept().socket();
    }

    private InetSocketAddress local() {
        try {
            return ssc.isOpen() ? (InetSocketAddress) ssc.getLocalAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress local = local();
        return local == null ? null : local.getAddress();
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress local = local();
        return local == null ? -1 : local.getPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return local();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (!ssc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    @Override
    public int getSoTimeout() throws IOException {
        if (!ssc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        try {
            ssc.setOption(StandardSocketOptions.SO_REUSEADDR, on);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        try {
            return ssc.getOption(StandardSocketOptions.SO_REUSEADDR);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("size cannot be 0 or negative");
        }
        try {
            ssc.setOption(StandardSocketOptions.SO_RCVBUF, size);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        try {
            return ssc.getOption(StandardSocketOptions.SO_RCVBUF);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws IOException {
        ssc.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return ssc.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return ssc.supportedOptions();
    }

    @Override
    public boolean isBound() {
        return local() != null;
    }

    @Override
    public boolean isClosed() {
        return !ssc.isOpen();
    }

    @Override
    public void close() throws IOException {
        ssc.close();
    }

    @Override
    public String toString() {
        InetSocketAddress local = local();
        if (local == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + local.getAddress() + ",localport=" + local.getPort() + "]";
    }
}
