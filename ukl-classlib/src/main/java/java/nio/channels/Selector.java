package java.nio.channels;

import java.io.IOException;
import java.util.Set;

/**
 * A multiplexor of selectable channels. {@link #open()} makes the image's one implementation, a
 * selector over {@code poll(2)} (there is no SelectorProvider to choose another).
 */
public abstract class Selector implements java.io.Closeable {
    protected Selector() {}

    public static Selector open() throws IOException {
        return new PollSelector();
    }

    public abstract boolean isOpen();

    public abstract Set<SelectionKey> keys();

    public abstract Set<SelectionKey> selectedKeys();

    public abstract int selectNow() throws IOException;

    public abstract int select(long timeout) throws IOException;

    public abstract int select() throws IOException;

    public abstract Selector wakeup();

    @Override
    public abstract void close() throws IOException;
}
