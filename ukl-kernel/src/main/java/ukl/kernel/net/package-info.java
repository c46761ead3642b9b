/**
 * The kernel's TCP/IP stack: IPv4, ARP, ICMP echo, UDP and TCP over Ethernet.
 *
 * <p>The tree is the architecture (after smoltcp). Layers depend only downward:
 * {@link ukl.kernel.net.socket} (TCP and UDP sockets, the table of handles) →
 * {@link ukl.kernel.net.iface} (one Ethernet interface: ARP, IPv4, ICMP, demultiplexing, timers)
 * → {@link ukl.kernel.net.wire} (views over bytes and validated field records, one pair per
 * format). {@link ukl.kernel.net.phy} sits beside them: the {@code NetDevice} a driver implements,
 * and fake devices for tests.
 *
 * <p>Rules for the whole stack, because it is translated to C and runs in a single-threaded,
 * polling image: no {@code java.util}, no lambdas, no threads; time arrives as an argument
 * ({@code nowNanos}) and randomness as a seed; nothing is allocated per packet once sockets are
 * open (buffers, views and records are preallocated and reused); malformed input is dropped and
 * counted in {@link ukl.kernel.net.iface.NetStats}, never thrown.
 */
package ukl.kernel.net;
