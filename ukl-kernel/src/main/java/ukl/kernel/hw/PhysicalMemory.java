package ukl.kernel.hw;

/**
 * Physical memory as a device sees it. Accesses are little-endian, of exactly the width named,
 * and never dropped, merged or cached: each is a {@code volatile} access in the image. Narrow
 * reads return the value zero-extended; writes use the value's low bits.
 */
public interface PhysicalMemory {
    /** The physical (DMA) address of {@code array[0]}: the array never moves. */
    long addressOf(byte[] array);

    int peek8(long address);

    int peek16(long address);

    int peek32(long address);

    long peek64(long address);

    void poke8(long address, int value);

    void poke16(long address, int value);

    void poke32(long address, int value);

    void poke64(long address, long value);

    /** Orders every earlier access before every later one, stores before loads included. */
    void fence();

    /** Orders earlier loads before later loads. */
    void readBarrier();

    /** Orders earlier stores before later stores. */
    void writeBarrier();
}
