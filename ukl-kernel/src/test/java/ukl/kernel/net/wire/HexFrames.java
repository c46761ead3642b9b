package ukl.kernel.net.wire;

/** Valid transport payloads for tests in other packages, built with the wire classes. */
public final class HexFrames {
    private HexFrames() {}

    public static byte[] udp(int srcIp, int dstIp, int srcPort, int dstPort, String text) {
        UdpRepr r = new UdpRepr();
        r.srcPort = srcPort;
        r.dstPort = dstPort;
        r.data = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        r.dataOff = 0;
        r.dataLen = r.data.length;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new UdpPacket().wrap(b, 0, b.length), srcIp, dstIp);
        return b;
    }

    public static byte[] echo(int ident, int seq, String text) {
        IcmpRepr r = new IcmpRepr();
        r.type = IcmpRepr.ECHO_REQUEST;
        r.ident = ident;
        r.seq = seq;
        r.data = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        r.dataOff = 0;
        r.dataLen = r.data.length;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new IcmpPacket().wrap(b, 0, b.length));
        return b;
    }

    public static byte[] arpRequest(long senderMac, int senderIp, int targetIp) {
        ArpRepr r = new ArpRepr();
        r.operation = ArpRepr.REQUEST;
        r.senderMac = senderMac;
        r.senderIp = senderIp;
        r.targetIp = targetIp;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new ArpPacket().wrap(b, 0, b.length));
        return b;
    }
}
