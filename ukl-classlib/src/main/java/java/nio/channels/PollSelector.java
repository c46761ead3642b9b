package java.nio.channels;

import java.io.IOException;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelectionKey;
import java.nio.channels.spi.AbstractSelector;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import ukl.libc.Libc;

/**
 * The image's selector: one {@code poll(2)} over the registered channels per selection
 * operation, with the JDK's selection semantics (Selector's class comment): cancelled keys are
 * deregistered before and after polling; a key already selected has its ready set or-ed with the
 * new operations, a key not yet selected gets the new set and joins the selected-key set; the
 * count is the number of keys whose ready set changed.
 *
 * <p>Images have one thread, so {@link #wakeup()} can only be called between selections: it makes
 * the next one return at once, as it does in the JDK when no selection is under way.
 */
final class PollSelector extends AbstractSelector {
    private final Set<SelectionKey> keys = new HashSet<>();
    private final Set<SelectionKey> selected = new HashSet<>();
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(keys);
    private final Set<SelectionKey> publicSelected = new Ungrowable(selected);
    private boolean wakeupPending;

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object att) {
        if (!(ch instanceof SelChImpl)) {
            throw new IllegalSelectorException();
        }
        ensureOpen();
        PollKey k = new PollKey(ch, this);
        k.interestOps(ops);
        k.attach(att);
        keys.add(k);
        return k;
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw new ClosedSelectorException();
        }
    }

    @Override
    public Set<SelectionKey> keys() {
        ensureOpen();
        return publicKeys;
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        ensureOpen();
        return publicSelected;
    }

    @Override
    public int selectNow() throws IOException {
        return doSelect(0);
    }

    @Override
    public int select(long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return doSelect(timeout == 0 ? -1 : (int) Math.min(timeout, Integer.MAX_VALUE));
    }

    @Override
    public int select() throws IOException {
        return doSelect(-1);
    }

    @Override
    public Selector wakeup() {
        wakeupPending = true;
        return this;
    }

    private int doSelect(int millis) throws IOException {
        ensureOpen();
        if (wakeupPending) {
            millis = 0;
            wakeupPending = false;
        }
        processDeregistrations();
        List<PollKey> polled = new ArrayList<>(keys.size());
        for (SelectionKey k : keys) {
            polled.add((PollKey) k);
        }
        int n = polled.size();
        int[] fds = new int[n];
        short[] events = new short[n];
        short[] revents = new short[n];
        for (int i = 0; i < n; i++) {
            PollKey k = polled.get(i);
            fds[i] = ((SelChImpl) k.channel()).descriptor().fd();
            events[i] = SelChImpl.pollEvents(k.interestOps);
        }
        int r = Libc.poll(fds, events, revents, n, millis);
        if (r < 0 && r != -Libc.EINTR) {
            throw java.net.SocketDescriptor.error(r);
        }
        processDeregistrations();
        int updated = 0;
        for (int i = 0; r > 0 && i < n; i++) {
            PollKey k = polled.get(i);
            if (revents[i] == 0 || !k.isValid()) {
                continue;
            }
            int ready = ((SelChImpl) k.channel()).readyOps(revents[i], k.interestOps);
            if (ready == 0) {
                continue;
            }
            if (selected.contains(k)) {
                if ((k.readyOps | ready) != k.readyOps) {
                    k.readyOps |= ready;
                    updated++;
                }
            } else {
                k.readyOps = ready;
                selected.add(k);
                updated++;
            }
        }
        return updated;
    }

    private void processDeregistrations() {
        Set<SelectionKey> cancelled = cancelledKeys();
        if (cancelled.isEmpty()) {
            return;
        }
        for (SelectionKey k : cancelled) {
            keys.remove(k);
            selected.remove(k);
            deregister((AbstractSelectionKey) k);
        }
        cancelled.clear();
    }

    @Override
    protected void implCloseSelector() {
        for (SelectionKey k : new ArrayList<>(keys)) {
            k.cancel();
        }
        processDeregistrations();
    }

    /** The selected-key set as programs see it: keys may be removed, never added (Selector's class comment). */
    private static final class Ungrowable extends AbstractSet<SelectionKey> {
        private final Set<SelectionKey> set;

        Ungrowable(Set<SelectionKey> set) {
            this.set = set;
        }

        @Override
        public Iterator<SelectionKey> iterator() {
            return set.iterator();
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return set.remove(o);
        }

        @Override
        public void clear() {
            set.clear();
        }

        @Override
        public boolean add(SelectionKey k) {
            throw new UnsupportedOperationException();
        }
    }
}
