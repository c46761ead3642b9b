package ukl.kernel.sys;

import ukl.kernel.abi.Errno;
import ukl.libc.Libc;

/**
 * The options of each socket descriptor, in the units of {@code Libc.setsockopt}: flags,
 * SO_RCVTIMEO in milliseconds (0 waits for ever), SO_LINGER in seconds or
 * {@link Libc#LINGER_OFF}. Indexed by the descriptor's slot in {@link Sockets}.
 *
 * <p>What takes effect: SO_RCVTIMEO (receive and accept give up with {@code -EAGAIN}),
 * SO_BROADCAST (UDP sends to 255.255.255.255 need it) and SO_LINGER 0 (close resets the
 * connection). The rest is remembered and read back without effect on the stack: it never delays
 * small segments (no Nagle, so TCP_NODELAY holds anyway), sends no keepalive probes, refuses a
 * port any connection still uses (TIME-WAIT included) whatever SO_REUSEADDR says, and never makes
 * close wait to linger. SO_RCVBUF and SO_SNDBUF are accepted and read back as the real, fixed
 * sizes, and SO_ERROR is read-only; {@link Sockets} answers those from the stack.
 */
final class SocketOptions {
    private static final int REUSEADDR = 1;
    private static final int KEEPALIVE = 2;
    private static final int BROADCAST = 4;
    private static final int NODELAY = 8;

    private final int[] flags;
    private final int[] receiveTimeouts;
    private final int[] lingers;

    SocketOptions(int capacity) {
        flags = new int[capacity];
        receiveTimeouts = new int[capacity];
        lingers = new int[capacity];
    }

    /** A new descriptor in {@code slot}: every option at its default. */
    void reset(int slot) {
        flags[slot] = 0;
        receiveTimeouts[slot] = 0;
        lingers[slot] = Libc.LINGER_OFF;
    }

    int receiveTimeoutMillis(int slot) {
        return receiveTimeouts[slot];
    }

    boolean broadcast(int slot) {
        return (flags[slot] & BROADCAST) != 0;
    }

    /** SO_LINGER on with 0 seconds: close aborts the connection. */
    boolean abortOnClose(int slot) {
        return lingers[slot] == 0;
    }

    private static int flag(int level, int name) {
        if (level == Libc.IPPROTO_TCP) {
            return name == Libc.TCP_NODELAY ? NODELAY : 0;
        }
        if (level != Libc.SOL_SOCKET) {
            return 0;
        }
        return switch (name) {
            case Libc.SO_REUSEADDR -> REUSEADDR;
            case Libc.SO_KEEPALIVE -> KEEPALIVE;
            case Libc.SO_BROADCAST -> BROADCAST;
            default -> 0;
        };
    }

    /** setsockopt(2) of an option kept here, or of the buffer sizes (accepted); 0 or -errno. */
    int set(int slot, boolean udp, int level, int name, int value) {
        int flag = flag(level, name);
        if (flag == NODELAY && udp) {
            return -Errno.EOPNOTSUPP;
        }
        if (flag != 0) {
            flags[slot] = value != 0 ? flags[slot] | flag : flags[slot] & ~flag;
            return 0;
        }
        if (level != Libc.SOL_SOCKET) {
            return -Errno.ENOPROTOOPT;
        }
        switch (name) {
            case Libc.SO_RCVTIMEO -> {
                if (value < 0) {
                    return -Errno.EINVAL;
                }
                receiveTimeouts[slot] = value;
            }
            case Libc.SO_LINGER -> lingers[slot] = value < 0 ? Libc.LINGER_OFF : value;
            case Libc.SO_RCVBUF, Libc.SO_SNDBUF -> { }
            default -> {
                return -Errno.ENOPROTOOPT;
            }
        }
        return 0;
    }

    /** getsockopt(2) of an option kept here: its value, or -errno ({@code -ENOPROTOOPT} for the rest). */
    int get(int slot, boolean udp, int level, int name) {
        int flag = flag(level, name);
        if (flag == NODELAY && udp) {
            return -Errno.EOPNOTSUPP;
        }
        if (flag != 0) {
            return (flags[slot] & flag) != 0 ? 1 : 0;
        }
        if (level != Libc.SOL_SOCKET) {
            return -Errno.ENOPROTOOPT;
        }
        return switch (name) {
            case Libc.SO_RCVTIMEO -> receiveTimeouts[slot];
            case Libc.SO_LINGER -> lingers[slot];
            default -> -Errno.ENOPROTOOPT;
        };
    }
}
