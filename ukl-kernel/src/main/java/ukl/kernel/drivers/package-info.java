/**
 * Device drivers: {@code virtio} (the transport and split virtqueues VirtIO devices share),
 * {@code net} (NICs, which implement the stack's {@link ukl.kernel.net.phy.NetDevice}) and
 * {@code console} (UARTs and virtio consoles behind {@code ConsoleDevice}, picked by
 * {@code ukl.kernel.console}).
 *
 * <p>Contract: drivers poll, allocate their rings and buffers once when a device is probed and
 * never per packet, and reach hardware only through {@code ukl.kernel.hw}, so each runs
 * on the JVM against a fake device. Depends on {@code hw} and, for {@code net}, on
 * {@code net.phy}.
 *
 * <p>Interrupts: DESIGN.md chose polling with device interrupts suppressed
 * ({@code VRING_AVAIL_F_NO_INTERRUPT}, VirtIO 1.1 §2.6.7) for the lowest latency. That stays the
 * rule while traffic flows. Only the idle path differs: a vCPU that spins while nothing arrives
 * burns a host core that the peer and QEMU's I/O thread need, which showed as a p99 latency 2.3x a
 * Linux guest's that halts when idle. So before halting, a NIC driver turns its RX interrupt on
 * ({@code armReceiveInterrupt}), and after the wake-up off again (as Linux's NAPI does); the
 * interrupt handler only acknowledges, all work stays in the polling loop.
 */
package ukl.kernel.drivers;
