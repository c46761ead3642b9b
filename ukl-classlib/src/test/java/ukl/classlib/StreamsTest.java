package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte and char streams against the JDK's: chains of sources and filters built at random
 * (byte arrays, sequences of them for short reads, buffers of a few bytes, pushback, data
 * streams, readers decoding bytes in each charset) driven by random operations, each result,
 * each exception and what reached the sink compared.
 */
class StreamsTest {
    private static final String TEXT_CHARS = "ab c\r\n\u00e9\u20ac\ud83d\ude00\ud800x\n\r";

    private static Class<?>[] t(Class<?>... types) {
        return types;
    }

    private static byte[] bytes(SplittableRandom r, int max) {
        byte[] b = new byte[r.nextInt(max)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : 'a' + r.nextInt(4));
        }
        return b;
    }

    private static String text(SplittableRandom r, int max) {
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(max); n > 0; n--) {
            s.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
        }
        return s.toString();
    }

    /** A stream over {@code data}: one array, or two in sequence so that reads come back short. */
    private static Mirror.Pair byteSource(Mirror m, SplittableRandom r, byte[] data) {
        return switch (r.nextInt(3)) {
            case 0 -> m.construct(ByteArrayInputStream.class, t(byte[].class), data);
            case 1 -> m.construct(ByteArrayInputStream.class, t(byte[].class, int.class, int.class), data,
                    r.nextInt(3), data.length);
            default -> {
                int cut = r.nextInt(data.length + 1);
                Mirror.Pair a = m.construct(ByteArrayInputStream.class, t(byte[].class, int.class, int.class),
                        data, 0, cut);
                Mirror.Pair b = m.construct(ByteArrayInputStream.class, t(byte[].class, int.class, int.class),
                        data, cut, data.length - cut);
                yield m.construct(SequenceInputStream.class, t(InputStream.class, InputStream.class), a.jdk(), b.jdk());
            }
        };
    }

    @Test
    void inputStreamChainsFollowTheJdk() {
        SplittableRandom r = new SplittableRandom(21);
        for (int chain = 0; chain < 700; chain++) {
            Mirror m = new Mirror();
            Mirror.Pair in = byteSource(m, r, bytes(r, 40));
            int kind = r.nextInt(5);
            switch (kind) {
                case 0 -> in = m.construct(BufferedInputStream.class, t(InputStream.class, int.class), in.jdk(),
                        r.nextInt(8));
                case 1 -> in = m.construct(PushbackInputStream.class, t(InputStream.class, int.class), in.jdk(),
                        r.nextInt(4));
                case 2 -> in = m.construct(DataInputStream.class, t(InputStream.class), in.jdk());
                default -> {
                    if (r.nextInt(5) == 0) {
                        in = new Mirror.Pair(m.callStatic(InputStream.class, "nullInputStream", t()), null);
                        in = new Mirror.Pair(in.jdk(), m.counterpart(in.jdk()));
                    }
                }
            }
            if (in == null) {
                continue; // a buffer size of 0: both threw the same
            }
            for (int step = 0; step < 30; step++) {
                inputStep(m, in, kind, r);
            }
        }
    }

    private static void inputStep(Mirror m, Mirror.Pair in, int kind, SplittableRandom r) {
        int n = r.nextInt(12) - 1;
        switch (r.nextInt(kind == 1 || kind == 2 ? 18 : 14)) {
            case 0, 1 -> m.call(in, "read", t());
            case 2, 3 -> m.call(in, "read", t(byte[].class, int.class, int.class), new byte[8], r.nextInt(3), n);
            case 4 -> m.call(in, "readNBytes", t(int.class), n);
            case 5 -> m.call(in, "readNBytes", t(byte[].class, int.class, int.class), new byte[8], r.nextInt(3), n);
            case 6 -> m.call(in, "skip", t(long.class), (long) n);
            case 7 -> m.call(in, "skipNBytes", t(long.class), (long) n);
            case 8 -> m.call(in, "available", t());
            case 9 -> m.call(in, "mark", t(int.class), n);
            case 10 -> m.call(in, "reset", t());
            case 11 -> m.call(in, r.nextInt(4) == 0 ? "close" : "markSupported", t());
            case 12 -> m.call(in, "readAllBytes", t());
            case 13 -> {
                Mirror.Pair sink = m.construct(ByteArrayOutputStream.class, t());
                m.call(in, "transferTo", t(OutputStream.class), sink.jdk());
                m.call(sink, "toByteArray", t());
            }
            default -> {
                if (kind == 1) {
                    if (r.nextBoolean()) {
                        m.call(in, "unread", t(int.class), 'z');
                    } else {
                        m.call(in, "unread", t(byte[].class, int.class, int.class), new byte[] {1, 2, 3},
                                r.nextInt(2), r.nextInt(3));
                    }
                } else {
                    List<String> reads = List.of("readInt", "readUnsignedShort", "readLong", "readDouble",
                            "readBoolean", "readChar", "readUTF", "readLine", "readUnsignedByte", "readFloat");
                    String op = reads.get(r.nextInt(reads.size()));
                    if (r.nextInt(4) == 0) {
                        m.call(in, "skipBytes", t(int.class), n);
                    } else if (r.nextInt(4) == 0) {
                        m.call(in, "readFully", t(byte[].class, int.class, int.class), new byte[8], r.nextInt(3), n);
                    } else {
                        m.call(in, op, t());
                    }
                }
            }
        }
    }

    @Test
    void dataStreamsRoundTripAsOnTheJdk() {
        SplittableRandom r = new SplittableRandom(22);
        int ops = 0;
        for (int round = 0; round < 300; round++) {
            Mirror m = new Mirror();
            Mirror.Pair sink = m.construct(ByteArrayOutputStream.class, t());
            Mirror.Pair out = m.construct(DataOutputStream.class, t(OutputStream.class),
                    r.nextBoolean() ? sink.jdk() : m.construct(BufferedOutputStream.class,
                            t(OutputStream.class, int.class), sink.jdk(), 1 + r.nextInt(6)).jdk());
            long seed = r.nextLong();
            SplittableRandom w = new SplittableRandom(seed);
            ops = r.nextInt(12);
            for (int i = 0; i < ops; i++) {
                switch (w.nextInt(10)) {
                    case 0 -> m.call(out, "writeInt", t(int.class), w.nextInt());
                    case 1 -> m.call(out, "writeLong", t(long.class), w.nextLong());
                    case 2 -> m.call(out, "writeDouble", t(double.class), w.nextBoolean() ? Double.NaN : w.nextDouble());
                    case 3 -> m.call(out, "writeFloat", t(float.class), (float) w.nextDouble());
                    case 4 -> m.call(out, "writeShort", t(int.class), w.nextInt());
                    case 5 -> m.call(out, "writeChar", t(int.class), w.nextInt());
                    case 6 -> m.call(out, "writeBoolean", t(boolean.class), w.nextBoolean());
                    case 7 -> m.call(out, "writeBytes", t(String.class), text(w, 6));
                    case 8 -> m.call(out, "writeChars", t(String.class), text(w, 6));
                    default -> m.call(out, "writeUTF", t(String.class), text(w, 12) + "\0");
                }
                m.call(out, "size", t());
            }
            m.call(out, r.nextBoolean() ? "flush" : "close", t());
            byte[] written = (byte[]) m.call(sink, "toByteArray", t());
            Mirror.Pair in = m.construct(DataInputStream.class, t(InputStream.class), byteSource(m, r, written).jdk());
            w = new SplittableRandom(seed);
            for (int i = 0; i <= ops; i++) {
                List<String> reads = List.of("readInt", "readLong", "readDouble", "readFloat", "readShort",
                        "readChar", "readBoolean", "readLine", "readUnsignedShort", "readUTF");
                m.call(in, reads.get(w.nextInt(10)), t());
            }
        }
        String longText = "x".repeat(30000) + "\u20ac".repeat(20000);
        Mirror m = new Mirror();
        Mirror.Pair out = m.construct(DataOutputStream.class, t(OutputStream.class),
                m.construct(ByteArrayOutputStream.class, t()).jdk());
        m.call(out, "writeUTF", t(String.class), longText);
    }

    @Test
    void writersAndTheirSinksFollowTheJdk() {
        SplittableRandom r = new SplittableRandom(23);
        List<String> charsets = CharsetsTest.NAMES;
        for (int chain = 0; chain < 600; chain++) {
            Mirror m = new Mirror();
            Mirror.Pair sink;
            Mirror.Pair w;
            int kind = r.nextInt(6);
            if (kind < 3) {
                sink = r.nextBoolean() ? m.construct(StringWriter.class, t()) : m.construct(CharArrayWriter.class, t());
                w = switch (kind) {
                    case 0 -> sink;
                    case 1 -> m.construct(BufferedWriter.class, t(Writer.class, int.class), sink.jdk(), 1 + r.nextInt(6));
                    default -> m.construct(PrintWriter.class, t(Writer.class, boolean.class), sink.jdk(), r.nextBoolean());
                };
            } else {
                sink = m.construct(ByteArrayOutputStream.class, t());
                Charset cs = Charset.forName(charsets.get(r.nextInt(charsets.size())));
                w = kind == 3
                        ? m.construct(OutputStreamWriter.class, t(OutputStream.class, Charset.class), sink.jdk(), cs)
                        : m.construct(PrintWriter.class, t(OutputStream.class, boolean.class, Charset.class),
                                sink.jdk(), r.nextBoolean(), cs);
            }
            for (int step = 0; step < 25; step++) {
                writerStep(m, w, r);
                m.call(sink, kind < 3 ? "toString" : "toByteArray", t());
            }
            m.call(w, "close", t());
            m.call(sink, kind < 3 ? "toString" : "toByteArray", t());
        }
    }

    private static void writerStep(Mirror m, Mirror.Pair w, SplittableRandom r) {
        String s = text(r, 8);
        int off = r.nextInt(3) - (r.nextInt(10) == 0 ? 1 : 0);
        int len = Math.max(0, s.length() - off - r.nextInt(2)) + (r.nextInt(10) == 0 ? 5 : 0);
        boolean print = w.jdk() instanceof PrintWriter;
        switch (r.nextInt(print ? 16 : 11)) {
            case 0 -> m.call(w, "write", t(int.class), (int) (s.isEmpty() ? (char) 0x1f600 : s.charAt(0)));
            case 1 -> m.call(w, "write", t(char[].class, int.class, int.class), s.toCharArray(), off, len);
            case 2, 3 -> m.call(w, "write", t(String.class, int.class, int.class), s, off, len);
            case 4 -> m.call(w, "write", t(String.class), s);
            case 5 -> m.call(w, "append", t(CharSequence.class), r.nextInt(5) == 0 ? null : s);
            case 6 -> m.call(w, "append", t(CharSequence.class, int.class, int.class), s, off, len);
            case 7 -> m.call(w, "append", t(char.class), '\ud83d');
            case 8 -> m.call(w, "flush", t());
            case 9 -> m.call(w, r.nextInt(8) == 0 ? "close" : "flush", t());
            case 10 -> {
                if (w.jdk() instanceof BufferedWriter) {
                    m.call(w, "newLine", t());
                } else {
                    m.call(w, "write", t(String.class), s);
                }
            }
            case 11 -> m.call(w, "println", t(String.class), s);
            case 12 -> m.call(w, "print", t(double.class), r.nextDouble());
            case 13 -> m.call(w, "printf", t(String.class, Object[].class), "%d|%5s|%n", new Object[] {off, s});
            case 14 -> m.call(w, "println", t());
            default -> m.call(w, "checkError", t());
        }
    }

    @Test
    void readerChainsFollowTheJdk() {
        SplittableRandom r = new SplittableRandom(24);
        List<String> charsets = CharsetsTest.NAMES;
        for (int chain = 0; chain < 700; chain++) {
            Mirror m = new Mirror();
            String text = text(r, 30);
            Mirror.Pair in = switch (r.nextInt(4)) {
                case 0 -> m.construct(StringReader.class, t(String.class), text);
                case 1 -> m.construct(CharArrayReader.class, t(char[].class, int.class, int.class), text.toCharArray(),
                        r.nextInt(2), text.length());
                default -> {
                    Charset cs = Charset.forName(charsets.get(r.nextInt(charsets.size())));
                    byte[] bytes = r.nextInt(4) == 0 ? CharsetsTest.randomBytes(r) : text.getBytes(cs);
                    yield m.construct(InputStreamReader.class, t(InputStream.class, Charset.class),
                            byteSource(m, r, bytes).jdk(), cs);
                }
            };
            int kind = r.nextInt(4);
            if (in == null) {
                continue; // a bad offset: both constructors threw the same
            }
            if (kind == 0) {
                in = m.construct(BufferedReader.class, t(Reader.class, int.class), in.jdk(), 1 + r.nextInt(6));
            } else if (kind == 1) {
                in = m.construct(PushbackReader.class, t(Reader.class, int.class), in.jdk(), 1 + r.nextInt(3));
            }
            for (int step = 0; in != null && step < 30; step++) {
                readerStep(m, in, kind, r);
            }
        }
    }

    @Test
    void encodingNamesAndCharsetNameConstructorsAreTheJdks() {
        Mirror m = new Mirror();
        for (String name : List.of("UTF-8", "utf8", "latin1", "US-ASCII", "UTF-16", "UTF-16BE", "UTF-16LE", "bogus")) {
            Mirror.Pair in = m.construct(InputStreamReader.class, t(InputStream.class, String.class),
                    m.construct(ByteArrayInputStream.class, t(byte[].class), new byte[] {65}).jdk(), name);
            Mirror.Pair out = m.construct(OutputStreamWriter.class, t(OutputStream.class, String.class),
                    m.construct(ByteArrayOutputStream.class, t()).jdk(), name);
            if (in != null) {
                m.call(in, "getEncoding", t());
                m.call(out, "getEncoding", t());
                m.call(in, "close", t());
                m.call(in, "getEncoding", t());
            }
        }
    }

    private static void readerStep(Mirror m, Mirror.Pair in, int kind, SplittableRandom r) {
        int n = r.nextInt(10) - 1;
        switch (r.nextInt(13)) {
            case 0, 1 -> m.call(in, "read", t());
            case 2, 3 -> m.call(in, "read", t(char[].class, int.class, int.class), new char[8], r.nextInt(3), n);
            case 4 -> m.call(in, "skip", t(long.class), (long) n);
            case 5 -> m.call(in, "ready", t());
            case 6 -> m.call(in, "mark", t(int.class), n);
            case 7 -> m.call(in, "reset", t());
            case 8 -> m.call(in, r.nextInt(6) == 0 ? "close" : "markSupported", t());
            case 9 -> {
                Object cb = r.nextInt(4) == 0 ? m.callStatic(CharBuffer.class, "wrap", t(CharSequence.class), "ro")
                        : m.callStatic(CharBuffer.class, "allocate", t(int.class), n + 1);
                Mirror.Pair target = new Mirror.Pair(cb, cb == null ? null : m.counterpart(cb));
                if (cb != null) {
                    m.call(in, "read", t(CharBuffer.class), cb);
                    m.call(target, "flip", t());
                    m.call(target, "toString", t());
                }
            }
            case 10 -> {
                Mirror.Pair sink = m.construct(StringWriter.class, t());
                m.call(in, "transferTo", t(Writer.class), sink.jdk());
                m.call(sink, "toString", t());
            }
            default -> {
                if (kind == 0) {
                    m.call(in, "readLine", t());
                } else if (kind == 1) {
                    m.call(in, "unread", t(char[].class, int.class, int.class), new char[] {'u', 'v'}, 0,
                            r.nextInt(3));
                } else {
                    m.call(in, "read", t(char[].class), new char[n + 1]);
                }
            }
        }
        assertTrue(n >= -1);
    }
}
