package java.nio.channels;

/** A channel that can be closed asynchronously (images have one thread, so only by its own thread). */
public interface InterruptibleChannel extends Channel {
    @Override
    void close() throws java.io.IOException;
}
