package java.io;

/** Big-endian primitives and modified UTF-8 (DataOutput's javadoc); {@link #size()} counts what was written. */
public class DataOutputStream extends FilterOutputStream implements DataOutput {
    protected int written;
    private final byte[] writeBuffer = new byte[8];

    public DataOutputStream(OutputStream out) {
        super(out);
    }

    private void incCount(int value) {
        int temp = written + value;
        written = temp < 0 ? Integer.MAX_VALUE : temp;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        incCount(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        incCount(len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    @Override
    public final void writeByte(int v) throws IOException {
        write(v);
    }

    @Override
    public final void writeShort(int v) throws IOException {
        writeBuffer[0] = (byte) (v >>> 8);
        writeBuffer[1] = (byte) v;
        write(writeBuffer, 0, 2);
    }

    @Override
    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public final void writeInt(int v) throws IOException {
        for (int i = 0; i < 4; i++) {
            writeBuffer[i] = (byte) (v >>> 24 - 8 * i);
        }
        write(writeBuffer, 0, 4);
    }

    @Override
    public final void writeLong(long v) throws IOException {
        for (int i = 0; i < 8; i++) {
            writeBuffer[i] = (byte) (v >>> 56 - 8 * i);
        }
        write(writeBuffer, 0, 8);
    }

    @Override
    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    /** The low byte of each char. */
    @Override
    public final void writeBytes(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            out.write((byte) s.charAt(i));
        }
        incCount(len);
    }

    @Override
    public final void writeChars(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            int v = s.charAt(i);
            out.write(v >>> 8 & 0xff);
            out.write(v & 0xff);
        }
        incCount(len * 2);
    }

    @Override
    public final void writeUTF(String str) throws IOException {
        writeUTF(str, this);
    }

    /**
     * Modified UTF-8: U+0000 takes two bytes and supplementary characters are two three-byte
     * surrogates; the two-byte length prefix limits the encoding to 65535 bytes.
     */
    static int writeUTF(String str, DataOutput out) throws IOException {
        int strlen = str.length();
        int utflen = strlen;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            if (c >= 0x80 || c == 0) {
                utflen += c >= 0x800 ? 2 : 1;
            }
        }
        if (utflen > 65535 || utflen < strlen) {
            long actual = (long) strlen + Integer.toUnsignedLong(utflen - strlen);
            throw new UTFDataFormatException("encoded string (" + str.substring(0, 8) + "..."
                    + str.substring(strlen - 8, strlen) + ") too long: " + actual + " bytes");
        }
        byte[] bytes = new byte[utflen + 2];
        int count = 0;
        bytes[count++] = (byte) (utflen >>> 8);
        bytes[count++] = (byte) utflen;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            if (c < 0x80 && c != 0) {
                bytes[count++] = (byte) c;
            } else if (c >= 0x800) {
                bytes[count++] = (byte) (0xe0 | c >> 12 & 0x0f);
                bytes[count++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[count++] = (byte) (0x80 | c & 0x3f);
            } else {
                bytes[count++] = (byte) (0xc0 | c >> 6 & 0x1f);
                bytes[count++] = (byte) (0x80 | c & 0x3f);
            }
        }
        out.write(bytes, 0, utflen + 2);
        return utflen + 2;
    }

    public final int size() {
        return written;
    }
}
