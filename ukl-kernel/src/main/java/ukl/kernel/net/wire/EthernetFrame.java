package ukl.kernel.net.wire;

/** View of an Ethernet II frame (IEEE 802.3 with an EtherType ≥ 0x0600), without the FCS. */
public final class EthernetFrame {
    static final int DST = 0;
    static final int SRC = 6;
    static final int ETHERTYPE = 12;
    public static final int HEADER_LEN = 14;

    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;

    private byte[] buf;
    private int off;
    private int len;

    /** Points this view at {@code buf[off, off+len)}; returns {@code this}. */
    public EthernetFrame wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    public boolean checkLen() {
        return len >= HEADER_LEN;
    }

    public byte[] buffer() {
        return buf;
    }

    public long dst() {
        return MacAddress.read(buf, off + DST);
    }

    public long src() {
        return MacAddress.read(buf, off + SRC);
    }

    public int etherType() {
        return Bytes.u16(buf, off + ETHERTYPE);
    }

    public int payloadOffset() {
        return off + HEADER_LEN;
    }

    public int payloadLen() {
        return len - HEADER_LEN;
    }

    public void setDst(long mac) {
        MacAddress.write(buf, off + DST, mac);
    }

    public void setSrc(long mac) {
        MacAddress.write(buf, off + SRC, mac);
    }

    public void setEtherType(int type) {
        Bytes.put16(buf, off + ETHERTYPE, type);
    }
}
