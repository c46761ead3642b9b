/**
 * The image's {@code java.nio.channels} subset: socket, server-socket and datagram channels,
 * blocking or not ({@code fcntl(O_NONBLOCK)}), a {@link java.nio.channels.Selector} over
 * {@code poll(2)}, stream adaptors, and the channels' {@code socket()} views as java.net sockets.
 * File channels, pipes, asynchronous channels and multicast are left out, so a program using them
 * fails to link.
 *
 * <p>The channels share {@link java.net.SocketDescriptor} with {@code java.net}: every system call
 * goes through {@code ukl.libc.Libc} there, and Libc's errnos become the JDK's exceptions in one
 * place. Images have one thread: nothing can close a channel or wake a selector while a call blocks.
 * Depends on {@code java.net}, {@code java.nio}, {@code java.io} and {@code java.util}.
 */
package java.nio.channels;
