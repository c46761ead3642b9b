package ukl.kernel.net.wire;

/** View of a UDP datagram (RFC 768). */
public final class UdpPacket {
    static final int SRC_PORT = 0;
    static final int DST_PORT = 2;
    static final int LENGTH = 4;
    static final int CHECKSUM = 6;
    public static final int HEADER_LEN = 8;

    private byte[] buf;
    private int off;
    private int len;

    public UdpPacket wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    /** The header fits and its length field covers the header and fits in the buffer. */
    public boolean checkLen() {
        return len >= HEADER_LEN && length() >= HEADER_LEN && length() <= len;
    }

    /** Which rule {@link #checkLen} broke: {@link Parse#BAD_LENGTH} for a length field below 8. */
    int lengthError() {
        return len >= HEADER_LEN && length() < HEADER_LEN ? Parse.BAD_LENGTH : Parse.TRUNCATED;
    }

    public int srcPort() {
        return Bytes.u16(buf, off + SRC_PORT);
    }

    public int dstPort() {
        return Bytes.u16(buf, off + DST_PORT);
    }

    public int length() {
        return Bytes.u16(buf, off + LENGTH);
    }

    public int checksum() {
        return Bytes.u16(buf, off + CHECKSUM);
    }

    public byte[] buffer() {
        return buf;
    }

    public int payloadOffset() {
        return off + HEADER_LEN;
    }

    public int payloadLen() {
        return length() - HEADER_LEN;
    }

    /** RFC 768: a zero checksum means the sender computed none. */
    public boolean verifyChecksum(int srcIp, int dstIp) {
        if (checksum() == 0) {
            return true;
        }
        long acc = Checksum.pseudoHeader(srcIp, dstIp, Ipv4Packet.PROTO_UDP, length());
        return Checksum.finish(Checksum.add(acc, buf, off, length())) == 0;
    }

    /** Computes the checksum over pseudo-header, header and payload, which must be in place. */
    public void fillChecksum(int srcIp, int dstIp) {
        Bytes.put16(buf, off + CHECKSUM, 0);
        long acc = Checksum.pseudoHeader(srcIp, dstIp, Ipv4Packet.PROTO_UDP, length());
        int sum = Checksum.finish(Checksum.add(acc, buf, off, length()));
        // RFC 768: a computed zero is sent as all ones, zero meaning "no checksum".
        Bytes.put16(buf, off + CHECKSUM, sum == 0 ? 0xffff : sum);
    }

    void setHeader(int srcPort, int dstPort, int length) {
        Bytes.put16(buf, off + SRC_PORT, srcPort);
        Bytes.put16(buf, off + DST_PORT, dstPort);
        Bytes.put16(buf, off + LENGTH, length);
        Bytes.put16(buf, off + CHECKSUM, 0);
    }
}
