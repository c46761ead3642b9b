package ukl.kernel.hw;

import ukl.kernel.arch.Memory;

/** The machine's physical memory, identity-mapped (docs/contracts.md §5). */
public final class CpuMemory implements PhysicalMemory {
    public static final CpuMemory INSTANCE = new CpuMemory();

    private CpuMemory() {}

    @Override
    public long addressOf(byte[] array) {
        return Memory.addressOf(array);
    }

    @Override
    public int peek8(long address) {
        return Memory.peek8(address);
    }

    @Override
    public int peek16(long address) {
        return Memory.peek16(address);
    }

    @Override
    public int peek32(long address) {
        return Memory.peek32(address);
    }

    @Override
    public long peek64(long address) {
        return Memory.peek64(address);
    }

    @Override
    public void poke8(long address, int value) {
        Memory.poke8(address, value);
    }

    @Override
    public void poke16(long address, int value) {
        Memory.poke16(address, value);
    }

    @Override
    public void poke32(long address, int value) {
        Memory.poke32(address, value);
    }

    @Override
    public void poke64(long address, long value) {
        Memory.poke64(address, value);
    }

    @Override
    public void fence() {
        Memory.fence();
    }

    @Override
    public void readBarrier() {
        Memory.readBarrier();
    }

    @Override
    public void writeBarrier() {
        Memory.writeBarrier();
    }
}
