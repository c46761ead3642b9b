package java.nio.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Set;

/**
 * {@link SocketChannel#socket()}: a java.net.Socket whose every method works on the channel, as the
 * JDK's SocketAdaptor. Its base class holds no descriptor (Socket makes one only when first needed,
 * and every public method is overridden here). Blocking calls need a blocking channel; the channel's
 * exceptions become the SocketExceptions the JDK's adaptor throws.
 */
final class SocketAdaptor extends Socket {
    private final SocketChannelImpl sc;
    private int timeout;

    SocketAdaptor(SocketChannelImpl sc) {
        this.sc = sc;
    }

    /** The JDK's {@code Net.translateToSocketException}. */
    static SocketException translate(Exception e) {
        if (e instanceof SocketException s) {
            return s;
        }
        String message;
        if (e instanceof ClosedChannelException) {
            message = "Socket is closed";
        } else if (e instanceof NotYetConnectedException) {
            message = "Socket is not connected";
        } else if (e instanceof AlreadyBoundException) {
            message = "Already bound";
        } else if (e instanceof NotYetBoundException) {
            message = "Socket is not bound yet";
        } else if (e instanceof UnsupportedAddressTypeException) {
            message = "Unsupported address type";
        } else if (e instanceof UnresolvedAddressException) {
            message = "Unresolved address";
        } else if (e instanceof AlreadyConnectedException || e instanceof ConnectionPendingException) {
            message = "Already connected";
        } else {
            message = e.getMessage();
        }
        SocketException se = new SocketException(message);
        se.initCause(e);
        return se;
    }

    @Override
    public SocketChannel getChannel() {
        return sc;
    }

    @Override
    public void connect(SocketAddress remote) throws IOException {
        connect(remote, 0);
    }

    @Override
    public void connect(SocketAddress remote, int timeout) throws IOException {
        if (remote == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (!sc.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        try {
            sc.connect(NetChannels.checkAddress(remote), timeout);
        } catch (java.net.SocketTimeoutException | java.net.ConnectException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        try {
            sc.bind(local);
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress remote = remote();
        return remote == null ? null : remote.getAddress();
    }

    @Override
    public int getPort() {
        InetSocketAddress remote = remote();
        return remote == null ? 0 : remote.getPort();
    }

    private InetSocketAddress remote() {
        try {
            return (InetSocketAddress) sc.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    private InetSocketAddress local() {
        try {
            return sc.isOpen() ? (InetSocketAddress) sc.getLocalAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress local = local();
        return local == null ? -1 : local.getPort();
    }

    @Override
    public InetAddress getLocalAddress() {
        InetSocketAddress local = local();
        return local == null ? SocketDescriptor.address(0) : local.getAddress();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return remote();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return local();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        checkConnected();
        if (sc.isInputShutdown()) {
            throw new SocketException("Socket input is shutdown");
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (!sc.isOpen()) {
                    throw new SocketException("Socket closed");
                }
                if (!sc.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                if (len == 0) {
                    return 0;
                }
                if (sc.isInputShutdown()) {
                    return -1;
                }
                if (timeout > 0) {
                    sc.awaitInput(timeout);
                }
                return sc.read(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public int available() throws IOException {
                if (!sc.isOpen()) {
                    throw new SocketException("Socket closed");
                }
                return sc.isInputShutdown() ? 0 : sc.descriptor().available();
            }

            @Override
            public void close() throws IOException {
                sc.close();
            }
        };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        checkConnected();
        if (sc.isOutputShutdown()) {
            throw new SocketException("Socket output is shutdown");
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (!sc.isOpen()) {
                    throw new SocketException("Socket closed");
                }
                if (!sc.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                if (sc.isOutputShutdown()) {
                    throw new SocketException("Socket output is shutdown");
                }
                sc.write(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void close() throws IOException {
                sc.close();
            }
        };
    }

    private void checkConnected() throws SocketException {
        if (!sc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (!sc.isConnected()) {
            throw new SocketException("Socket is not connected");
        }
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (!sc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    @Override
    public int getSoTimeout() throws SocketException {
        if (!sc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    private void set(SocketOption<?> name, Object value) throws SocketException {
        try {
            if (!sc.isOpen()) {
                throw new ClosedChannelException();
            }
            sc.descriptor().setOption(name, value);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private Object get(SocketOption<?> name) throws SocketException {
        try {
            if (!sc.isOpen()) {
                throw new ClosedChannelException();
            }
            return sc.descriptor().getOption(name);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        set(StandardSocketOptions.TCP_NODELAY, on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return (Boolean) get(StandardSocketOptions.TCP_NODELAY);
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_KEEPALIVE, on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_KEEPALIVE);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        if (on && linger < 0) {
            throw new IllegalArgumentException("invalid value for SO_LINGER");
        }
        set(StandardSocketOptions.SO_LINGER, on ? linger : -1);
    }

    @Override
    public int getSoLinger() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_LINGER);
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid send size");
        }
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public <T> Socket setOption(SocketOption<T> name, T value) throws IOException {
        sc.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return sc.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return sc.supportedOptions();
    }

    @Override
    public void shutdownInput() throws IOException {
        try {
            sc.shutdownInput();
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public void shutdownOutput() throws IOException {
        try {
            sc.shutdownOutput();
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean isInputShutdown() {
        return sc.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return sc.isOutputShutdown();
    }

    @Override
    public boolean isConnected() {
        return sc.isConnected();
    }

    @Override
    public boolean isBound() {
        return sc.isBound();
    }

    @Override
    public boolean isClosed() {
        return !sc.isOpen();
    }

    @Override
    public void close() throws IOException {
        sc.close();
    }

    @Override
    public String toString() {
        InetSocketAddress remote = remote();
        if (remote == null || !sc.isOpen()) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + remote.getAddress() + ",port=" + remote.getPort() + ",localport=" + getLocalPort()
                + "]";
    }
}
