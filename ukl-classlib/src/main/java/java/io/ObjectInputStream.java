package java.io;

/**
 * Present so that code naming it links; ukl does not support Java serialization, so the
 * constructor throws {@link UnsupportedOperationException} (see {@link Serialization}) and no
 * instance ever exists. The other members are unreachable and throw the same.
 */
public class ObjectInputStream extends InputStream implements ObjectInput {
    public ObjectInputStream(InputStream in) throws IOException {
        throw Serialization.unsupported("ObjectInputStream");
    }

    private static UnsupportedOperationException unsupported() {
        return Serialization.unsupported("ObjectInputStream");
    }

    @Override
    public Object readObject() throws IOException, ClassNotFoundException {
        throw unsupported();
    }

    public void defaultReadObject() throws IOException, ClassNotFoundException {
        throw unsupported();
    }

    @Override
    public int read() throws IOException {
        throw unsupported();
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        throw unsupported();
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        throw unsupported();
    }

    @Override
    public int skipBytes(int n) throws IOException {
        throw unsupported();
    }

    @Override
    public boolean readBoolean() throws IOException {
        throw unsupported();
    }

    @Override
    public byte readByte() throws IOException {
        throw unsupported();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        throw unsupported();
    }

    @Override
    public short readShort() throws IOException {
        throw unsupported();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        throw unsupported();
    }

    @Override
    public char readChar() throws IOException {
        throw unsupported();
    }

    @Override
    public int readInt() throws IOException {
        throw unsupported();
    }

    @Override
    public long readLong() throws IOException {
        throw unsupported();
    }

    @Override
    public float readFloat() throws IOException {
        throw unsupported();
    }

    @Override
    public double readDouble() throws IOException {
        throw unsupported();
    }

    @Override
    public String readLine() throws IOException {
        throw unsupported();
    }

    @Override
    public String readUTF() throws IOException {
        throw unsupported();
    }
}
