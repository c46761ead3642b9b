/**
 * The platform seam: what the kernel needs from what it runs on, and the two things it runs on.
 *
 * <p>{@link ukl.kernel.platform.Platform} is the whole seam: a monotonic and a wall clock, some
 * entropy, the console (write descriptors 1 and 2, read descriptor 0 without blocking), the NIC
 * (a {@link ukl.kernel.drivers.net.NetDriver}, the stack's {@link ukl.kernel.net.phy.NetDevice}),
 * a wait ("until a frame or console input may have come, or this deadline"), and exit. The
 * system calls ({@code sys}), the scheduler ({@code sched}), the network bring-up
 * ({@code netdev}) and start-up use only it.
 *
 * <table>
 * <caption>The two platforms</caption>
 * <tr><th>need</th><th>PVH guest ({@code VmPlatform})</th><th>Linux process ({@code ProcessPlatform})</th></tr>
 * <tr><td>clock</td><td>TSC calibrated against the PIT, CMOS at boot</td><td>{@code clock_gettime}</td></tr>
 * <tr><td>random bytes</td><td>{@code rdrand}, or a weaker SipHash of TSC readings ({@code Entropy})</td><td>{@code getrandom}</td></tr>
 * <tr><td>console</td><td>out and errors: a virtio console each where the machine has them, else COM1
 * and COM2; in: COM1</td><td>descriptors 0, 1, 2</td></tr>
 * <tr><td>NIC</td><td>legacy virtio-net over PCI</td><td>a tap device ({@code ukl.tap=tap0})</td></tr>
 * <tr><td>wait</td><td>spin on the NIC's receive ring ({@code ukl.spin}, 100 µs after the last frame), then {@code hlt} until the NIC's IRQ or the PIT</td><td>{@code ppoll} on the tap</td></tr>
 * <tr><td>memory</td><td>RAM from the PVH memory map</td><td>one {@code mmap} before {@code main}</td></tr>
 * <tr><td>exit</td><td>isa-debug-exit (QEMU exits with 2·status+1)</td><td>{@code exit_group(status)}</td></tr>
 * <tr><td>confinement</td><td>the VM</td><td>a seccomp filter: six system calls</td></tr>
 * </table>
 *
 * <p>The choice is made by the runtime the toolchain links (boot-image's {@code ukl/boot} or
 * {@code ukl/process}): its {@code ukl_natives.h} answers {@link ukl.kernel.arch.Host#isProcess()}
 * with a constant, and gcc keeps only that side. Memory is not part of the seam: the runtime hands
 * the heap to the collector before {@code main}, on both platforms.
 *
 * <p>Depends on {@code drivers.net}, {@code hw}, {@code console}, {@code time} and {@code arch};
 * nothing below depends on it.
 */
package ukl.kernel.platform;
