package java.io;

import java.util.Objects;

/** Big-endian primitives and modified UTF-8 (DataInput's javadoc), EOFException when the stream ends early. */
public class DataInputStream extends FilterInputStream implements DataInput {
    private final byte[] readBuffer = new byte[8];

    public DataInputStream(InputStream in) {
        super(in);
    }

    @Override
    public final int read(byte[] b) throws IOException {
        return in.read(b, 0, b.length);
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public final void readFully(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = in.read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        }
    }

    @Override
    public final int skipBytes(int n) throws IOException {
        int total = 0;
        int cur;
        while (total < n && (cur = (int) in.skip(n - total)) > 0) {
            total += cur;
        }
        return total;
    }

    @Override
    public final boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    @Override
    public final byte readByte() throws IOException {
        return (byte) readUnsignedByte();
    }

    @Override
    public final int readUnsignedByte() throws IOException {
        int ch = in.read();
        if (ch < 0) {
            throw new EOFException();
        }
        return ch;
    }

    @Override
    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public final int readUnsignedShort() throws IOException {
        readFully(readBuffer, 0, 2);
        return (readBuffer[0] & 0xff) << 8 | readBuffer[1] & 0xff;
    }

    @Override
    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public final int readInt() throws IOException {
        readFully(readBuffer, 0, 4);
        return (readBuffer[0] & 0xff) << 24 | (readBuffer[1] & 0xff) << 16 | (readBuffer[2] & 0xff) << 8
                | readBuffer[3] & 0xff;
    }

    @Override
    public final long readLong() throws IOException {
        readFully(readBuffer, 0, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | readBuffer[i] & 0xff;
        }
        return v;
    }

    @Override
    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /**
     * Bytes as Latin-1 chars up to "\n", "\r" or "\r\n"; null at the end of the stream. Deprecated in
     * the JDK, kept because DataInput declares it. A lone "\r" needs one byte of look-ahead, which is
     * pushed back by wrapping the stream, as the JDK does.
     */
    @Override
    public final String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while (true) {
            c = in.read();
            if (c == -1 || c == '\n') {
                break;
            }
            if (c == '\r') {
                int c2 = in.read();
                if (c2 != '\n' && c2 != -1) {
                    if (!(in instanceof PushbackInputStream)) {
                        in = new PushbackInputStream(in);
                    }
                    ((PushbackInputStream) in).unread(c2);
                }
                break;
            }
            line.append((char) c);
        }
        if (c == -1 && line.length() == 0) {
            return null;
        }
        return line.toString();
    }

    @Override
    public final String readUTF() throws IOException {
        return readUTF(this);
    }

    /** Reads a length-prefixed modified UTF-8 string; the messages are the JDK's. */
    public static final String readUTF(DataInput in) throws IOException {
        int utflen = in.readUnsignedShort();
        byte[] bytes = new byte[utflen];
        char[] chars = new char[utflen];
        in.readFully(bytes, 0, utflen);
        int count = 0;
        int n = 0;
        while (count < utflen) {
            int c = bytes[count] & 0xff;
            switch (c >> 4) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                    count++;
                    chars[n++] = (char) c;
                }
                case 12, 13 -> {
                    count += 2;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 1];
                    if ((c2 & 0xc0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + count);
                    }
                    chars[n++] = (char) ((c & 0x1f) << 6 | c2 & 0x3f);
                }
                case 14 -> {
                    count += 3;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 2];
                    int c3 = bytes[count - 1];
                    if ((c2 & 0xc0) != 0x80 || (c3 & 0xc0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) ((c & 0x0f) << 12 | (c2 & 0x3f) << 6 | c3 & 0x3f);
                }
                default -> throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
