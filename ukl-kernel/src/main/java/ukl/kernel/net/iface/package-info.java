/**
 * One Ethernet interface with one IPv4 address: ARP (RFC 826) with a bounded cache, IPv4 input
 * (RFC 791, RFC 1122 §3.2.1: checksum checked, options and fragments dropped), ICMP echo replies
 * (RFC 792, so the image answers ping), RST for segments to closed ports (RFC 9293 §3.10.7.1), and
 * demultiplexing of TCP and UDP to a {@link ukl.kernel.net.iface.Transport}, which the socket
 * layer implements.
 *
 * <p>Contract: {@link ukl.kernel.net.iface.Interface#poll} is called with the current time; it
 * reads every waiting frame from the {@link ukl.kernel.net.phy.NetDevice}, then lets the transport
 * send what is due. Nothing is queued here: a packet for a next hop whose MAC is unknown is dropped
 * (after an ARP request), and TCP's retransmission recovers it, as in smoltcp. Every dropped frame
 * is counted in {@link ukl.kernel.net.iface.NetStats}; nothing is thrown.
 *
 * <p>Depends on {@code wire} and {@code phy} only; the socket layer sits above and depends on this.
 */
package ukl.kernel.net.iface;
