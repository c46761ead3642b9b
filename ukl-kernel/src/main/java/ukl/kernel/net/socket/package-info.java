/**
 * Sockets: TCP per RFC 9293 (with RFC 6298 retransmission timing, RFC 6528 initial sequence
 * numbers and RFC 5961 challenge ACKs), UDP per RFC 768, and the {@link
 * ukl.kernel.net.socket.SocketSet} that holds them in a fixed table addressed by {@code int}
 * handles (the system calls map file descriptors onto them).
 *
 * <p>One file per kind of socket: {@code TcpSocket} (a connection: its states, segments and
 * timers), {@code TcpListener} (LISTEN with a SYN queue and an accept queue, as Linux; SYN
 * cookies, {@code SynCookies}, once the SYN queue is full, RFC 4987 §3.6), {@code TimeWaits}
 * (TIME-WAIT as compact records outside the table, reopened by a newer SYN as RFC 6191 allows),
 * {@code UdpSocket}; helpers for sequence arithmetic ({@code SeqNum}), rings, reassembly, RTO
 * estimation and ISNs. The set owns the table (slots, ports,
 * demultiplexing); each socket owns its state and its readiness. A segment finds its connection,
 * its listener or its TIME-WAIT record in a {@code ConnectionTable} (a keyed hash of peer and
 * ports), in one probe however many connections are open.
 *
 * <p>Contract: calls return a value ≥ 0 on success and {@code -errno} on failure, with the
 * constants of {@link ukl.kernel.abi.Errno}; nothing blocks, {@code -EAGAIN} means "poll and
 * retry", and readiness is given in {@code poll(2)} bits. Buffers are fixed-capacity rings
 * allocated when a table slot is first used and reused for every later connection in that slot,
 * so the data path allocates nothing.
 *
 * <p>Depends on {@code iface} (which it implements {@link ukl.kernel.net.iface.Transport} for),
 * {@code wire} and {@code abi}.
 */
package ukl.kernel.net.socket;
