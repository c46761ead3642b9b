package ukl.kernel.drivers.net;

import ukl.kernel.net.phy.NetDevice;

/**
 * A NIC driver as the kernel above the stack sees it: the stack's {@link NetDevice}, plus what
 * the idle loop needs to halt until a frame arrives, and counters for {@code ukl.netstats}. The
 * system calls and the network bring-up use only this, so they do not depend on which driver
 * {@link NetDrivers#probe} found.
 */
public interface NetDriver extends NetDevice {
    /** The legacy PIC line the device interrupts on; -1 when unknown (then it cannot wake a CPU). */
    int interruptLine();

    /**
     * Before the CPU halts: asks for an interrupt when a frame arrives. Returns {@code false},
     * interrupts off again, when a frame came in meanwhile: poll instead of halting.
     */
    boolean armReceiveInterrupt();

    /** After the CPU woke: back to polling, without interrupts. */
    void disarmReceiveInterrupt();

    /**
     * Whether a received frame waits in the device's queue: one look at it, without taking the
     * frame, for an idle loop that busy-polls (NAPI's way) before it halts.
     */
    boolean receivePending();

    /** The driver's counters on one line, e.g. {@code virtio-net rxFrames=… txFrames=…}. */
    String counters();
}
