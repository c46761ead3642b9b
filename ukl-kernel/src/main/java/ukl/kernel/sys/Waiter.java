package ukl.kernel.sys;

import ukl.kernel.abi.Errno;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.sched.Scheduler;
import ukl.libc.Libc;

/**
 * The one place a system call blocks: {@link #await} runs the stack and idles until one of some
 * descriptors is ready or a deadline passes. accept, connect, recv, send on a full buffer, poll
 * and console reads all wait here, and only the calling thread waits.
 *
 * <p>Waiting is polling: each round polls the interface (which also drives the NIC), lets the
 * other runnable threads run ({@link Scheduler#othersRunnable}), and, when all that can run are
 * waiters like this one, lets {@link Machine#idle} spin or halt until the stack's next timer, a
 * sleeping thread's deadline or this deadline. A round that only polls ({@link #pump}) is also how a non-blocking call makes
 * progress without ever calling poll. Nothing here allocates.
 */
final class Waiter {
    private final Machine machine;
    /** {@code null} on a machine without a network: then only the console can become ready. */
    private final Interface iface;

    private final Sockets sockets;
    private final TtyInput console;
    /** When {@link Interface#poll} last received or sent a frame. */
    private long quietSince;
    /** How many pumps have received or sent a frame: whether anything happened while a waiter let others run. */
    private long activity;

    Waiter(Machine machine, Interface iface, Sockets sockets) {
        this.machine = machine;
        this.iface = iface;
        this.sockets = sockets;
        this.console = new TtyInput(machine);
    }

    long nanos() {
        return machine.nanos();
    }

    /** The deadline {@code millis} from now; {@code forever} (a negative or zero timeout, as the caller says) is never. */
    long deadline(int millis, boolean forever) {
        return forever ? Long.MAX_VALUE : machine.nanos() + millis * 1_000_000L;
    }

    /** One round of the stack: receive what waits, send what is due. */
    void pump() {
        long now = machine.nanos();
        if (iface != null && iface.poll(now)) {
            quietSince = now;
            activity++;
        }
        HeapReport.tick(now);
    }

    /**
     * Sends what the socket {@code handle} of {@code set} has due, without a whole round: a
     * send(2)'s data leaves in the call, and what waits to be received is the next round's (Linux's
     * send leaves receiving to the softirq). A round costs a pass over the NIC, the loopback and
     * every socket; this is one socket's (the nio echo server: 14,343 → 13,695 guest instructions
     * per round trip, with the clock's multiplication).
     */
    void transmit(SocketSet set, int handle) {
        long now = machine.nanos();
        long before = iface.stats().frames();
        set.dispatch(iface, now, handle);
        if (iface.stats().frames() != before) {
            quietSince = now;
            activity++;
        }
    }

    /** FIONREAD of the console ({@link TtyInput#unread}). */
    int consoleUnread() {
        return console.unread();
    }

    /** poll(2) readiness of one descriptor: the console's, a socket's, or POLLNVAL. */
    int readiness(int fd) {
        if (fd >= Sockets.FIRST_FD && sockets != null) {
            return sockets.readiness(fd); // first: what a server polls
        }
        if (fd == 0) {
            return console.ready() ? Libc.POLLIN : 0;
        }
        if (fd == 1 || fd == 2) {
            return Libc.POLLOUT;
        }
        return Libc.POLLNVAL;
    }

    /**
     * Runs the stack until one of {@code fds[0..nfds)} is ready for what {@code events} asks
     * (POLLERR, POLLHUP and POLLNVAL always count) or {@code deadline} (a {@link #nanos} time)
     * passes, or another thread wakes this one's poll ({@link Scheduler#wakePoll}, Selector.wakeup);
     * fills {@code revents} and returns how many are ready, or {@code -EINTR} when another thread
     * interrupted this one meanwhile (Thread.interrupt). Descriptors below 0 are skipped, as
     * poll(2) does.
     */
    int await(int[] fds, short[] events, short[] revents, int nfds, long deadline) {
        Scheduler.polling(true);
        try {
            return poll(fds, events, revents, nfds, deadline);
        } finally {
            Scheduler.polling(false);
        }
    }

