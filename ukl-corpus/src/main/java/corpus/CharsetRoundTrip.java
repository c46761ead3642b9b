package corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Text through each standard charset and back, the bytes printed in hex; malformed UTF-8 decoded
 * with replacement (how many U+FFFD each bad sequence costs) and with errors reported; unmappable
 * chars; lookup by alias; and the same text through an OutputStreamWriter and InputStreamReader.
 */
public final class CharsetRoundTrip {
    private CharsetRoundTrip() {}

    /** Ends in an unpaired high surrogate, made at run time: the translator writes literals as UTF-8. */
    private static final String TEXT = "A\u00e9\u20ac\ud83d\ude00" + String.valueOf((char) 0xd800) + "z";

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            String h = Integer.toHexString(b & 0xff);
            s.append(h.length() == 1 ? "0" : "").append(h);
        }
        return s.toString();
    }

    static String codes(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (Charset cs : charsets) {
            byte[] encoded = TEXT.getBytes(cs);
            String back = new String(encoded, cs);
            System.out.println(cs + ": " + hex(encoded) + " -> " + codes(back));
        }
        byte[][] malformed = {{(byte) 0xe2, (byte) 0x82}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xe0, (byte) 0x80, 0x41}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80}, {0x61, (byte) 0x80, 0x62}};
        for (byte[] bad : malformed) {
            System.out.println(hex(bad) + " -> " + codes(new String(bad, StandardCharsets.UTF_8)));
            CharsetDecoder reporting = StandardCharsets.UTF_8.newDecoder();
            ByteBuffer in = ByteBuffer.wrap(bad);
            try {
                reporting.decode(in);
            } catch (CharacterCodingException e) {
                System.out.println("  " + e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + in.position());
            }
        }
        CharsetDecoder ignoring = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        System.out.println("ignored: " + ignoring.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0xff, 0x42})));
        try {
            StandardCharsets.ISO_8859_1.newEncoder().encode(CharBuffer.wrap("a\u20acb"));
        } catch (CharacterCodingException e) {
            System.out.println("unmappable: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println("canEncode " + StandardCharsets.US_ASCII.newEncoder().canEncode('\u00e9')
                + " " + StandardCharsets.UTF_8.newEncoder().canEncode("ok\ud83d\ude00"));
        System.out.println(Charset.forName("latin1") + " " + Charset.forName("utf8") + " " + Charset.isSupported("UTF-16le")
                + " " + Charset.defaultCharset());
        try {
            Charset.forName("no-such-charset");
        } catch (UnsupportedCharsetException e) {
            System.out.println("UnsupportedCharsetException " + e.getMessage());
        }
        try {
            "x".getBytes("no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UnsupportedEncodingException " + e.getMessage());
        }
        System.out.println(new String(new byte[] {(byte) 0xe9, 0x74, (byte) 0xe9}, "ISO-8859-1"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_16LE);
        writer.write(TEXT, 0, 4);
        writer.write(String.valueOf((char) 0xde00) + "!");
        System.out.println("before flush " + bytes.size());
        writer.close();
        System.out.println("written " + hex(bytes.toByteArray()));
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_16LE);
        StringBuilder read = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            read.append((char) c);
        }
        System.out.println("read back " + codes(read.toString()));
        ByteBuffer encoded = StandardCharsets.UTF_8.encode("h\u00e9");
        System.out.println(encoded + " " + StandardCharsets.UTF_8.decode(encoded));
    }
}
