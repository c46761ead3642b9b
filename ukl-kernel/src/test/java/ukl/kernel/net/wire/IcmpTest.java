package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IcmpTest {
    /** Echo request, id 0x55aa, seq 7, data "ping" (checksum computed independently). */
    static final byte[] ECHO = Hex.bytes("0800c37d55aa000770696e67");

    @Test
    void deconstruct() {
        IcmpPacket p = new IcmpPacket().wrap(ECHO, 0, ECHO.length);
        assertTrue(p.checkLen());
        assertEquals(IcmpRepr.ECHO_REQUEST, p.type());
        assertEquals(0, p.code());
        assertEquals(0xc37d, p.checksum());
        assertEquals(0x55aa, p.ident());
        assertEquals(7, p.seq());
        assertEquals(8, p.payloadOffset());
        assertEquals(4, p.payloadLen());
        assertTrue(p.verifyChecksum());
        assertFalse(new IcmpPacket().wrap(ECHO, 0, 7).checkLen());
    }

    @Test
    void construct() {
        byte[] b = new byte[12];
        IcmpPacket p = new IcmpPacket().wrap(b, 0, 12);
        p.setHeader(IcmpRepr.ECHO_REQUEST, 0, 0x55aa, 7);
        System.arraycopy("ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 8, 4);
        p.fillChecksum();
        assertArrayEquals(ECHO, b);
    }

    @Test
    void parse() {
        IcmpRepr r = new IcmpRepr();
        assertEquals(Parse.OK, r.parse(new IcmpPacket().wrap(ECHO, 0, ECHO.length)));
        assertEquals(IcmpRepr.ECHO_REQUEST, r.type);
        assertEquals(0x55aa, r.ident);
        assertEquals(7, r.seq);
        assertEquals(4, r.dataLen);
        assertEquals('p', r.data[r.dataOff]);
        byte[] bad = ECHO.clone();
        bad[11] ^= 1;
        assertEquals(Parse.BAD_CHECKSUM, r.parse(new IcmpPacket().wrap(bad, 0, bad.length)));
        assertEquals(Parse.TRUNCATED, r.parse(new IcmpPacket().wrap(ECHO, 0, 4)));
    }

    @Test
    void emit() {
        IcmpRepr r = new IcmpRepr();
        r.type = IcmpRepr.ECHO_REQUEST;
        r.ident = 0x55aa;
        r.seq = 7;
        r.data = "ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        r.dataOff = 0;
        r.dataLen = 4;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new IcmpPacket().wrap(b, 0, b.length));
        assertArrayEquals(ECHO, b);
    }
}
