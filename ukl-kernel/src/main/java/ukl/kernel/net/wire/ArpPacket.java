package ukl.kernel.net.wire;

/** View of an ARP packet (RFC 826); the address fields are sized by {@code hlen}/{@code plen}. */
public final class ArpPacket {
    static final int HTYPE = 0;
    static final int PTYPE = 2;
    static final int HLEN = 4;
    static final int PLEN = 5;
    static final int OPER = 6;
    static final int SHA = 8;
    /** Length for Ethernet/IPv4 (hlen 6, plen 4). */
    public static final int ETHERNET_IPV4_LEN = 28;

    private byte[] buf;
    private int off;
    private int len;

    public ArpPacket wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    /** The fixed part fits, and so do the four addresses whose sizes it declares. */
    public boolean checkLen() {
        return len >= SHA && len >= SHA + 2 * hardwareLen() + 2 * protocolLen();
    }

    public int hardwareType() {
        return Bytes.u16(buf, off + HTYPE);
    }

    public int protocolType() {
        return Bytes.u16(buf, off + PTYPE);
    }

    public int hardwareLen() {
        return Bytes.u8(buf, off + HLEN);
    }

    public int protocolLen() {
        return Bytes.u8(buf, off + PLEN);
    }

    public int operation() {
        return Bytes.u16(buf, off + OPER);
    }

    // The address accessors assume hlen 6 and plen 4, which ArpRepr.parse checks first.
    public long senderMac() {
        return MacAddress.read(buf, off + SHA);
    }

    public int senderIp() {
        return Bytes.i32(buf, off + SHA + 6);
    }

    public long targetMac() {
        return MacAddress.read(buf, off + SHA + 10);
    }

    public int targetIp() {
        return Bytes.i32(buf, off + SHA + 16);
    }

    void setHeader(int operation) {
        Bytes.put16(buf, off + HTYPE, ArpRepr.HTYPE_ETHERNET);
        Bytes.put16(buf, off + PTYPE, EthernetFrame.ETHERTYPE_IPV4);
        Bytes.put8(buf, off + HLEN, 6);
        Bytes.put8(buf, off + PLEN, 4);
        Bytes.put16(buf, off + OPER, operation);
    }

    void setAddresses(long senderMac, int senderIp, long targetMac, int targetIp) {
        MacAddress.write(buf, off + SHA, senderMac);
        Bytes.put32(buf, off + SHA + 6, senderIp);
        MacAddress.write(buf, off + SHA + 10, targetMac);
        Bytes.put32(buf, off + SHA + 16, targetIp);
    }
}
