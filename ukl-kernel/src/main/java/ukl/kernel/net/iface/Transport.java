package ukl.kernel.net.iface;

import ukl.kernel.net.wire.Ipv4Repr;
import ukl.kernel.net.wire.TcpRepr;
import ukl.kernel.net.wire.UdpRepr;

/**
 * What the interface hands transport-layer packets to; the socket layer implements it. The reprs
 * are valid only during the call (they refer to the interface's receive buffer).
 */
public interface Transport {
    /**
     * A TCP segment addressed to this host. Returns {@code false} when no socket wants it, and the
     * interface then answers with a reset (RFC 9293 §3.10.7.1); a listening socket that receives
     * an ACK returns {@code false} too, as §3.10.7.2 asks for the same reset.
     */
    boolean tcpReceived(Ipv4Repr ip, TcpRepr tcp, long nowNanos);

    /** A UDP datagram addressed to this host; {@code false} when no socket is bound to its port. */
    boolean udpReceived(Ipv4Repr ip, UdpRepr udp, long nowNanos);

    /**
     * RFC 1191: an ICMP "fragmentation needed" says the path to {@code remoteIp} carries packets of
     * at most {@code mtu} bytes; it quotes our TCP segment from {@code localPort} to
     * {@code remotePort} with sequence number {@code seq}.
     */
    void pathMtu(int remoteIp, int localPort, int remotePort, int seq, int mtu);

    /** Sends what is due at {@code nowNanos} through {@link Interface#beginIp}/{@link Interface#sendIp}. */
    void dispatch(Interface iface, long nowNanos);

    /** The earliest time {@link #dispatch} has work (retransmission, persist, TIME_WAIT, …); {@code Long.MAX_VALUE} when none. */
    long nextDeadline(long nowNanos);
}
