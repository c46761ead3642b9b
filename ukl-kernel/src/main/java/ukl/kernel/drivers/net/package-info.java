/**
 * NIC drivers behind the stack's {@link ukl.kernel.net.phy.NetDevice}: in a VM
 * {@link ukl.kernel.drivers.net.VirtioNet}, legacy virtio-net over PCI (VirtIO 1.1 §5.1); in a
 * Linux process {@link ukl.kernel.drivers.net.TapDevice}, a tap descriptor. The
 * kernel above sees a driver only as a {@link ukl.kernel.drivers.net.NetDriver} (the device, its
 * receive interrupt, its counters) and gets one from {@link ukl.kernel.drivers.net.NetDrivers#probe}, the one place that
 * names the concrete drivers.
 *
 * <p>Contract: a driver is created by a {@code probe} that returns {@code null} when its device is
 * absent, allocates every ring and buffer then, and never allocates per frame. Depends on
 * {@code drivers.virtio}, {@code hw} and {@code net.phy}.
 */
package ukl.kernel.drivers.net;
