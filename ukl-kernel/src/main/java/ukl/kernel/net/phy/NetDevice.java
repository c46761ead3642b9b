package ukl.kernel.net.phy;

/**
 * A network interface card as the stack sees it: poll-mode, Ethernet frames without FCS.
 *
 * <p>Receiving copies one frame into a caller buffer (the driver then recycles its descriptor at
 * once). Transmitting is zero-copy: the stack asks for the driver's next free TX buffer, writes a
 * frame into it from index 0, and hands it back with {@link #transmit}. Neither allocates.
 */
public interface NetDevice {
    /** The station address: 48 bits in the low bits (see {@code wire.MacAddress}). */
    long macAddress();

    /** The largest IP packet a frame carries (1500 for Ethernet); frames are up to {@code mtu() + 14}. */
    int mtu();

    /**
     * Copies the next received frame into {@code buf} from index 0 and returns its length, or 0 when
     * none is waiting. {@code buf} holds at least {@code mtu() + 14} bytes; longer frames are dropped
     * by the driver.
     */
    int receive(byte[] buf);

    /**
     * The buffer for the next frame to send, at least {@code mtu() + 14} bytes, or {@code null}
     * when the transmit queue is full. Asking again before {@link #transmit} returns the same buffer.
     */
    byte[] txBuffer();

    /** Sends the first {@code len} bytes of the buffer {@link #txBuffer()} returned. */
    void transmit(int len);

    /**
     * Whether the device completes the checksum of a TCP segment it sends
     * ({@link #transmitCompletingChecksum}), as a NIC with checksum offload does.
     */
    default boolean completesChecksums() {
        return false;
    }

    /**
     * As {@link #transmit}, with the transport checksum left to the device: it sums the frame from
     * {@code start} to its end (the checksum field holds the pseudo-header's sum) and stores the
     * result at {@code start + offset}. Only when {@link #completesChecksums()}.
     */
    default void transmitCompletingChecksum(int len, int start, int offset) {
        throw new UnsupportedOperationException("this device does not complete checksums (completesChecksums())");
    }

    /**
     * Whether the transport checksum of the frame {@link #receive} last returned is known to be
     * good: the device checked it, or the frame comes from the host's own stack, which left the
     * checksum to the card. The stack then need not sum the frame again.
     */
    default boolean receivedChecksumGood() {
        return false;
    }
}
