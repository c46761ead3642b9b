package java.io;

/**
 * Present so that code naming it links; ukl does not support Java serialization, so the
 * constructor throws {@link UnsupportedOperationException} (see {@link Serialization}) and no
 * instance ever exists. The other members are unreachable and throw the same.
 */
public class ObjectOutputStream extends OutputStream implements ObjectOutput {
    public ObjectOutputStream(OutputStream out) throws IOException {
        throw Serialization.unsupported("ObjectOutputStream");
    }

    private static UnsupportedOperationException unsupported() {
        return Serialization.unsupported("ObjectOutputStream");
    }

    @Override
    public void writeObject(Object obj) throws IOException {
        throw unsupported();
    }

    public void defaultWriteObject() throws IOException {
        throw unsupported();
    }

    @Override
    public void write(int b) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeByte(int v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeShort(int v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeChar(int v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeInt(int v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeLong(long v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeFloat(float v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeDouble(double v) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeBytes(String s) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeChars(String s) throws IOException {
        throw unsupported();
    }

    @Override
    public void writeUTF(String s) throws IOException {
        throw unsupported();
    }
}
