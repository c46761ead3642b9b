package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import ukl.libc.Libc;

/**
 * A TCP client socket over {@link SocketDescriptor}, with the JDK's states, checks and messages. The
 * descriptor is created on first need, as the JDK creates its SocketImpl's. {@link #setSoTimeout}
 * bounds each read by a {@code poll(2)} before it.
 */
public class Socket implements java.io.Closeable {
    private SocketDescriptor sd;
    private InetSocketAddress remote;
    private int localPort = -1;
    private boolean bound;
    private boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private int timeout;
    private InputStream in;
    private OutputStream out;

    public Socket() {}

    /** An unknown host fails at connect with the name as message, as the JDK's. */
    public Socket(String host, int port) throws IOException {
        this(
                host == null
                        ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
                        : new InetSocketAddress(host, port),
                null);
    }

    public Socket(InetAddress address, int port) throws IOException {
        this(new InetSocketAddress(address, port), null);
    }

    public Socket(String host, int port, InetAddress localAddr, int localPort) throws IOException {
        this(
                host == null
                        ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
                        : new InetSocketAddress(host, port),
                new InetSocketAddress(localAddr, localPort));
    }

    public Socket(InetAddress address, int port, InetAddress localAddr, int localPort) throws IOException {
        this(new InetSocketAddress(address, port), new InetSocketAddress(localAddr, localPort));
    }

