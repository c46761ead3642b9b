package java.nio.channels;

/** A connection to an I/O entity that is open until closed. */
public interface Channel extends java.io.Closeable {
    boolean isOpen();

    @Override
    void close() throws java.io.IOException;
}
