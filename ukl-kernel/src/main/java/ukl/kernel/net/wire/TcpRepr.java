package ukl.kernel.net.wire;

/**
 * A TCP segment's fields: ports, flags, sequence and acknowledgment numbers, window, the MSS option
 * (the only option sent or honoured; RFC 9293 §3.7.1) and the payload's place.
 */
public final class TcpRepr {
    public int srcPort;
    public int dstPort;
    /** {@link TcpPacket#SYN} and friends. */
    public int flags;

    public int seq;
    public int ack;
    public int window;
    /** The MSS option's value; 0 when absent. */
    public int mss;
    /** The payload: {@code data[dataOff, dataOff+dataLen)}, not copied by {@link #parse}. */
    public byte[] data;

    public int dataOff;
    public int dataLen;

    public int parse(TcpPacket p, int srcIp, int dstIp) {
        return parse(p, srcIp, dstIp, false);
    }

    /** As {@link #parse(TcpPacket, int, int)}; {@code checksumGood}: the device vouched for the checksum. */
    public int parse(TcpPacket p, int srcIp, int dstIp, boolean checksumGood) {
        int hl = p.checkedHeaderLen();
        if (hl < 0) {
            return p.lengthError();
        }
        if (!checksumGood && !p.verifyChecksum(srcIp, dstIp)) {
            return Parse.BAD_CHECKSUM;
        }
        int m = p.parseMss(hl);
        if (m < 0) {
            return Parse.BAD_OPTIONS;
        }
        srcPort = p.srcPort();
        dstPort = p.dstPort();
        flags = p.flags();
        seq = p.seq();
        ack = p.ack();
        window = p.window();
        mss = m;
        data = p.buffer();
        dataOff = p.offset() + hl;
        dataLen = p.length() - hl;
        return Parse.OK;
    }

    public int headerLen() {
        return TcpPacket.HEADER_LEN + (mss != 0 ? 4 : 0);
    }

    /**
     * Writes the header and, when {@link #data} is set, the payload. The caller may instead place
     * the payload itself at {@code payloadOffset()}; either way it then calls
     * {@link TcpPacket#fillChecksum}.
     */
    public void emit(TcpPacket p) {
        p.setHeader(srcPort, dstPort, seq, ack, headerLen(), flags, window);
        if (mss != 0) {
            p.setMssOption(mss);
        }
        if (data != null && dataLen > 0) {
            System.arraycopy(data, dataOff, p.buffer(), p.payloadOffset(), dataLen);
        }
    }

    /** Segment length in sequence space (RFC 9293 §3.4): payload plus one each for SYN and FIN. */
    public int segmentLen() {
        return dataLen + ((flags & TcpPacket.SYN) != 0 ? 1 : 0) + ((flags & TcpPacket.FIN) != 0 ? 1 : 0);
    }

    public int bufferLen() {
        return headerLen() + dataLen;
    }
}
