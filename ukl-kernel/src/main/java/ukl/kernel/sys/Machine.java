package ukl.kernel.sys;

/**
 * What a blocking socket call needs from the machine: the time, and a way to wait a moment
 * between polls of the interface. The image has no interrupts, so waiting is a {@code pause}
 * spin (not {@code hlt}: nothing would wake it); tests advance a fake clock and run the peer.
 */
interface Machine {
    long nanos();

    void pause();
}
