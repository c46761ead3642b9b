package java.net;

/**
 * A datagram's buffer, length and peer. {@code length} is what was received or is to be sent;
 * {@code bufLength} is the room a receive may fill, kept apart so that receiving twice into one
 * packet uses the whole buffer, as the JDK's does.
 */
public final class DatagramPacket {
    private byte[] buf;
    private int offset;
    private int length;
    private int bufLength;
    private InetAddress address;
    private int port = -1;

    public DatagramPacket(byte[] buf, int offset, int length) {
        setData(buf, offset, length);
    }

    public DatagramPacket(byte[] buf, int length) {
        this(buf, 0, length);
    }

    public DatagramPacket(byte[] buf, int offset, int length, InetAddress address, int port) {
        setData(buf, offset, length);
        setAddress(address);
        setPort(port);
    }

    public DatagramPacket(byte[] buf, int length, InetAddress address, int port) {
        this(buf, 0, length, address, port);
    }

    public DatagramPacket(byte[] buf, int offset, int length, SocketAddress address) {
        setData(buf, offset, length);
        setSocketAddress(address);
    }

    public DatagramPacket(byte[] buf, int length, SocketAddress address) {
        this(buf, 0, length, address);
    }

    public InetAddress getAddress() {
        return address;
    }

    public int getPort() {
        return port;
    }

    public byte[] getData() {
        return buf;
    }

    public int getOffset() {
        return offset;
    }

    public int getLength() {
        return length;
    }

    public void setData(byte[] buf, int offset, int length) {
        if (length < 0 || offset < 0 || length + offset < 0 || length + offset > buf.length) {
            throw new IllegalArgumentException("illegal length or offset");
        }
        this.buf = buf;
        this.offset = offset;
        this.length = length;
        this.bufLength = length;
    }

    public void setData(byte[] buf) {
        if (buf == null) {
            throw new NullPointerException("null packet buffer");
        }
        setData(buf, 0, buf.length);
    }

    public void setAddress(InetAddress address) {
        this.address = address;
    }

    public void setPort(int port) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("Port out of range:" + port);
        }
        this.port = port;
    }

    public void setSocketAddress(SocketAddress address) {
        if (!(address instanceof InetSocketAddress a)) {
            throw new IllegalArgumentException("unsupported address type");
        }
        if (a.isUnresolved()) {
            throw new IllegalArgumentException("unresolved address");
        }
        setAddress(a.getAddress());
        setPort(a.getPort());
    }

    public SocketAddress getSocketAddress() {
        return address == null ? null : new InetSocketAddress(address, port);
    }

    public void setLength(int length) {
        if (length < 0 || length + offset < 0 || length + offset > buf.length) {
            throw new IllegalArgumentException("illegal length");
        }
        this.length = length;
        this.bufLength = length;
    }

    /** What a receive may fill. */
    int bufLength() {
        return bufLength;
    }

    /** After a receive: {@code n} bytes from {@code from}; the room stays as it was. */
    void received(int n, InetAddress from, int fromPort) {
        this.length = n;
        this.address = from;
        this.port = fromPort;
    }
}
