package ukl.kernel.net.phy;

/** A device whose transmitted frames come back as received frames, in order. */
public final class Loopback implements NetDevice {
    private final long mac;
    private final int mtu;
    private final FrameQueue queue;
    private final byte[] tx;

    public Loopback(long mac, int mtu, int capacity) {
        this.mac = mac;
        this.mtu = mtu;
        this.queue = new FrameQueue(capacity, mtu + 14);
        this.tx = new byte[mtu + 14];
    }

    @Override
    public long macAddress() {
        return mac;
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public int receive(byte[] buf) {
        return queue.pop(buf);
    }

    @Override
    public byte[] txBuffer() {
        return queue.isFull() ? null : tx;
    }

    @Override
    public void transmit(int len) {
        queue.push(tx, len);
    }

    /** Frames sent and not yet received. */
    public int pending() {
        return queue.size();
    }
}
