package corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.io.UTFDataFormatException;

/**
 * Primitives and modified UTF-8 written with DataOutputStream into a byte array and read back
 * with DataInputStream, the bytes printed in hex; then the other byte streams: buffered reads
 * with mark and reset, pushback, a sequence of two streams, and the end-of-stream cases.
 */
public final class DataStreamsRoundTrip {
    private DataStreamsRoundTrip() {}

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            String h = Integer.toHexString(b & 0xff);
            s.append(h.length() == 1 ? "0" : "").append(h);
        }
        return s.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 16));
        out.writeInt(-123456789);
        out.writeLong(Long.MIN_VALUE + 42);
        out.writeShort(0xbeef);
        out.writeChar('\u20ac');
        out.writeBoolean(true);
        out.writeByte(200);
        out.writeFloat(1.5f);
        out.writeDouble(-0.1);
        out.writeUTF("h\u00e9llo \u0000 w\u20acrld \ud83d\ude00");
        out.writeBytes("AB\u0141");
        out.writeChars("Zz");
        System.out.println("size before flush " + out.size() + ", in the array " + bytes.size());
        out.flush();
        byte[] written = bytes.toByteArray();
        System.out.println(written.length + " bytes: " + hex(written));
        System.out.println("as Latin-1, " + bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1).length()
                + " chars; as UTF-8, " + bytes.toString("UTF-8").length());

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(written));
        System.out.println(in.readInt() + " " + in.readLong() + " " + in.readShort() + " " + in.readUnsignedShort());
        System.out.println(in.readBoolean() + " " + in.readUnsignedByte() + " " + in.readFloat() + " " + in.readDouble());
        String utf = in.readUTF();
        System.out.println(utf.length() + " chars, last code point " + Integer.toHexString(utf.codePointAt(utf.length() - 2)));
        byte[] rest = new byte[7];
        in.readFully(rest);
        System.out.println("rest " + hex(rest) + ", available " + in.available() + ", read " + in.read());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOFException " + e.getMessage());
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, (byte) 0xc3, 0x41})).readUTF();
        } catch (UTFDataFormatException e) {
            System.out.println("UTFDataFormatException " + e.getMessage());
        }

        BufferedInputStream buffered = new BufferedInputStream(new ByteArrayInputStream("0123456789".getBytes()), 4);
        buffered.mark(6);
        System.out.println((char) buffered.read() + " skip " + buffered.skip(3) + " " + (char) buffered.read());
        buffered.reset();
        System.out.println("after reset " + new String(buffered.readNBytes(5)) + " then " + new String(buffered.readAllBytes()));
        try {
            buffered.reset();
        } catch (IOException e) {
            System.out.println("IOException " + e.getMessage());
        }

        PushbackInputStream pushback = new PushbackInputStream(new ByteArrayInputStream("xyz".getBytes()), 2);
        int first = pushback.read();
        pushback.unread(first);
        pushback.unread('w');
        try {
            pushback.unread('v');
        } catch (IOException e) {
            System.out.println("IOException " + e.getMessage());
        }
        System.out.println("pushed back: " + new String(pushback.readAllBytes()));

        InputStream both = new SequenceInputStream(new ByteArrayInputStream("abc".getBytes()),
                new ByteArrayInputStream("def".getBytes()));
        byte[] chunk = new byte[5];
        int n = both.read(chunk);
        System.out.println("sequence read " + n + " then " + both.read(chunk, 0, 5) + " then " + both.read(chunk));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.out.println("transferred " + new ByteArrayInputStream(written, 4, 8).transferTo(sink) + ": " + hex(sink.toByteArray()));
        System.out.println("null stream " + InputStream.nullInputStream().read() + " " + InputStream.nullInputStream().readAllBytes().length);
        try {
            new ByteArrayInputStream(new byte[3]).skipNBytes(4);
        } catch (EOFException e) {
            System.out.println("skipNBytes past the end: EOFException");
        }
    }
}
