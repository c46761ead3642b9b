package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChecksumTest {
    /** RFC 1071 §3's example: the words 0001 f203 f4f5 f6f7 sum to ddf2 (checksum 220d). */
    @Test
    void rfc1071Example() {
        byte[] b = Hex.bytes("0001f203f4f5f6f7");
        assertEquals(0x220d, Checksum.finish(Checksum.add(0, b, 0, b.length)));
    }

    @Test
    void oddLengthPadsWithZero() {
        assertEquals(
                Checksum.finish(Checksum.add(0, Hex.bytes("abcd12"), 0, 3)),
                Checksum.finish(Checksum.add(0, Hex.bytes("abcd1200"), 0, 4)));
    }

    @Test
    void longBufferKeepsEveryCarry() {
        byte[] b = new byte[65535];
        java.util.Arrays.fill(b, (byte) 0xff);
        assertEquals(0, Checksum.finish(Checksum.add(0, b, 0, b.length - 1)));
    }
}
