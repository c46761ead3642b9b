package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UdpTest {
    static final int SRC = Ipv4Address.of(10, 0, 0, 1);
    static final int DST = Ipv4Address.of(10, 0, 0, 2);
    /** 1234 → 53, "abcd", checksum over the 10.0.0.1 → 10.0.0.2 pseudo-header. */
    static final byte[] DATAGRAM = Hex.bytes("04d20035000c220661626364");

    @Test
    void deconstruct() {
        UdpPacket p = new UdpPacket().wrap(DATAGRAM, 0, DATAGRAM.length);
        assertTrue(p.checkLen());
        assertEquals(1234, p.srcPort());
        assertEquals(53, p.dstPort());
        assertEquals(12, p.length());
        assertEquals(0x2206, p.checksum());
        assertEquals(4, p.payloadLen());
        assertTrue(p.verifyChecksum(SRC, DST));
        assertFalse(p.verifyChecksum(SRC, DST + 1));
        assertFalse(new UdpPacket().wrap(DATAGRAM, 0, 11).checkLen(), "length field past the buffer");
    }

    @Test
    void construct() {
        byte[] b = new byte[12];
        UdpPacket p = new UdpPacket().wrap(b, 0, 12);
        p.setHeader(1234, 53, 12);
        System.arraycopy(DATAGRAM, 8, b, 8, 4);
        p.fillChecksum(SRC, DST);
        assertArrayEquals(DATAGRAM, b);
    }

    @Test
    void parse() {
        UdpRepr r = new UdpRepr();
        assertEquals(Parse.OK, r.parse(new UdpPacket().wrap(DATAGRAM, 0, DATAGRAM.length), SRC, DST));
        assertEquals(1234, r.srcPort);
        assertEquals(53, r.dstPort);
        assertEquals(4, r.dataLen);
        assertEquals('a', r.data[r.dataOff]);
        assertEquals(Parse.BAD_CHECKSUM, r.parse(new UdpPacket().wrap(DATAGRAM, 0, DATAGRAM.length), SRC, SRC));
        byte[] noSum = DATAGRAM.clone();
        noSum[6] = 0;
        noSum[7] = 0;
        assertEquals(Parse.OK, r.parse(new UdpPacket().wrap(noSum, 0, 12), SRC, SRC), "RFC 768: 0 = no checksum");
        byte[] badLen = DATAGRAM.clone();
        badLen[5] = 4;
        assertEquals(Parse.BAD_LENGTH, r.parse(new UdpPacket().wrap(badLen, 0, 12), SRC, DST));
        assertEquals(Parse.TRUNCATED, r.parse(new UdpPacket().wrap(DATAGRAM, 0, 5), SRC, DST));
    }

    @Test
    void emit() {
        UdpRepr r = new UdpRepr();
        r.srcPort = 1234;
        r.dstPort = 53;
        r.data = DATAGRAM;
        r.dataOff = 8;
        r.dataLen = 4;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new UdpPacket().wrap(b, 0, b.length), SRC, DST);
        assertArrayEquals(DATAGRAM, b);
    }
}
