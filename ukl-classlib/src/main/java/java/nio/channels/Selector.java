package java.nio.channels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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

    /**
     * Selects and hands each selected key to {@code action} instead of leaving it in the
     * selected-key set (which is cleared before and after), as the JDK's default does; {@code timeout}
     * as for {@link #select(long)}.
     */
    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return doSelect(Objects.requireNonNull(action), timeout);
    }

    public int select(Consumer<SelectionKey> action) throws IOException {
        return select(action, 0);
    }

    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return doSelect(Objects.requireNonNull(action), -1);
    }

    private int doSelect(Consumer<SelectionKey> action, long timeout) throws IOException {
        Set<SelectionKey> selected = selectedKeys();
        selected.clear();
        int n = timeout < 0 ? selectNow() : select(timeout);
        List<SelectionKey> keys = new ArrayList<>(selected);
        selected.clear();
        for (SelectionKey k : keys) {
            action.accept(k);
            if (!isOpen()) {
                throw new ClosedSelectorException();
            }
        }
        return n;
    }

    public abstract Selector wakeup();

    @Override
    public abstract void close() throws IOException;
}
