package ukl.kernel.arch;

/**
 * Physical memory intrinsics for device drivers (docs/contracts.md §5): the address of an array,
 * volatile loads and stores, and barriers.
 *
 * <p>RAM is identity-mapped and objects never move, so the address of an array's element 0 is
 * also the address a device uses for DMA. Every access is little-endian (x86), of exactly the
 * width named, and {@code volatile} in the C sense: gcc neither drops, merges, nor reorders it
 * against other volatile accesses or port I/O. Each javadoc states the C body boot-image must
 * give {@code ukl_native_Memory_<method>} in {@code ukl_natives.h}.
 *
 * <p>No method here is overloaded: §5 names the C function after the method alone.
 */
public final class Memory {
    private Memory() {}

    /** {@code return (int64_t)(uintptr_t)array;} (the array parameter is element 0's address, §5; 0 for null). */
    public static native long addressOf(byte[] array);

    /** {@code return *(volatile uint8_t *)(uintptr_t)address;} zero-extended. */
    public static native int peek8(long address);

    /** {@code return *(volatile uint16_t *)(uintptr_t)address;} zero-extended. */
    public static native int peek16(long address);

    /** {@code return (int32_t)*(volatile uint32_t *)(uintptr_t)address;} */
    public static native int peek32(long address);

    /** {@code return (int64_t)*(volatile uint64_t *)(uintptr_t)address;} */
    public static native long peek64(long address);

    /** {@code *(volatile uint8_t *)(uintptr_t)address = (uint8_t)value;} */
    public static native void poke8(long address, int value);

    /** {@code *(volatile uint16_t *)(uintptr_t)address = (uint16_t)value;} */
    public static native void poke16(long address, int value);

    /** {@code *(volatile uint32_t *)(uintptr_t)address = (uint32_t)value;} */
    public static native void poke32(long address, int value);

    /** {@code *(volatile uint64_t *)(uintptr_t)address = (uint64_t)value;} */
    public static native void poke64(long address, long value);

    /**
     * Full barrier: {@code __atomic_thread_fence(__ATOMIC_SEQ_CST);} ({@code mfence} plus a compiler
     * barrier). Orders earlier stores before later loads, which x86 alone does not (SDM Vol. 3A
     * §9.2.2): a driver needs it between publishing a buffer and reading the device's "no notify"
     * flag (VirtIO 1.1 §2.6.13.4, "Notifying the Device").
     */
    public static native void fence();

    /**
     * Load-load barrier: {@code __asm__ volatile("" ::: "memory");}. x86 never reorders loads with
     * loads, so a compiler barrier suffices; it keeps gcc from reading a buffer the device filled
     * before the ring index that says it is filled (VirtIO 1.1 §2.6.8).
     */
    public static native void readBarrier();

    /**
     * Store-store barrier: {@code __asm__ volatile("" ::: "memory");}. x86 never reorders stores
     * with stores; the compiler barrier keeps gcc from publishing a ring index before the entries
     * it covers (VirtIO 1.1 §2.6.13.3, "Updating idx").
     */
    public static native void writeBarrier();
}
