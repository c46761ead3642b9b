/**
 * Device drivers: {@code virtio} (the transport and split virtqueues VirtIO devices share) and
 * {@code net} (NICs, which implement the stack's {@link ukl.kernel.net.phy.NetDevice}).
 *
 * <p>Contract: drivers poll (no interrupts), allocate their rings and buffers once when a device is
 * probed and never per packet, and reach hardware only through {@code ukl.kernel.hw}, so each runs
 * on the JVM against a fake device. Depends on {@code hw} and, for {@code net}, on
 * {@code net.phy}.
 */
package ukl.kernel.drivers;
