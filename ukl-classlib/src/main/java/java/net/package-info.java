/**
 * The image's {@code java.net} subset: IPv4 addresses ({@link java.net.InetAddress}, names from
 * literals, {@code localhost} and the {@code ukl.hosts} table), TCP and UDP sockets, socket options
 * and {@link java.net.URI}. IPv6, multicast, URL and HTTP are left out, so a program using them
 * fails to link, naming the class.
 *
 * <p>Every system call goes through {@code ukl.libc.Libc} (contracts §1) in one class,
 * {@link java.net.SocketDescriptor}, which {@code java.nio.channels} shares and which maps Libc's
 * {@code -errno} results to the JDK's exceptions and messages on Linux ("Connection refused",
 * "Address already in use", "Connection reset", ...). Depends on {@code java.lang}, {@code java.util}
 * and {@code java.io}.
 */
package java.net;
