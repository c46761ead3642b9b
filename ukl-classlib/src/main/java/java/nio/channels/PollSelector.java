package java.nio.channels;

import java.io.IOException;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelectionKey;
import java.nio.channels.spi.AbstractSelector;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import ukl.libc.Libc;

/**
 * The image's selector: one {@code poll(2)} over the registered channels per selection
 * operation, with the JDK's selection semantics (Selector's class comment): cancelled keys are
 * deregistered before and after polling; a key already selected has its ready set or-ed with the
 * new operations, a key not yet selected gets the new set and joins the selected-key set; the
 * count is the number of keys whose ready set changed. The {@code select(Consumer)} forms set each
 * ready key's ready set and hand it to the action without touching the selected-key set, as the
 * JDK's {@code SelectorImpl} does.
 *
 * <p>A selection allocates nothing once the poll arrays have grown to the number of keys: the key
 * sets are {@link PollKeySet}s and the arrays are kept between selections. They are rewritten only
 * when a key was registered, cancelled or given other interest ops since the last selection (the
 * JDK's selectors update their arrays the same way): a server's selection otherwise asks no
 * channel for its descriptor.
 *
 * <p>{@link #wakeup()} from another thread makes a selection under way return at once (the kernel's
 * poll of the selecting thread is woken, {@code Libc.thread_wake}); between selections it makes
 * the next one return at once, as the JDK's does. An interrupt does the same to a selection under
 * way (the kernel's poll returns {@code -EINTR}), and a selection by a thread whose interrupt status
 * is set does not wait; the status stays set (JDK 25, checked on this machine).
 */
final class PollSelector extends AbstractSelector {
    private final PollKeySet registered = new PollKeySet(false);
    private final PollKeySet selected = new PollKeySet(true);
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(registered);
    private PollKey[] polled = new PollKey[8];
    private int[] fds = new int[8];
    private short[] events = new short[8];
    private short[] revents = new short[8];
    /** How many of {@link #polled} hold keys. */
    private int polledCount;
    /** Whether {@link #polled}, {@link #fds} and {@link #events} no longer match the registered keys. */
    private boolean stale = true;

    private boolean wakeupPending;
    /** The thread in a selection, or null. */
    private Object selecting;

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object att) {
        if (!(ch instanceof SelChImpl)) {
            throw new IllegalSelectorException();
        }
        ensureOpen();
        PollKey k = new PollKey(ch, this);
        k.interestOps(ops);
        k.attach(att);
        registered.insert(k);
        stale = true;
        return k;
    }

    /** A key's interest ops changed: the next selection polls for the new ones. */
    void interestChanged() {
        stale = true;
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
        return selected;
    }

    @Override
    public int selectNow() throws IOException {
        return doSelect(null, 0);
    }

    @Override
    public int select(long timeout) throws IOException {
        return doSelect(null, pollTimeout(timeout));
    }

    @Override
    public int select() throws IOException {
        return doSelect(null, -1);
    }

    @Override
    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        return doSelect(Objects.requireNonNull(action), pollTimeout(timeout));
    }

    @Override
    public int select(Consumer<SelectionKey> action) throws IOException {
        return doSelect(Objects.requireNonNull(action), -1);
    }

    @Override
    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return doSelect(Objects.requireNonNull(action), 0);
    }

    /** A selection timeout in milliseconds as poll takes it: 0 (for ever) becomes -1. */
    private static int pollTimeout(long timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return timeout == 0 ? -1 : (int) Math.min(timeout, Integer.MAX_VALUE);
    }

    @Override
    public Selector wakeup() {
        wakeupPending = true;
        Object t = selecting;
        if (t != null) {
            Libc.thread_wake(t);
        }
        return this;
    }

    private int doSelect(Consumer<SelectionKey> action, int millis) throws IOException {
        ensureOpen();
        Object me = Libc.thread_self();
        selecting = me; // first, so that a wakeup from now on reaches this selection
        if (wakeupPending || (millis != 0 && Libc.thread_interrupted(me, false))) {
            millis = 0; // an interrupted thread's selection does not wait (the JDK's begin() wakes it up)
        }
        processDeregistrations();
        if (stale) {
            refill();
        }
        int n = polledCount;
        // poll writes every revents[i] below n, as poll(2) does: nothing to clear first
        int r = Libc.poll(fds, events, revents, n, millis);
        selecting = null;
        wakeupPending = false;
        if (r < 0 && r != -Libc.EINTR) {
            throw java.net.SocketDescriptor.error(r);
        }
        processDeregistrations();
        return r > 0 ? processReady(action, n) : 0;
    }

    /**
     * Writes the registered keys' descriptors and interest ops into the poll arrays, and drops
     * the references to keys deregistered since, so that a closed channel's key does not outlive
     * it here.
     */
    private void refill() {
        stale = false; // first: a change while this runs (another thread's) marks the arrays again
        int n = registered.size();
        if (n > polled.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            PollKey k = registered.get(i);
            polled[i] = k;
            fds[i] = ((SelChImpl) k.channel()).descriptor().fd();
            events[i] = SelChImpl.pollEvents(k.interestOps);
        }
        for (int i = n; i < polledCount; i++) {
            polled[i] = null;
        }
        polledCount = n;
    }

    /** Updates the ready keys of the last poll, or hands them to {@code action}: the count of keys updated. */
    private int processReady(Consumer<SelectionKey> action, int n) {
        int updated = 0;
        for (int i = 0; i < n; i++) {
            PollKey k = polled[i];
            if (revents[i] == 0 || !k.isValid()) {
                continue; // a key the action cancelled, or whose channel it closed, is not handed on
            }
            int ready = ((SelChImpl) k.channel()).readyOps(revents[i], k.interestOps);
            if (ready == 0) {
                continue;
            }
            if (action != null) {
                k.readyOps = ready;
                action.accept(k);
                ensureOpen();
                updated++;
            } else if (selected.contains(k)) {
                if ((k.readyOps | ready) != k.readyOps) {
                    k.readyOps |= ready;
                    updated++;
                }
            } else {
                k.readyOps = ready;
                selected.insert(k);
                updated++;
            }
        }
        return updated;
    }

    private void grow(int n) {
        int cap = Math.max(n, polled.length * 2);
        polled = new PollKey[cap];
        fds = new int[cap];
        events = new short[cap];
        revents = new short[cap];
    }

    private void processDeregistrations() {
        Set<SelectionKey> cancelled = cancelledKeys();
        if (cancelled.isEmpty()) {
            return;
        }
        for (SelectionKey k : cancelled) {
            registered.remove(k);
            selected.remove(k);
            deregister((AbstractSelectionKey) k);
        }
        cancelled.clear();
        stale = true;
    }

    @Override
    protected void implCloseSelector() {
        for (int i = registered.size() - 1; i >= 0; i--) {
            registered.get(i).cancel();
        }
        processDeregistrations();
    }
}
