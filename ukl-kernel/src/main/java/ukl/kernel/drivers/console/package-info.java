/**
 * Console drivers behind {@link ukl.kernel.drivers.console.ConsoleDevice}: a 16550 UART
 * ({@link ukl.kernel.drivers.console.Uart16550}, one port write per byte, also the input) and a
 * legacy virtio console over PCI ({@link ukl.kernel.drivers.console.VirtioConsole}, VirtIO 1.1
 * §5.3, one notification per write). {@link ukl.kernel.drivers.console.ConsoleDevices#probe} is the
 * one place that names the PCI ones; which device carries which stream is the console facade's
 * choice ({@code ukl.kernel.console}).
 *
 * <p>Contract: a write returns once the device has taken every byte, so the caller may reuse its
 * array and the machine may stop right after. Drivers allocate their rings when probed, never per
 * write. Depends on {@code drivers.virtio} and {@code hw}.
 */
package ukl.kernel.drivers.console;
