package ukl.kernel.platform;

import ukl.kernel.arch.Cpu;

/**
 * Random bytes in the PVH guest, for {@code getrandom}. With {@code rdrand} (CPUID.01H:ECX[30];
 * QEMU's {@code -cpu max}, which the images boot with, has it) each 64-bit word is the CPU's,
 * hashed with the fallback's word so that a generator that stopped delivering leaves the
 * fallback's strength. Without it, the fallback: SipHash-2-4 (Aumasson and Bernstein, 2012) keyed
 * by TSC and CMOS-clock readings taken at boot, over the TSC read at each call and a counter.
 *
 * <p>The fallback is weaker than an operating system's pool: its only secret is the timing of the
 * boot (a few dozen unpredictable bits under emulation, fewer on a quiet machine), so an attacker
 * who can guess the boot's TSC values can predict its output. It keeps identifiers from repeating
 * across boots, which is what UUIDs need; keys should come from rdrand.
 */
final class Entropy {
    private static boolean seeded;
    private static boolean rdrand;
    private static long k0;
    private static long k1;
    private static long counter;

    private Entropy() {}

    static void fill(byte[] buf, int off, int len) {
        if (!seeded) {
            seed();
        }
        int end = off + len;
        while (off < end) {
            long word = sip(k0, k1, Cpu.rdtsc(), counter++);
            if (rdrand) {
                word = sip(k0 ^ Cpu.rdrand(), k1, word, counter);
            }
            for (int i = 0; i < 8 && off < end; i++) {
                buf[off++] = (byte) (word >>> (8 * i));
            }
        }
    }

    /** The key from what differs between boots: the TSC at boot and now, and the CMOS clock. */
    private static void seed() {
        rdrand = Cpu.hasRdrand() != 0;
        long t0 = Cpu.bootTsc();
        long t1 = Cpu.rdtsc();
        k0 = sip(0x736f6d6570736575L, 0x646f72616e646f6dL, t0, Cpu.bootEpochNanos());
        k1 = sip(k0, t1, Cpu.tscHz(), Cpu.rdtsc());
        seeded = true;
    }

    /** SipHash-2-4 of the 16-byte message {@code m0 m1} (little-endian words) under key {@code k0 k1}. */
    static long sip(long k0, long k1, long m0, long m1) {
        return sipHash24(k0, k1, new long[] {m0, m1}, 16L << 56);
    }

    /**
     * SipHash-2-4 of whole 8-byte blocks followed by {@code last}, the final block: the message's
     * length mod 256 in its top byte and the remaining bytes below (the paper's §2).
     */
    static long sipHash24(long k0, long k1, long[] blocks, long last) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        for (int i = 0; i <= blocks.length; i++) {
            long m = i < blocks.length ? blocks[i] : last;
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1;
                v1 = Long.rotateLeft(v1, 13) ^ v0;
                v0 = Long.rotateLeft(v0, 32);
                v2 += v3;
                v3 = Long.rotateLeft(v3, 16) ^ v2;
                v0 += v3;
                v3 = Long.rotateLeft(v3, 21) ^ v0;
                v2 += v1;
                v1 = Long.rotateLeft(v1, 17) ^ v2;
                v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }
}
