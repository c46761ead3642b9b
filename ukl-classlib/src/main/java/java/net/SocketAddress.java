package java.net;

/** An address of a socket, without a protocol; {@link InetSocketAddress} is the only kind images have. */
public abstract class SocketAddress implements java.io.Serializable {
    public SocketAddress() {}
}
