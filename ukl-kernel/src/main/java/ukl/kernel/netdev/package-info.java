/**
 * Network bring-up for an image: finds the NIC on the PCI bus, starts its driver
 * ({@link ukl.kernel.drivers.net.NetDrivers#probe}; it sees the driver as a
 * {@link ukl.kernel.drivers.net.NetDriver} only), and builds the
 * stack's {@link ukl.kernel.net.iface.Interface} with the address the kernel command line gives
 * ({@code ukl.ip=10.0.2.15/24 ukl.gw=10.0.2.1}, those being the defaults).
 *
 * <p>Contract: {@link ukl.kernel.netdev.Nic#probe} runs once, on the first {@code socket()} or
 * blocking system call, and returns {@code null} when the machine has no supported NIC. A malformed option is an
 * {@link java.lang.IllegalArgumentException} naming the option and the expected form.
 *
 * <p>The only package that joins {@code net} to {@code drivers} and {@code hw}; it touches real
 * hardware, so it is exercised by the QEMU tests, while {@link ukl.kernel.netdev.Nic#parseIp} and
 * the socket layer above are tested on the JVM.
 */
package ukl.kernel.netdev;
