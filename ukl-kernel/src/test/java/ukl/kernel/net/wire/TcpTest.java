package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TcpTest {
    static final int SRC = Ipv4Address.of(10, 0, 0, 1);
    static final int DST = Ipv4Address.of(10, 0, 0, 2);
    /** SYN-ACK 49152 → 80, seq 0x01020304, ack 0x0a0b0c0d, window 4096, MSS 1460, data "hi". */
    static final byte[] SEGMENT = Hex.bytes("c0000050010203040a0b0c0d60121000313a0000020405b46869");

    @Test
    void deconstruct() {
        TcpPacket p = new TcpPacket().wrap(SEGMENT, 0, SEGMENT.length);
        assertTrue(p.checkLen());
        assertEquals(49152, p.srcPort());
        assertEquals(80, p.dstPort());
        assertEquals(0x01020304, p.seq());
        assertEquals(0x0a0b0c0d, p.ack());
        assertEquals(24, p.headerLen());
        assertEquals(TcpPacket.SYN | TcpPacket.ACK_FLAG, p.flags());
        assertEquals(4096, p.window());
        assertEquals(0x313a, p.checksum());
        assertEquals(1460, p.parseMss(p.headerLen()));
        assertEquals(24, p.payloadOffset());
        assertEquals(2, p.payloadLen());
        assertTrue(p.verifyChecksum(SRC, DST));
        assertFalse(new TcpPacket().wrap(SEGMENT, 0, 23).checkLen(), "options past the buffer");
    }

    @Test
    void construct() {
        byte[] b = new byte[26];
        TcpPacket p = new TcpPacket().wrap(b, 0, 26);
        p.setHeader(49152, 80, 0x01020304, 0x0a0b0c0d, 24, TcpPacket.SYN | TcpPacket.ACK_FLAG, 4096);
        p.setMssOption(1460);
        b[24] = 'h';
        b[25] = 'i';
        p.fillChecksum(SRC, DST);
        assertArrayEquals(SEGMENT, b);
    }

    @Test
    void parse() {
        TcpRepr r = new TcpRepr();
        assertEquals(Parse.OK, r.parse(new TcpPacket().wrap(SEGMENT, 0, SEGMENT.length), SRC, DST));
        assertEquals(49152, r.srcPort);
        assertEquals(80, r.dstPort);
        assertEquals(TcpPacket.SYN | TcpPacket.ACK_FLAG, r.flags);
        assertEquals(0x01020304, r.seq);
        assertEquals(0x0a0b0c0d, r.ack);
        assertEquals(4096, r.window);
        assertEquals(1460, r.mss);
        assertEquals(2, r.dataLen);
        assertEquals(3, r.segmentLen(), "SYN counts one");
        assertEquals(Parse.BAD_CHECKSUM, r.parse(new TcpPacket().wrap(SEGMENT, 0, SEGMENT.length), SRC, DST + 1));
    }

    @Test
    void parseRejectsBadOptionsAndOffsets() {
        TcpRepr r = new TcpRepr();
        assertEquals(Parse.BAD_OPTIONS, r.parse(withOptions("02050000"), SRC, DST), "MSS option of length 5");
        assertEquals(Parse.BAD_OPTIONS, r.parse(withOptions("01010800"), SRC, DST), "option running past the header");
        assertEquals(Parse.BAD_OPTIONS, r.parse(withOptions("01010301"), SRC, DST), "length 1 option");
        assertEquals(Parse.OK, r.parse(withOptions("01010402"), SRC, DST), "SACK-permitted is skipped");
        assertEquals(0, r.mss);
        byte[] shortOffset = SEGMENT.clone();
        shortOffset[12] = 0x40;
        assertEquals(Parse.BAD_LENGTH, r.parse(new TcpPacket().wrap(shortOffset, 0, 26), SRC, DST));
        assertEquals(Parse.TRUNCATED, r.parse(new TcpPacket().wrap(SEGMENT, 0, 19), SRC, DST));
    }

    private static TcpPacket withOptions(String options) {
        byte[] b = SEGMENT.clone();
        byte[] o = Hex.bytes(options);
        System.arraycopy(o, 0, b, 20, 4);
        TcpPacket p = new TcpPacket().wrap(b, 0, b.length);
        p.fillChecksum(SRC, DST);
        return p;
    }

    @Test
    void emit() {
        TcpRepr r = new TcpRepr();
        r.srcPort = 49152;
        r.dstPort = 80;
        r.flags = TcpPacket.SYN | TcpPacket.ACK_FLAG;
        r.seq = 0x01020304;
        r.ack = 0x0a0b0c0d;
        r.window = 4096;
        r.mss = 1460;
        r.data = new byte[] {'h', 'i'};
        r.dataOff = 0;
        r.dataLen = 2;
        byte[] b = new byte[r.bufferLen()];
        TcpPacket p = new TcpPacket().wrap(b, 0, b.length);
        r.emit(p);
        p.fillChecksum(SRC, DST);
        assertArrayEquals(SEGMENT, b);
    }

    /** Every field written reads back, with or without the MSS option, and the reserved bits stay 0. */
    @Test
    void emittedHeadersReadBack() {
        Random random = new Random(9293);
        for (int n = 0; n < 10_000; n++) {
            TcpRepr r = new TcpRepr();
            r.srcPort = random.nextInt(0x10000);
            r.dstPort = random.nextInt(0x10000);
            r.flags = random.nextInt(0x100);
            r.seq = random.nextInt();
            r.ack = random.nextInt();
            r.window = random.nextInt(0x10000);
            r.mss = n % 2 == 0 ? 0 : 1 + random.nextInt(0xffff);
            byte[] b = new byte[r.bufferLen()];
            TcpPacket p = new TcpPacket().wrap(b, 0, b.length);
            r.emit(p);
            assertEquals(r.srcPort, p.srcPort());
            assertEquals(r.dstPort, p.dstPort());
            assertEquals(r.seq, p.seq());
            assertEquals(r.ack, p.ack());
            assertEquals(r.flags, p.flags());
            assertEquals(r.window, p.window());
            assertEquals(r.mss == 0 ? 20 : 24, p.headerLen());
            assertEquals(0, b[12] & 0x0f);
            assertEquals(0, p.checksum());
            assertEquals(0, (b[18] & 0xff) << 8 | b[19] & 0xff); // urgent pointer
        }
    }
}