    private Socket(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        try {
            if (local != null) {
                bind(local);
            }
            connect(remote);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A socket for a connection {@link ServerSocket#accept} took. */
    Socket(SocketDescriptor sd, InetSocketAddress remote, int localPort) {
        this.sd = sd.forNetSocket(this);
        this.remote = remote;
        this.localPort = localPort;
        this.bound = true;
    }

    private SocketDescriptor descriptor() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (sd == null) {
            sd = SocketDescriptor.open(true).forNetSocket(this);
        }
        return sd;
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    /** Connects within {@code timeout} milliseconds (0: no limit); a failed connect closes the socket, as the JDK's. */
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (remote != null) {
            throw new SocketException("already connected");
        }
        try {
            InetSocketAddress to = InetSocketAddress.check(endpoint);
            SocketDescriptor d = descriptor();
            if (timeout > 0) {
                d.connect(to, timeout);
            } else {
                d.connect(to);
            }
            remote = to;
            bound = true;
            localPort = d.localAddress().getPort();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    public void bind(SocketAddress bindpoint) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (bound) {
            throw new SocketException("Already bound");
        }
        InetSocketAddress local = bindpoint == null ? new InetSocketAddress(0) : InetSocketAddress.check(bindpoint);
        SocketDescriptor d = descriptor();
        d.bind(local);
        bound = true;
        localPort = d.localAddress().getPort();
    }

    public InetAddress getInetAddress() {
        return remote == null ? null : remote.getAddress();
    }

    public int getPort() {
        return remote == null ? 0 : remote.getPort();
    }

    public int getLocalPort() {
        return bound ? localPort : -1;
    }

    /** The local address; the wildcard address before binding or after closing, as the JDK's. */
    public InetAddress getLocalAddress() {
        if (!bound || closed || sd == null) {
            return SocketDescriptor.address(0);
        }
        try {
            InetSocketAddress local = sd.localAddress();
            return local == null ? SocketDescriptor.address(0) : local.getAddress();
        } catch (IOException e) {
            return SocketDescriptor.address(0);
        }
    }

    public SocketAddress getRemoteSocketAddress() {
        return remote;
    }

    public SocketAddress getLocalSocketAddress() {
        return bound ? new InetSocketAddress(getLocalAddress(), localPort) : null;
    }

    public InputStream getInputStream() throws IOException {
        checkConnected();
        if (inputShutdown) {
            throw new SocketException("Socket input is shutdown");
        }
        if (in == null) {
            in = new SocketInputStream();
        }
        return in;
    }

    public OutputStream getOutputStream() throws IOException {
        checkConnected();
        if (outputShutdown) {
            throw new SocketException("Socket output is shutdown");
        }
        if (out == null) {
            out = new SocketOutputStream();
        }
        return out;
    }

    private void checkConnected() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (remote == null) {
            throw new SocketException("Socket is not connected");
        }
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        set(StandardSocketOptions.TCP_NODELAY, on);
    }

    public boolean getTcpNoDelay() throws SocketException {
        return (Boolean) get(StandardSocketOptions.TCP_NODELAY);
    }

    public void setKeepAlive(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_KEEPALIVE, on);
    }

    public boolean getKeepAlive() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_KEEPALIVE);
    }

    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    public boolean getReuseAddress() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_REUSEADDR);
    }

    /** Linger {@code linger} seconds on close when {@code on} (capped at 65535, as the JDK), else not at all. */
    public void setSoLinger(boolean on, int linger) throws SocketException {
        if (on && linger < 0) {
            throw new IllegalArgumentException("invalid value for SO_LINGER");
        }
        set(StandardSocketOptions.SO_LINGER, on ? linger : -1);
    }

    public int getSoLinger() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_LINGER);
    }

    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative send size");
        }
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    public int getSendBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_SNDBUF);
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("invalid receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    public int getReceiveBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_RCVBUF);
    }

    public <T> Socket setOption(SocketOption<T> name, T value) throws IOException {
        descriptor().setOption(name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return (T) descriptor().getOption(name);
    }

    public Set<SocketOption<?>> supportedOptions() {
        return Set.of(
                StandardSocketOptions.SO_KEEPALIVE,
                StandardSocketOptions.SO_SNDBUF,
                StandardSocketOptions.SO_RCVBUF,
                StandardSocketOptions.SO_REUSEADDR,
                StandardSocketOptions.SO_LINGER,
                StandardSocketOptions.TCP_NODELAY);
    }

    private void set(SocketOption<?> name, Object value) throws SocketException {
        try {
            descriptor().setOption(name, value);
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
    }

    private Object get(SocketOption<?> name) throws SocketException {
        try {
            return descriptor().getOption(name);
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
    }

    public void shutdownInput() throws IOException {
        checkConnected();
        if (inputShutdown) {
            throw new SocketException("Socket input is already shutdown");
        }
        sd.shutdown(Libc.SHUT_RD);
        inputShutdown = true;
    }

    public void shutdownOutput() throws IOException {
        checkConnected();
        if (outputShutdown) {
            throw new SocketException("Socket output is already shutdown");
        }
        sd.shutdown(Libc.SHUT_WR);
        outputShutdown = true;
    }

    public boolean isInputShutdown() {
        return inputShutdown;
    }

    public boolean isOutputShutdown() {
        return outputShutdown;
    }

    public boolean isConnected() {
        return remote != null;
    }

    public boolean isBound() {
        return bound;
    }

    /** Null: only a channel's {@code socket()} has a channel. */
    public java.nio.channels.SocketChannel getChannel() {
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (sd != null) {
                sd.close();
            }
        }
    }

    @Override
    public String toString() {
        if (remote == null) {
            return "Socket[unconnected]";
        }
        return "Socket[addr=" + remote.getAddress() + ",port=" + remote.getPort() + ",localport=" + localPort + "]";
    }

    /** Reads wait for {@link #getSoTimeout()} at most; after shutdownInput they see end of stream. */
    private final class SocketInputStream extends InputStream {
        private boolean eof;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (eof || inputShutdown) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n;
            do {
                sd.awaitInput(timeout, "Read timed out");
                n = sd.read(b, off, len);
            } while (n == SocketDescriptor.UNAVAILABLE);
            if (n < 0) {
                eof = true;
                return -1;
            }
            return n;
        }

        /** As the JDK's NioSocketImpl: what has arrived, 0 after the end or a shutdown. */
        @Override
        public int available() throws IOException {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            return eof || inputShutdown ? 0 : sd.available();
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }

    /** Writes all bytes before returning, as a blocking socket's stream does. */
    private final class SocketOutputStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (outputShutdown) {
                throw new SocketException("Socket output is shutdown");
            }
            int done = 0;
            while (done < len) {
                int n = sd.write(b, off + done, len - done);
                if (n == SocketDescriptor.UNAVAILABLE) {
                    sd.await(Libc.POLLOUT, -1);
                } else {
                    done += n;
                }
            }
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }
}