    private int poll(int[] fds, short[] events, short[] revents, int nfds, long deadline) {
        pump();
        for (; ; ) {
            long seen = activity;
            int ready = 0;
            for (int i = 0; i < nfds; i++) {
                int r = fds[i] < 0 ? 0 : readiness(fds[i]);
                r &= events[i] | Libc.POLLERR | Libc.POLLHUP | Libc.POLLNVAL;
                revents[i] = (short) r;
                if (r != 0) {
                    ready++;
                }
            }
            long now = machine.nanos();
            if (Scheduler.takePollWoken() || ready > 0 || now >= deadline) {
                return ready;
            }
            yieldOrIdle(seen, now, deadline);
            if (Scheduler.takePollInterrupted()) {
                return -Errno.EINTR;
            }
            pump();
        }
    }

    /**
     * Other threads run while this one waits; the machine idles only when all that can run poll,
     * and only if no other waiter's pump moved a frame since this one looked at its descriptors
     * ({@code seen}): that frame may be for this one, or for a waiter queued behind it, which must
     * not wait for the next interrupt to learn of it.
     */
    private void yieldOrIdle(long seen, long now, long deadline) {
        if (!Scheduler.othersRunnable() && activity == seen) {
            long wakeBy = Math.min(deadline, Scheduler.nextDeadline());
            machine.idle(quietSince, iface == null ? wakeBy : Math.min(wakeBy, iface.nextDeadline(now)));
        }
    }

    /**
     * Runs the stack until no TCP connection owes its peer data or a FIN, or {@code deadline}
     * passes: what the application wrote before it exited still arrives, as it would from a Linux
     * process, whose kernel goes on sending after the process has gone.
     */
    void drainOutput(long deadline) {
        pump();
        while (sockets != null && sockets.outputPending() && machine.nanos() < deadline) {
            long now = machine.nanos();
            machine.idle(quietSince, Math.min(deadline, iface.nextDeadline(now)));
            pump();
        }
    }

    /** What {@link #awaitOne} answers when the descriptor became ready. */
    static final int READY = 1;

    /** What {@link #awaitOne} answers when the deadline passed first. */
    static final int TIMED_OUT = 0;

    /**
     * {@link #await} for one descriptor: {@link #READY}, {@link #TIMED_OUT} at {@code deadline}, or
     * {@code -EINTR} when another thread interrupted this one meanwhile. That is checked right
     * after the others ran, before the descriptor is looked at again: the interrupting thread may
     * have closed it (an interruptible channel) and opened another under the same number. It keeps
     * its descriptor in its own frame: several threads wait here at once, each on its own.
     */
    int awaitOne(int fd, int events, long deadline) {
        Scheduler.polling(true);
        try {
            pump();
            int wanted = events | Libc.POLLERR | Libc.POLLHUP | Libc.POLLNVAL;
            for (; ; ) {
                long seen = activity;
                if ((readiness(fd) & wanted) != 0) {
                    return READY;
                }
                long now = machine.nanos();
                if (now >= deadline) {
                    return TIMED_OUT;
                }
                yieldOrIdle(seen, now, deadline);
                if (Scheduler.takePollInterrupted()) {
                    return -Errno.EINTR;
                }
                pump();
            }
        } finally {
            Scheduler.polling(false);
        }
    }

    /** read(2) of descriptor 0: blocks until the console has input, and returns at least one byte (never end of file). */
    long readConsole(byte[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        for (; ; ) {
            int n = console.read(buf, off, len);
            if (n > 0) {
                return n;
            }
            if (n < 0) {
                return 0; // end of input: a Ctrl-D (TtyInput)
            }
            awaitOne(0, Libc.POLLIN, Long.MAX_VALUE); // an interrupt does not end a console read, as on a JVM
        }
    }
}
