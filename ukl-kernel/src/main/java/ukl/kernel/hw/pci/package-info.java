/**
 * PCI: configuration space through configuration mechanism #1 (I/O ports 0xCF8/0xCFC, PCI Local
 * Bus 3.0 §3.2.2.3.2), enumeration of bus 0, and BAR assignment.
 *
 * <p>Contract: {@link ukl.kernel.hw.pci.PciBus#scan} runs once at boot. The firmware ukl boots
 * with (qboot) leaves every BAR unassigned, so the kernel owns PCI resources: it sizes and assigns
 * every BAR of every function on bus 0 from fixed windows (I/O 0xC000–0xFFFF, memory
 * 0xE000_0000–0xFEBF_FFFF, see {@code BarWindows}) and leaves decoding as it found it. A driver
 * then calls {@link ukl.kernel.hw.pci.PciFunction#enable} on the function it claims. Buses behind
 * bridges are not scanned. Depends on {@code hw} only.
 */
package ukl.kernel.hw.pci;
