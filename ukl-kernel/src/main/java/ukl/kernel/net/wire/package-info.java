/**
 * Wire formats: Ethernet II, ARP, IPv4, ICMPv4 echo, UDP, TCP, and the Internet checksum.
 *
 * <p>Each format has two views (after smoltcp's {@code wire} module). A {@code *Packet} is a view
 * over {@code byte[]} + offset + length with a table of field offsets; {@code checkLen()} says
 * whether the buffer is long enough for every field the header claims, and after it returns
 * {@code true} no accessor throws. A {@code *Repr} holds the validated fields: {@code parse(packet)}
 * fills it and returns {@link ukl.kernel.net.wire.Parse#OK} or the reason the packet is malformed,
 * {@code emit(packet)} writes it, {@code bufferLen()} is how many bytes emitting needs.
 *
 * <p>Reprs are mutable, reusable holders rather than Java records: the interface keeps one of each
 * and refills it for every frame, because the echo path must allocate nothing. Payloads are not
 * copied by {@code parse}; a repr refers to them by buffer, offset and length.
 *
 * <p>Depends on nothing outside this package.
 */
package ukl.kernel.net.wire;
