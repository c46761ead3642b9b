package ukl.kernel.drivers.net;

import ukl.kernel.arch.Host;

/**
 * The process platform's NIC: a Linux tap device (IFF_TAP | IFF_NO_PI, non-blocking), on which one
 * {@code read(2)} returns one whole Ethernet frame and one {@code write(2)} sends one (Linux's
 * Documentation/networking/tuntap.rst). The host side of the tap is the link's other end. There is
 * no interrupt: the process platform waits for the descriptor in {@code ppoll} instead.
 *
 * <p>The station address is {@link #MAC}, QEMU's default for a guest NIC, so a test network that
 * pins the guest's neighbour entry serves the image and the process alike.
 */
public final class TapDevice implements NetDriver {
    /** 52:54:00:12:34:56: QEMU's first guest NIC, as the VM tests use. */
    public static final long MAC = 0x5254_0012_3456L;

    private static final int MTU = 1500;
    private static final int FRAME = MTU + 14;

    private final int fd;
    private final byte[] tx = new byte[FRAME];
    private long rxFrames;
    private long txFrames;
    private long txDropped;

    private TapDevice(int fd) {
        this.fd = fd;
    }

    /** The driver of the tap the runtime opened ({@code ukl.tap=}), or {@code null} when there is none. */
    public static TapDevice probe() {
        int fd = Host.tapDescriptor();
        return fd < 0 ? null : new TapDevice(fd);
    }

    /** The tap's descriptor, for the platform's {@code ppoll}. */
    public int descriptor() {
        return fd;
    }

    @Override
    public long macAddress() {
        return MAC;
    }

    @Override
    public int mtu() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf) {
        // read(2) of a tap returns one frame, cut to buf.length; buf holds mtu() + 14 bytes, and the
        // tap's MTU is the host's 1500 unless someone raises it.
        long n = Host.read(fd, buf, 0, buf.length);
        if (n > 0) {
            rxFrames++;
            return (int) n;
        }
        return 0; // -EAGAIN: nothing waits; another error: the tap is gone, and so is the link
    }

    @Override
    public byte[] txBuffer() {
        return tx;
    }

    @Override
    public void transmit(int len) {
        long n = Host.write(fd, tx, 0, len);
        if (n == len) {
            txFrames++;
        } else {
            // -EAGAIN (the tap's queue is full) or -EIO (link down): the frame is lost, as on a wire;
            // TCP retransmits it (RFC 9293 §3.8.1).
            txDropped++;
        }
    }

    /** No interrupt line: the process platform waits for the descriptor instead. */
    @Override
    public int interruptLine() {
        return -1;
    }

    @Override
    public boolean armReceiveInterrupt() {
        return false;
    }

    @Override
    public void disarmReceiveInterrupt() {}

    /** Never asked: a process waits for the tap in ppoll(2), it does not spin. */
    @Override
    public boolean receivePending() {
        return false;
    }

    @Override
    public String counters() {
        return "tap rxFrames=" + rxFrames + " txFrames=" + txFrames + " txDropped=" + txDropped;
    }
}
