/**
 * Hardware access as objects: {@link ukl.kernel.hw.PortIo} (x86 I/O ports) and
 * {@link ukl.kernel.hw.PhysicalMemory} (volatile loads and stores, barriers, the DMA address of
 * an array), each with one real implementation over the {@code ukl.kernel.arch} intrinsics
 * ({@link ukl.kernel.hw.CpuPorts}, {@link ukl.kernel.hw.CpuMemory}) so that drivers run on the
 * JVM against fakes; {@link ukl.kernel.hw.Dma} hands out memory shared with devices.
 *
 * <p>Contract: depends only on {@code arch}. An image holds only the real implementations, so
 * every call here is monomorphic and gcc inlines it down to the instruction.
 */
package ukl.kernel.hw;
