package ukl.kernel.net.wire;

/** A UDP datagram's ports and payload. Checksums need the IP addresses: see the methods. */
public final class UdpRepr {
    public int srcPort;
    public int dstPort;
    /** The payload: {@code data[dataOff, dataOff+dataLen)}, not copied by {@link #parse}. */
    public byte[] data;

    public int dataOff;
    public int dataLen;

    public int parse(UdpPacket p, int srcIp, int dstIp) {
        return parse(p, srcIp, dstIp, false);
    }

    /** As {@link #parse(UdpPacket, int, int)}; {@code checksumGood}: the device vouched for the checksum. */
    public int parse(UdpPacket p, int srcIp, int dstIp, boolean checksumGood) {
        if (!p.checkLen()) {
            return p.lengthError();
        }
        if (!checksumGood && !p.verifyChecksum(srcIp, dstIp)) {
            return Parse.BAD_CHECKSUM;
        }
        srcPort = p.srcPort();
        dstPort = p.dstPort();
        data = p.buffer();
        dataOff = p.payloadOffset();
        dataLen = p.payloadLen();
        return Parse.OK;
    }

    /** Writes header, payload (when {@link #data} is set) and checksum. */
    public void emit(UdpPacket p, int srcIp, int dstIp) {
        p.setHeader(srcPort, dstPort, bufferLen());
        if (data != null && dataLen > 0) {
            System.arraycopy(data, dataOff, p.buffer(), p.payloadOffset(), dataLen);
        }
        p.fillChecksum(srcIp, dstIp);
    }

    public int bufferLen() {
        return UdpPacket.HEADER_LEN + dataLen;
    }
}
