/**
 * One Ethernet interface with one IPv4 address, plus the host's loopback (127.0.0.0/8 and our own
 * address go through a {@link ukl.kernel.net.phy.Loopback} and never reach the wire; 127/8 from the
 * wire is dropped, RFC 1122 §3.2.1.3 (g)): ARP (RFC 826) with a bounded cache, IPv4 input
 * (RFC 791, RFC 1122 §3.2.1: checksum checked, options skipped, invalid sources discarded),
 * reassembly of fragments in bounded memory ({@code Reassembly}, RFC 1122 §3.3.2), ICMP echo
 * replies (RFC 792, so the image answers ping), port and protocol unreachable (RFC 1122 §3.2.2.1,
 * rate limited by {@code IcmpRateLimit} as Linux), "fragmentation needed" passed up for path MTU
 * (RFC 1191), RST for segments to closed ports (RFC 9293 §3.10.7.1), and demultiplexing of TCP
 * and UDP to a {@link ukl.kernel.net.iface.Transport}, which the socket layer implements.
 *
 * <p>Contract: {@link ukl.kernel.net.iface.Interface#poll} is called with the current time; it
 * reads every waiting frame from the {@link ukl.kernel.net.phy.NetDevice}, then lets the transport
 * send what is due. Nothing is queued here: a packet for a next hop whose MAC is unknown is dropped
 * (after an ARP request), and {@link ukl.kernel.net.iface.Interface#resolve} lets the transport
 * hold it until the reply (UDP queues, a TCP SYN is re-sent), as in smoltcp. Every dropped frame
 * is counted in {@link ukl.kernel.net.iface.NetStats}; nothing is thrown.
 *
 * <p>Depends on {@code wire} and {@code phy} only; the socket layer sits above and depends on this.
 */
package ukl.kernel.net.iface;
