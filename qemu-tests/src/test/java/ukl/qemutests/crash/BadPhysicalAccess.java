package ukl.qemutests.crash;

import ukl.kernel.arch.Memory;

/** Reads guest-physical memory that is not there (1 TiB, never mapped): a page fault in the kernel's native. */
public final class BadPhysicalAccess {
    private BadPhysicalAccess() {}

    public static void main(String[] args) {
        System.out.println("reading beyond RAM");
        System.out.println(readBeyondRam()); // the faulting line
    }

    private static long readBeyondRam() {
        return Memory.peek64(1L << 40);
    }
}
