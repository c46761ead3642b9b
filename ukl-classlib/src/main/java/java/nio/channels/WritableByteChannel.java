package java.nio.channels;

/** A channel bytes are written to. */
public interface WritableByteChannel extends Channel {
    int write(java.nio.ByteBuffer src) throws java.io.IOException;
}
