/**
 * The image's {@code java.nio.channels} subset: socket, server-socket and datagram channels,
 * blocking or not ({@code fcntl(O_NONBLOCK)}), a {@link java.nio.channels.Selector} over
 * {@code poll(2)}, stream adaptors, and the channels' {@code socket()} views as java.net sockets.
 * File channels, pipes, asynchronous channels and multicast are left out, so a program using them
 * fails to link.
 *
 * <p>The channels share {@link java.net.SocketDescriptor} with {@code java.net}: every system call
 * goes through {@code ukl.libc.Libc} there, and Libc's errnos become the JDK's exceptions in one
 * place. A call blocked in one thread is not yet woken when another thread closes its channel or
 * wakes its selector (the JDK would wake it; the blocked call ends at its own readiness or timeout).
 * Depends on {@code java.net}, {@code java.nio}, {@code java.io} and {@code java.util}.
 */
package java.nio.channels;
