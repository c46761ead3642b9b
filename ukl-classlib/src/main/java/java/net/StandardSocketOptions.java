package java.net;

/**
 * The standard socket options images support: those the kernel implements (docs of
 * {@code ukl.libc.Libc.setsockopt}). Multicast, type-of-service and SO_REUSEPORT are left out, so
 * that a program using them fails to link rather than at run time.
 */
public final class StandardSocketOptions {
    private StandardSocketOptions() {}

    public static final SocketOption<Boolean> SO_BROADCAST = new StdOption<>("SO_BROADCAST", Boolean.class);
    public static final SocketOption<Boolean> SO_KEEPALIVE = new StdOption<>("SO_KEEPALIVE", Boolean.class);
    public static final SocketOption<Integer> SO_SNDBUF = new StdOption<>("SO_SNDBUF", Integer.class);
    public static final SocketOption<Integer> SO_RCVBUF = new StdOption<>("SO_RCVBUF", Integer.class);
    public static final SocketOption<Boolean> SO_REUSEADDR = new StdOption<>("SO_REUSEADDR", Boolean.class);
    public static final SocketOption<Integer> SO_LINGER = new StdOption<>("SO_LINGER", Integer.class);
    public static final SocketOption<Boolean> TCP_NODELAY = new StdOption<>("TCP_NODELAY", Boolean.class);

    private static final class StdOption<T> implements SocketOption<T> {
        private final String name;
        private final Class<T> type;

        StdOption(String name, Class<T> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
