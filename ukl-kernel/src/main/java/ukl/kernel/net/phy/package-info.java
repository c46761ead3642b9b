/**
 * The device layer: {@link ukl.kernel.net.phy.NetDevice}, the interface a NIC driver implements
 * for the stack, the {@link ukl.kernel.net.phy.Loopback} the interface sends its host-local packets through, and
 * fake devices kept in the library (as smoltcp keeps {@code FaultInjector}) so the whole stack
 * runs and is tested on the JVM.
 *
 * <p>Contract: poll mode, no interrupts, no allocation per frame. Frames are Ethernet II without
 * preamble or FCS. A device may offer checksum offload, as a NIC does: it completes the TCP
 * checksum of a frame it sends (the stack leaves the pseudo-header's sum in the field) and vouches
 * for the transport checksum of a frame it received, which the stack then does not sum again
 * (never for a datagram reassembled from fragments). Depends on nothing else in the stack.
 */
package ukl.kernel.net.phy;
