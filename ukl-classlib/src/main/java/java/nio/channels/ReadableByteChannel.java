package java.nio.channels;

/** A channel bytes are read from: the count read, -1 at end of stream. */
public interface ReadableByteChannel extends Channel {
    int read(java.nio.ByteBuffer dst) throws java.io.IOException;
}
