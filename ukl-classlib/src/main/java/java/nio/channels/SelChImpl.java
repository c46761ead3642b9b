package java.nio.channels;

import java.net.SocketDescriptor;

/** What {@link PollSelector} needs of a channel: its descriptor and how poll events map to its operations. */
interface SelChImpl {
    SocketDescriptor descriptor();

    /** The {@code poll(2)} events that stand for the operations in {@code ops}. */
    static short pollEvents(int ops) {
        short events = 0;
        if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            events |= ukl.libc.Libc.POLLIN;
        }
        if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            events |= ukl.libc.Libc.POLLOUT;
        }
        return events;
    }

    /**
     * The operations of {@code interest} that {@code revents} makes ready. An error or hang-up makes
     * every operation of interest ready, so that the program's next call sees it (as the JDK's
     * {@code translateReadyOps}).
     */
    default int readyOps(short revents, int interest) {
        if ((revents & (ukl.libc.Libc.POLLERR | ukl.libc.Libc.POLLHUP)) != 0) {
            return interest;
        }
        int ready = 0;
        if ((revents & ukl.libc.Libc.POLLIN) != 0) {
            ready |= SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
        }
        if ((revents & ukl.libc.Libc.POLLOUT) != 0) {
            ready |= SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;
        }
        return ready & interest;
    }
}
