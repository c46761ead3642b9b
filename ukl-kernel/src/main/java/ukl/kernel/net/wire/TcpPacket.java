package ukl.kernel.net.wire;

/** View of a TCP segment (RFC 9293 §3.1). */
public final class TcpPacket {
    static final int SRC_PORT = 0;
    static final int DST_PORT = 2;
    static final int SEQ = 4;
    static final int ACK = 8;
    static final int DATA_OFF = 12;
    static final int FLAGS = 13;
    static final int WINDOW = 14;
    /** Where the checksum field sits in the header (a device that completes checksums needs it). */
    public static final int CHECKSUM = 16;

    static final int URGENT = 18;
    public static final int HEADER_LEN = 20;

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK_FLAG = 0x10;
    public static final int URG = 0x20;

    static final int OPT_END = 0;
    static final int OPT_NOP = 1;
    static final int OPT_MSS = 2;

    private byte[] buf;
    private int off;
    private int len;

    public TcpPacket wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    /** The fixed header fits and the data offset covers it and fits in the buffer. */
    public boolean checkLen() {
        return checkedHeaderLen() >= 0;
    }

    /** The header's length when {@link #checkLen} holds, else -1: a parse reads it once. */
    int checkedHeaderLen() {
        if (len < HEADER_LEN) {
            return -1;
        }
        int hl = headerLen();
        return hl >= HEADER_LEN && hl <= len ? hl : -1;
    }

    int lengthError() {
        return len >= HEADER_LEN && headerLen() < HEADER_LEN ? Parse.BAD_LENGTH : Parse.TRUNCATED;
    }

    public int srcPort() {
        return Bytes.u16(buf, off + SRC_PORT);
    }

    public int dstPort() {
        return Bytes.u16(buf, off + DST_PORT);
    }

    public int seq() {
        return Bytes.i32(buf, off + SEQ);
    }

    public int ack() {
        return Bytes.i32(buf, off + ACK);
    }

    public int headerLen() {
        return (Bytes.u8(buf, off + DATA_OFF) >>> 4) * 4;
    }

    public int flags() {
        return Bytes.u8(buf, off + FLAGS);
    }

    public int window() {
        return Bytes.u16(buf, off + WINDOW);
    }

    public int checksum() {
        return Bytes.u16(buf, off + CHECKSUM);
    }

    public byte[] buffer() {
        return buf;
    }

    public int payloadOffset() {
        return off + headerLen();
    }

    public int payloadLen() {
        return len - headerLen();
    }

    /** Where this view starts in {@link #buffer()}, and how long it is: header and payload. */
    int offset() {
        return off;
    }

    int length() {
        return len;
    }

    public boolean verifyChecksum(int srcIp, int dstIp) {
        long acc = Checksum.pseudoHeader(srcIp, dstIp, Ipv4Packet.PROTO_TCP, len);
        return Checksum.finish(Checksum.add(acc, buf, off, len)) == 0;
    }

    /**
     * The MSS option's value, 0 when absent, or -1 when the options are malformed: an option
     * length below 2 or running past the header, or an MSS option not 4 bytes long (RFC 9293
     * §3.1, and §3.10.7.4's advice to be robust against bad options). Unknown options are skipped.
     * {@code headerLen} is the header's length as {@link #checkedHeaderLen} found it.
     */
    int parseMss(int headerLen) {
        int end = off + headerLen;
        int i = off + HEADER_LEN;
        int mss = 0;
        while (i < end) {
            int kind = Bytes.u8(buf, i);
            if (kind == OPT_END) {
                break;
            }
            if (kind == OPT_NOP) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return -1;
            }
            int optLen = Bytes.u8(buf, i + 1);
            if (optLen < 2 || i + optLen > end) {
                return -1;
            }
            if (kind == OPT_MSS) {
                if (optLen != 4) {
                    return -1;
                }
                mss = Bytes.u16(buf, i + 2);
            }
            i += optLen;
        }
        return mss;
    }

    /**
     * Stores the pseudo-header's sum, folded and not complemented, for a device that completes the
     * checksum over header and payload (VirtIO 1.1 §5.1.6.2, as Linux's CHECKSUM_PARTIAL).
     */
    public void fillPseudoHeaderChecksum(int srcIp, int dstIp) {
        long acc = Checksum.pseudoHeader(srcIp, dstIp, Ipv4Packet.PROTO_TCP, len);
        Bytes.put16(buf, off + CHECKSUM, ~Checksum.finish(acc) & 0xffff);
    }

    /** Computes the checksum over pseudo-header, header and payload, which must be in place. */
    public void fillChecksum(int srcIp, int dstIp) {
        Bytes.put16(buf, off + CHECKSUM, 0);
        long acc = Checksum.pseudoHeader(srcIp, dstIp, Ipv4Packet.PROTO_TCP, len);
        Bytes.put16(buf, off + CHECKSUM, Checksum.finish(Checksum.add(acc, buf, off, len)));
    }

    /** Writes the fixed header as its five 32-bit words; the checksum and urgent pointer are 0. */
    void setHeader(int srcPort, int dstPort, int seq, int ack, int headerLen, int flags, int window) {
        byte[] b = buf; // in locals: a store into the array could be one into this object for all gcc knows
        int o = off;
        Bytes.put32(b, o + SRC_PORT, srcPort << 16 | (dstPort & 0xffff));
        Bytes.put32(b, o + SEQ, seq);
        Bytes.put32(b, o + ACK, ack);
        int offsetFlags = (headerLen / 4 & 0xf) << 12 | flags & 0xff; // data offset in words, reserved bits 0
        Bytes.put32(b, o + DATA_OFF, offsetFlags << 16 | window & 0xffff);
        Bytes.put32(b, o + CHECKSUM, 0);
    }

    void setMssOption(int mss) {
        Bytes.put8(buf, off + HEADER_LEN, OPT_MSS);
        Bytes.put8(buf, off + HEADER_LEN + 1, 4);
        Bytes.put16(buf, off + HEADER_LEN + 2, mss);
    }
}
