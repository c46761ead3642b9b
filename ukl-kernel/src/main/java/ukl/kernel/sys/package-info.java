/**
 * System calls: {@link ukl.kernel.sys.Sys} has one method per {@code ukl.libc.Libc} stub, with the
 * same name and descriptor; the linker rewrites each stub call site into a call of its twin
 * (docs/contracts.md §1). Failures return {@code -errno}, with Linux's values
 * ({@link ukl.kernel.abi.Errno}).
 *
 * <p>Descriptors 0–2 are the console of the platform ({@link ukl.kernel.platform.Platform}: in a
 * VM 0 reads COM1's input, blocking until a byte comes, 1 and 2 write COM1 and COM2; in a Linux
 * process they are its own descriptors 0–2); 3 up are TCP and UDP sockets, held by {@code Sockets} (a
 * descriptor table over the stack's {@link ukl.kernel.net.socket.SocketSet}). The network comes
 * up on the first {@code socket()} or blocking call ({@link ukl.kernel.netdev.Nic}); without a NIC
 * {@code socket()} returns {@code -ENETDOWN}.
 *
 * <p>Blocking: every call that blocks (accept, connect, recv, send on a full buffer, poll, console
 * read) waits in one method, {@code Waiter.await}: "until one of these descriptors is ready or a
 * deadline passes". Waiting polls the interface (only the calling thread waits: each round lets
 * the other runnable threads run, see {@code ukl.kernel.sched}): when no other thread can run,
 * it spins on the NIC's receive ring alone for {@code ukl.spin} (100 µs) after the link's last
 * frame, so a request that follows a reply closely costs no interrupt, then halts until the NIC's RX interrupt, the stack's
 * next timer, a sleeping thread's deadline or the deadline
 * ({@code PlatformMachine} over {@link ukl.kernel.platform.Platform}; in a Linux process it
 * waits in {@code ppoll} on the tap instead). Non-blocking descriptors ({@code SOCK_NONBLOCK}, {@code O_NONBLOCK},
 * {@code MSG_DONTWAIT}) return {@code -EAGAIN} instead, and so does a receive or accept that
 * waited its {@code SO_RCVTIMEO}. What the system calls need from the machine (time, a way to
 * wait, console input) is the package-private {@code Machine}, so the layer runs on the JVM over
 * the stack's fake devices.
 *
 * <p>Supported: TCP and UDP over IPv4; bind (port 0 picks one) then listen, connect from a port
 * the stack picks; sendto/recvfrom, connected UDP; poll, shutdown, getpeername; the options of
 * {@code Libc.setsockopt} (SO_RCVTIMEO, SO_BROADCAST and SO_LINGER 0, an aborting close, take
 * effect; the others are remembered and read back, see {@code SocketOptions}). Not
 * supported: bind before connect on TCP, MSG_PEEK, SO_SNDTIMEO, a close that waits to linger.
 *
 * <p>Depends on {@code net.socket}, {@code net.iface}, {@code netdev}, {@code platform},
 * {@code abi} and {@code sched}. The echo path (poll, read, write) allocates nothing.
 */
package ukl.kernel.sys;
