package java.nio.channels;

/** A blocking channel operation ended because another thread closed the channel. */
public class AsynchronousCloseException extends ClosedChannelException {
    public AsynchronousCloseException() {}
}
