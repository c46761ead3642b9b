/**
 * System calls: {@link ukl.kernel.sys.Sys} has one method per {@code ukl.libc.Libc} stub, with the
 * same name and descriptor; the linker rewrites each stub call site into a call of its twin
 * (docs/contracts.md §1). Failures return {@code -errno}, with Linux's values.
 *
 * <p>Descriptors 0–2 are the serial console; 3 up are TCP sockets, held by {@code Sockets} (a
 * descriptor table over the stack's {@link ukl.kernel.net.socket.SocketSet}). The network comes up
 * on the first {@code socket()} call ({@link ukl.kernel.netdev.Nic}); without a NIC that call
 * returns {@code -ENETDOWN}. The image is single-threaded, so a call that blocks polls the
 * interface until it can complete: it spins on {@code pause} while frames flow, and once the link
 * has been quiet for a few tens of microseconds it halts until the NIC's RX interrupt, the stack's
 * next timer or the call's timeout ({@code CpuMachine}); non-blocking descriptors
 * ({@code SOCK_NONBLOCK}, {@code O_NONBLOCK}, {@code MSG_DONTWAIT}) return {@code -EAGAIN}
 * instead. What the socket layer needs from the machine (time, a way to wait) is the
 * package-private {@code Machine}, so the layer runs on the JVM over the stack's fake devices.
 *
 * <p>Supported: TCP over IPv4, bind to a fixed port then listen, connect from a port the stack
 * picks, poll, shutdown, SO_REUSEADDR and TCP_NODELAY (accepted, without effect). Not supported: UDP, port 0 (automatic) in bind,
 * bind before connect, MSG_PEEK, SO_LINGER.
 *
 * <p>Depends on {@code net.socket}, {@code net.iface}, {@code netdev}, {@code console},
 * {@code time} and {@code arch}. The echo path (poll, read, write) allocates nothing.
 */
package ukl.kernel.sys;
