/**
 * Sockets: TCP per RFC 9293 (with RFC 6298 retransmission timing, RFC 6528 initial sequence
 * numbers and RFC 5961 challenge ACKs), UDP per RFC 768, and the {@link
 * ukl.kernel.net.socket.SocketSet} that holds them in a fixed table addressed by {@code int}
 * handles (later the file descriptors of the socket system calls).
 *
 * <p>Contract: calls return a value ≥ 0 on success and {@code -errno} on failure, with the
 * constants of {@code ukl.libc.Libc}; nothing blocks, {@code -EAGAIN} means "poll and retry".
 * Buffers are fixed-capacity rings allocated when a table slot is first used and reused for every
 * later connection in that slot, so the data path allocates nothing.
 *
 * <p>Depends on {@code iface} (which it implements {@link ukl.kernel.net.iface.Transport} for)
 * and {@code wire}.
 */
package ukl.kernel.net.socket;
