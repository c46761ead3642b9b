package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.InterruptibleChannel;

/**
 * A channel closed once ({@link #close()} calls {@link #implCloseChannel()} the first time only),
 * and interruptible as the JDK's: a blocking operation brackets itself with {@link #begin()} and
 * {@link #end(boolean)}; {@code Thread.interrupt()} of the thread blocked in between, or an
 * interrupt status already set at {@code begin()}, closes the channel and makes {@code end} throw
 * {@link ClosedByInterruptException}, the status kept. The closing runs in the interrupting
 * thread, so the channel is closed when {@code interrupt()} returns, as in the JDK; the kernel
 * ends the blocked thread's wait in its system call with {@code -EINTR}, and the descriptor,
 * already closed, is not touched again. Another thread's {@code close()} makes the blocked
 * operation end with {@link AsynchronousCloseException}. Non-blocking operations do not bracket
 * themselves, so they cost nothing more.
 */
public abstract class AbstractInterruptibleChannel implements Channel, InterruptibleChannel {
    private boolean closed;
    /** The thread whose interrupt closed this channel, until its end() has thrown. */
    private Thread interruptedTarget;

    private ThreadBlocker interruptor;

    protected AbstractInterruptibleChannel() {}

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            implCloseChannel();
        }
    }

    @Override
    public final boolean isOpen() {
        return !closed;
    }

    protected abstract void implCloseChannel() throws IOException;

    /** Marks the beginning of an I/O operation that might block indefinitely. */
    protected final void begin() {
        ThreadBlocker b = interruptor;
        if (b == null) {
            b = new Interruptor();
            interruptor = b;
        }
        ThreadBlocker.blockedOn(b);
        Thread me = Thread.currentThread();
        if (me.isInterrupted()) {
            b.interrupt(me);
        }
    }

    /** Marks the end of an I/O operation that may have blocked; {@code completed}: it had an effect. */
    protected final void end(boolean completed) throws AsynchronousCloseException {
        ThreadBlocker.blockedOn(null);
        Thread target = interruptedTarget;
        if (target != null && target == Thread.currentThread()) {
            interruptedTarget = null;
            throw new ClosedByInterruptException();
        }
        if (!completed && closed) {
            throw new AsynchronousCloseException();
        }
    }

    /** What Thread.interrupt calls: records the thread (the first one) and closes the channel. */
    private final class Interruptor extends ThreadBlocker {
        @Override
        public void interrupt(Thread target) {
            if (interruptedTarget == null) {
                interruptedTarget = target;
            }
            try {
                close();
            } catch (IOException e) {
                // as the JDK's postInterrupt: the channel counts as closed
            }
        }
    }
}
