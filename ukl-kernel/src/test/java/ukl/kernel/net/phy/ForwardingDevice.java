package ukl.kernel.net.phy;

/**
 * A device that passes every call to another one: tests extend it and override the call they
 * watch or change (a transmit queue that looks full, a recorder of what leaves, checksum offload).
 */
public abstract class ForwardingDevice implements NetDevice {
    protected final NetDevice inner;

    protected ForwardingDevice(NetDevice inner) {
        this.inner = inner;
    }

    @Override
    public long macAddress() {
        return inner.macAddress();
    }

    @Override
    public int mtu() {
        return inner.mtu();
    }

    @Override
    public int receive(byte[] buf) {
        return inner.receive(buf);
    }

    @Override
    public byte[] txBuffer() {
        return inner.txBuffer();
    }

    @Override
    public void transmit(int len) {
        inner.transmit(len);
    }

    @Override
    public boolean completesChecksums() {
        return inner.completesChecksums();
    }

    @Override
    public void transmitCompletingChecksum(int len, int start, int offset) {
        inner.transmitCompletingChecksum(len, start, offset);
    }

    @Override
    public boolean receivedChecksumGood() {
        return inner.receivedChecksumGood();
    }
}
