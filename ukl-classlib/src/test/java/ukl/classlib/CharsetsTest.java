package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The six standard charsets against the JDK's: random bytes (mostly near-UTF-8 and -16, so that
 * truncated, overlong and surrogate sequences are common) decoded with errors replaced, reported
 * and ignored, whole and in pieces through small output buffers; random text with unpaired
 * surrogates and unmappable chars encoded the same ways.
 */
class CharsetsTest {
    static final List<String> NAMES = List.of("UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16BE", "UTF-16LE");
    /** Bytes that make interesting UTF-8 and UTF-16: ASCII, continuations, every kind of lead, BOM halves. */
    private static final int[] BYTES = {0x41, 0x00, 0x7f, 0x80, 0x8f, 0x90, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
        0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf8, 0xff, 0xfe, 0xd8, 0xdc, 0xdb};
    private static final char[] CHARS = {'a', 'Z', '\0', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\ud83d', '\ude00',
        '\ufeff', '\ufffe', '\uffff', '\u07ff', '\u0800'};
    private static final CodingErrorAction[] ACTIONS = {CodingErrorAction.REPLACE, CodingErrorAction.REPORT,
        CodingErrorAction.IGNORE};

    private static Class<?>[] t(Class<?>... types) {
        return types;
    }

    static byte[] randomBytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(14)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (r.nextInt(8) == 0 ? r.nextInt(256) : BYTES[r.nextInt(BYTES.length)]);
        }
        return b;
    }

    static String randomText(SplittableRandom r) {
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(10); n > 0; n--) {
            if (r.nextInt(4) == 0) {
                s.append("\ud83d\ude00");
            } else {
                s.append(CHARS[r.nextInt(CHARS.length)]);
            }
        }
        return s.toString();
    }

    private static Mirror.Pair pair(Mirror m, Object jdk) {
        return new Mirror.Pair(jdk, m.counterpart(jdk));
    }

    /** The buffer's position and limit and its elements below the limit agree. */
    private static void contents(Mirror m, Mirror.Pair buffer) {
        m.call(buffer, "position", t());
        m.call(buffer, "limit", t());
        for (int i = 0; i < ((java.nio.Buffer) buffer.jdk()).limit(); i++) {
            m.call(buffer, "get", t(int.class), i);
        }
    }

    @Test
    void randomBytesDecodeAsOnTheJdkWithErrorsReplacedOrReported() {
        SplittableRandom r = new SplittableRandom(11);
        Mirror m = new Mirror();
        for (int step = 0; step < 6000; step++) {
            Mirror.Pair cs = pair(m, m.callStatic(Charset.class, "forName", t(String.class),
                    NAMES.get(r.nextInt(NAMES.size()))));
            byte[] bytes = randomBytes(r);
            Mirror.Pair bb = pair(m, m.callStatic(ByteBuffer.class, "wrap", t(byte[].class), bytes));
            if (r.nextBoolean()) {
                Object out = m.call(cs, "decode", t(ByteBuffer.class), bb.jdk());
                contents(m, pair(m, out));
            } else {
                // a new decoder reports: the exception names the length, the position is where it stopped
                Mirror.Pair dec = pair(m, m.call(cs, "newDecoder", t()));
                m.call(dec, "decode", t(ByteBuffer.class), bb.jdk());
                contents(m, bb);
            }
            m.forget(4);
        }
    }

    @Test
    void decodingInPiecesThroughSmallBuffersMatchesTheJdkStepByStep() {
        SplittableRandom r = new SplittableRandom(12);
        Mirror m = new Mirror();
        for (int step = 0; step < 3000; step++) {
            Mirror.Pair cs = pair(m, m.callStatic(Charset.class, "forName", t(String.class),
                    NAMES.get(r.nextInt(NAMES.size()))));
            Mirror.Pair dec = pair(m, m.call(cs, "newDecoder", t()));
            m.call(dec, "onMalformedInput", t(CodingErrorAction.class), ACTIONS[r.nextInt(3)]);
            if (r.nextInt(4) == 0) {
                m.call(dec, "replaceWith", t(String.class), r.nextBoolean() ? "?" : "");
            }
            byte[] bytes = randomBytes(r);
            Mirror.Pair in = pair(m, m.callStatic(ByteBuffer.class, "wrap", t(byte[].class), bytes));
            if (r.nextInt(3) == 0) {
                // without an accessible array the JDK's coders take their other loop
                in = pair(m, m.call(in, "asReadOnlyBuffer", t()));
            }
            Mirror.Pair out = pair(m, m.callStatic(CharBuffer.class, "allocate", t(int.class), 1 + r.nextInt(3)));
            m.call(in, "limit", t(int.class), 0);
            boolean eof = false;
            for (int round = 0; round < 100; round++) {
                CoderResult cr = (CoderResult) m.call(dec, "decode", t(ByteBuffer.class, CharBuffer.class,
                        boolean.class), in.jdk(), out.jdk(), eof);
                contents(m, in);
                contents(m, out);
                if (cr == null) {
                    break; // the decoder refused the call (state): both sides threw the same
                }
                if (cr.isOverflow() || r.nextInt(3) == 0) {
                    m.call(out, "clear", t());
                }
                if (cr.isError()) {
                    m.call(in, "position", t(int.class), ((ByteBuffer) in.jdk()).position() + cr.length());
                } else if (cr.isUnderflow()) {
                    if (eof) {
                        m.call(dec, "flush", t(CharBuffer.class), out.jdk());
                        break;
                    }
                    int lim = ((ByteBuffer) in.jdk()).limit();
                    m.call(in, "limit", t(int.class), Math.min(bytes.length, lim + r.nextInt(4)));
                    eof = ((ByteBuffer) in.jdk()).limit() == bytes.length && r.nextBoolean();
                }
            }
            m.forget(4);
        }
    }

    @Test
    void randomTextEncodesAsOnTheJdk() {
        SplittableRandom r = new SplittableRandom(13);
        Mirror m = new Mirror();
        for (int step = 0; step < 5000; step++) {
            Mirror.Pair cs = pair(m, m.callStatic(Charset.class, "forName", t(String.class),
                    NAMES.get(r.nextInt(NAMES.size()))));
            String text = randomText(r);
            switch (r.nextInt(4)) {
                case 0 -> contents(m, pair(m, m.call(cs, "encode", t(String.class), text)));
                case 1 -> {
                    Mirror.Pair enc = pair(m, m.call(cs, "newEncoder", t()));
                    Mirror.Pair cb = pair(m, m.callStatic(CharBuffer.class, "wrap", t(CharSequence.class), text));
                    m.call(enc, "onUnmappableCharacter", t(CodingErrorAction.class), ACTIONS[r.nextInt(3)]);
                    m.call(enc, "onMalformedInput", t(CodingErrorAction.class), ACTIONS[r.nextInt(3)]);
                    Object out = m.call(enc, "encode", t(CharBuffer.class), cb.jdk());
                    contents(m, cb);
                    if (out != null) {
                        contents(m, pair(m, out));
                    }
                }
                case 2 -> {
                    Mirror.Pair enc = pair(m, m.call(cs, "newEncoder", t()));
                    m.call(enc, "canEncode", t(CharSequence.class), text);
                    m.call(enc, "canEncode", t(char.class), text.isEmpty() ? 'x' : text.charAt(0));
                    m.call(enc, "maxBytesPerChar", t());
                    m.call(enc, "averageBytesPerChar", t());
                    m.call(enc, "replacement", t());
                }
                default -> encodeInPieces(m, cs, text, r);
            }
            m.forget(4);
        }
    }

    /** The encoder fed a few chars at a time into a small output buffer, as a writer does. */
    private static void encodeInPieces(Mirror m, Mirror.Pair cs, String text, SplittableRandom r) {
        Mirror.Pair enc = pair(m, m.call(cs, "newEncoder", t()));
        m.call(enc, "onMalformedInput", t(CodingErrorAction.class), ACTIONS[r.nextInt(3)]);
        m.call(enc, "onUnmappableCharacter", t(CodingErrorAction.class), ACTIONS[r.nextInt(3)]);
        Mirror.Pair in = pair(m, r.nextInt(3) == 0 ? m.callStatic(CharBuffer.class, "wrap", t(CharSequence.class), text)
                : m.callStatic(CharBuffer.class, "wrap", t(char[].class), text.toCharArray()));
        Mirror.Pair out = pair(m, m.callStatic(ByteBuffer.class, "allocate", t(int.class), 4 + r.nextInt(4)));
        m.call(in, "limit", t(int.class), 0);
        boolean eof = false;
        for (int round = 0; round < 100; round++) {
            CoderResult cr = (CoderResult) m.call(enc, "encode", t(CharBuffer.class, ByteBuffer.class, boolean.class),
                    in.jdk(), out.jdk(), eof);
            contents(m, in);
            contents(m, out);
            if (cr == null) {
                break;
            }
            if (cr.isOverflow() || r.nextInt(3) == 0) {
                m.call(out, "clear", t());
            }
            if (cr.isError()) {
                m.call(in, "position", t(int.class), ((CharBuffer) in.jdk()).position() + cr.length());
            } else if (cr.isUnderflow()) {
                if (eof) {
                    m.call(enc, "flush", t(ByteBuffer.class), out.jdk());
                    return;
                }
                int lim = ((CharBuffer) in.jdk()).limit();
                m.call(in, "limit", t(int.class), Math.min(text.length(), lim + r.nextInt(3)));
                eof = ((CharBuffer) in.jdk()).limit() == text.length() && r.nextBoolean();
            }
        }
    }

    @Test
    void namesAliasesAndLookupFailuresAreTheJdks() {
        Mirror m = new Mirror();
        for (String name : List.of("UTF-8", "utf8", "Utf-8", "ISO-8859-1", "latin1", "ISO8859_1", "US-ASCII",
                "ascii", "UTF-16", "utf-16le", "UnicodeBigUnmarked", "UTF_16BE", "bogus", "", "a b", "-utf8",
                "x+y:z_.", "default", "ANSI_X3.4-1986")) {
            Object cs = m.callStatic(Charset.class, "forName", t(String.class), name);
            m.callStatic(Charset.class, "isSupported", t(String.class), name);
            if (cs != null) {
                Mirror.Pair p = pair(m, cs);
                m.call(p, "name", t());
                m.call(p, "toString", t());
                m.call(p, "hashCode", t());
                m.call(p, "canEncode", t());
                m.call(p, "isRegistered", t());
                for (String other : NAMES) {
                    m.call(p, "contains", t(Charset.class), Charset.forName(other));
                    m.call(p, "equals", t(Object.class), Charset.forName(other));
                    m.call(p, "compareTo", t(Charset.class), Charset.forName(other));
                }
                assertTrue(((Charset) cs).aliases().containsAll(aliases(p)), name);
            }
        }
        m.callStatic(Charset.class, "defaultCharset", t());
        m.callStatic(Charset.class, "forName", t(String.class), (Object) null);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> aliases(Mirror.Pair p) {
        return (java.util.Set<String>) Mirror.outcomeOf(() -> p.ours().getClass().getMethod("aliases").invoke(p.ours()));
    }

    @Test
    void coderResultsAndCoderStateErrorsAreTheJdks() {
        Mirror m = new Mirror();
        for (int n = -1; n < 3; n++) {
            Object mal = m.callStatic(CoderResult.class, "malformedForLength", t(int.class), n);
            m.callStatic(CoderResult.class, "unmappableForLength", t(int.class), n);
            if (mal != null) {
                Mirror.Pair p = pair(m, mal);
                m.call(p, "length", t());
                m.call(p, "isError", t());
                m.call(p, "throwException", t());
            }
        }
        Mirror.Pair cs = pair(m, m.callStatic(Charset.class, "forName", t(String.class), "UTF-8"));
        Mirror.Pair dec = pair(m, m.call(cs, "newDecoder", t()));
        Mirror.Pair in = pair(m, m.callStatic(ByteBuffer.class, "allocate", t(int.class), 4));
        Mirror.Pair out = pair(m, m.callStatic(CharBuffer.class, "allocate", t(int.class), 4));
        m.call(dec, "flush", t(CharBuffer.class), out.jdk());
        m.call(dec, "decode", t(ByteBuffer.class, CharBuffer.class, boolean.class), in.jdk(), out.jdk(), true);
        m.call(dec, "decode", t(ByteBuffer.class, CharBuffer.class, boolean.class), in.jdk(), out.jdk(), false);
        m.call(dec, "flush", t(CharBuffer.class), out.jdk());
        m.call(dec, "decode", t(ByteBuffer.class, CharBuffer.class, boolean.class), in.jdk(), out.jdk(), true);
        m.call(dec, "onMalformedInput", t(CodingErrorAction.class), (Object) null);
        m.call(dec, "replaceWith", t(String.class), "ab");
        m.call(dec, "replacement", t());
        Mirror.Pair enc = pair(m, m.call(cs, "newEncoder", t()));
        m.call(enc, "replaceWith", t(byte[].class), (Object) new byte[0]);
        assertEquals(CharsetDecoder.class, ((CharsetDecoder) dec.jdk()).getClass().getSuperclass());
        assertTrue(enc.jdk() instanceof CharsetEncoder);
    }
}
