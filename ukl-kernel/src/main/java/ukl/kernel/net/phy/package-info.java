/**
 * The device layer: {@link ukl.kernel.net.phy.NetDevice}, the interface a NIC driver implements
 * for the stack, the {@link ukl.kernel.net.phy.Loopback} the interface sends its host-local packets through, and
 * fake devices kept in the library (as smoltcp keeps {@code FaultInjector}) so the whole stack
 * runs and is tested on the JVM.
 *
 * <p>Contract: poll mode, no interrupts, no allocation per frame. Frames are Ethernet II without
 * preamble or FCS. Depends on nothing else in the stack.
 */
package ukl.kernel.net.phy;
