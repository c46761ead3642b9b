package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intrinsics' fast paths against the JVM running the same Java: the kernel's byte-order accessors
 * and checksum over every short range of an array, and the ranges a fast path leaves to the
 * translated method (negative, past the end, overflowing, a null array), whose results and
 * exceptions must be the JVM's.
 */
class FastPathTest {
    /** In the accessors' package: {@code Bytes} is package-private. */
    static final String PROBE = """
            package ukl.kernel.net.wire;
            public final class FastPathProbe {
                static final int[][] BAD = {
                    {-1, 4}, {-2, 1}, {20, 4}, {22, 2}, {23, 1}, {24, 0}, {0, 24}, {5, -1}, {5, -2},
                    {Integer.MAX_VALUE, 2}, {2, Integer.MAX_VALUE}, {Integer.MIN_VALUE, 3}
                };
                public static void main(String[] args) {
                    byte[] b = new byte[23];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (i * 37 + 201);
                    }
                    for (int off = 0; off <= 3; off++) {
                        for (int len = 0; len <= b.length - off; len++) {
                            System.out.println("add " + off + " " + len + " " + Checksum.add(0x123456789L, b, off, len));
                        }
                    }
                    for (int[] r : BAD) {
                        String head = "add " + r[0] + " " + r[1] + " ";
                        try {
                            System.out.println(head + Checksum.add(7, b, r[0], r[1]));
                        } catch (RuntimeException e) {
                            System.out.println(head + e);
                        }
                    }
                    try {
                        Checksum.add(0, null, 0, 2);
                    } catch (NullPointerException e) {
                        System.out.println("add null " + e);
                    }
                    for (int i = -1; i <= b.length; i++) {
                        System.out.println("at " + i + ": " + u8(b, i) + " " + u16(b, i) + " " + i32(b, i));
                        byte[] c = b.clone();
                        System.out.println("  put8 " + put8(c, i) + " put16 " + put16(c, i) + " put32 " + put32(c, i) + " " + Checksum.add(0, c, 0, c.length));
                        System.out.println("  mac " + mac(b, i) + " " + macPut(c, i) + " " + Checksum.add(0, c, 0, c.length));
                    }
                    try {
                        System.out.println(field(b, 22));
                    } catch (ArrayIndexOutOfBoundsException e) {
                        System.out.println(e);
                        for (StackTraceElement t : e.getStackTrace()) {
                            System.out.println("\tat " + t);
                        }
                    }
                    System.out.println(u8(null, 0) + " " + put8(null, 0) + " " + u16(null, 0) + " " + i32(null, 0) + " " + put16(null, 0) + " " + put32(null, 0)
                            + " " + mac(null, 0) + " " + macPut(null, 0));
                }
                /** Its only call that may throw is a fast path: it has no frame of its own until that falls through. */
                static int field(byte[] b, int i) {
                    return Bytes.u16(b, i) + 1;
                }
                static String u8(byte[] b, int i) {
                    try { return "u8 " + Bytes.u8(b, i); } catch (RuntimeException e) { return e.toString(); }
                }
                static String put8(byte[] b, int i) {
                    try { Bytes.put8(b, i, 0x1ab); return "ok"; } catch (RuntimeException e) { return e.toString(); }
                }
                static String u16(byte[] b, int i) {
                    try { return "u16 " + Bytes.u16(b, i); } catch (RuntimeException e) { return e.toString(); }
                }
                static String i32(byte[] b, int i) {
                    try { return "i32 " + Bytes.i32(b, i); } catch (RuntimeException e) { return e.toString(); }
                }
                static String put16(byte[] b, int i) {
                    try { Bytes.put16(b, i, 0xfedcba98); return "ok"; } catch (RuntimeException e) { return e.toString(); }
                }
                static String mac(byte[] b, int i) {
                    try { return "mac " + MacAddress.read(b, i); } catch (RuntimeException e) { return e.toString(); }
                }
                static String macPut(byte[] b, int i) {
                    try { MacAddress.write(b, i, 0xfedc_ba98_7654_3210L); return "ok"; } catch (RuntimeException e) { return e.toString(); }
                }
                static String put32(byte[] b, int i) {
                    try { Bytes.put32(b, i, 0x89abcdef); return "ok"; } catch (RuntimeException e) { return e.toString(); }
                }
            }
            """;

    static final String MAIN = "ukl/kernel/net/wire/FastPathProbe";

    @TempDir
    Path dir;

    @Test
    void fastPathsAnswerAsTheJavaTheyStandFor() throws Exception {
        Path kernel = Harness.artifact("ukl-kernel");
        Path classes = Harness.compile(dir, Map.of(MAIN + ".java", PROBE), List.of(kernel));
        Harness.Run jvm = Harness.runJvm(List.of(classes, kernel), MAIN.replace('/', '.'), "-Xmx64m");
        assertEquals(0, jvm.status(), jvm.stderr());

        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), MAIN);
        Path exe = Harness.build(world, dir.resolve("native"));
        String c = Files.readString(dir.resolve("native/c/program.c"));
        for (String method : List.of(
                "Checksum_add",
                "Bytes_u8",
                "Bytes_put8",
                "Bytes_u16",
                "Bytes_i32",
                "Bytes_put16",
                "Bytes_put32",
                "MacAddress_read",
                "MacAddress_write")) {
            String symbol = "m_ukl_kernel_net_wire_" + method;
            assertTrue(c.contains(symbol + "_translated("), symbol + " has no fast path in the emitted C");
        }
        String field =
                LazyFrameTest.function(c.replaceAll("(?m)^#line .*\\n", ""), "ukl.kernel.net.wire.FastPathProbe.field");
        assertTrue(
                field.contains("m_ukl_kernel_net_wire_Bytes_u16_from("),
                "field does not call the fast path:\n" + field);
        assertFalse(field.contains("ukl_frame F"), "field has a frame of its own:\n" + field);
        Harness.Run image = Harness.runNative(exe);
        assertEquals(jvm.stdout(), image.stdout());
        assertEquals(jvm.stderr(), image.stderr());
        assertEquals(jvm.status(), image.status());
        assertTrue(jvm.stdout().contains("ArrayIndexOutOfBoundsException"), jvm.stdout());
    }
}
