package ukl.kernel.hw;

/**
 * Physical memory on the JVM: each array {@link #addressOf} sees gets a fake physical address,
 * 16 bytes past a 64-byte boundary (like an object header), so page alignment is never free.
 * Every access must fall inside one known array. Lookups allocate nothing.
 */
public final class FakeMemory implements PhysicalMemory {
    private static final long FIRST = 0x10_0000;

    private byte[][] arrays = new byte[64][];
    private long[] bases = new long[64];
    private int count;
    private long next = FIRST;

    @Override
    public long addressOf(byte[] array) {
        for (int i = 0; i < count; i++) {
            if (arrays[i] == array) {
                return bases[i];
            }
        }
        if (count == arrays.length) {
            byte[][] a = new byte[2 * count][];
            long[] b = new long[2 * count];
            System.arraycopy(arrays, 0, a, 0, count);
            System.arraycopy(bases, 0, b, 0, count);
            arrays = a;
            bases = b;
        }
        long base = ((next + 63) & -64) + 16;
        arrays[count] = array;
        bases[count++] = base;
        next = base + array.length;
        return base;
    }

    /** Copies {@code len} bytes from physical memory at {@code address} into {@code dst}. */
    public void read(long address, byte[] dst, int off, int len) {
        int i = find(address, len);
        System.arraycopy(arrays[i], (int) (address - bases[i]), dst, off, len);
    }

    /** Copies {@code len} bytes of {@code src} into physical memory at {@code address}. */
    public void write(long address, byte[] src, int off, int len) {
        int i = find(address, len);
        System.arraycopy(src, off, arrays[i], (int) (address - bases[i]), len);
    }

    @Override
    public int peek8(long address) {
        return (int) load(address, 1);
    }

    @Override
    public int peek16(long address) {
        return (int) load(address, 2);
    }

    @Override
    public int peek32(long address) {
        return (int) load(address, 4);
    }

    @Override
    public long peek64(long address) {
        return load(address, 8);
    }

    @Override
    public void poke8(long address, int value) {
        store(address, value, 1);
    }

    @Override
    public void poke16(long address, int value) {
        store(address, value, 2);
    }

    @Override
    public void poke32(long address, int value) {
        store(address, value, 4);
    }

    @Override
    public void poke64(long address, long value) {
        store(address, value, 8);
    }

    // The JVM runs driver and fake device on one thread: program order is the only order.
    @Override
    public void fence() {}

    @Override
    public void readBarrier() {}

    @Override
    public void writeBarrier() {}

    private long load(long address, int width) {
        int i = find(address, width);
        byte[] a = arrays[i];
        int off = (int) (address - bases[i]);
        long v = 0;
        for (int k = width - 1; k >= 0; k--) {
            v = v << 8 | (a[off + k] & 0xff);
        }
        return v;
    }

    private void store(long address, long value, int width) {
        int i = find(address, width);
        byte[] a = arrays[i];
        int off = (int) (address - bases[i]);
        for (int k = 0; k < width; k++) {
            a[off + k] = (byte) (value >>> (8 * k));
        }
    }

    /** The array holding [address, address + len): bases grow with the index, so bisect. */
    private int find(long address, int len) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (bases[mid] <= address) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi < 0 || address + len > bases[hi] + arrays[hi].length) {
            throw new AssertionError("access of " + len + " bytes at 0x" + Long.toHexString(address)
                    + " is outside every array handed to a device");
        }
        return hi;
    }
}
