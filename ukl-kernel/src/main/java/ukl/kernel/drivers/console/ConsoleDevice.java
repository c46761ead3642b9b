package ukl.kernel.drivers.console;

/**
 * One output stream of the console (standard output or standard error) as a device carries it:
 * every byte exactly as given (no {@code \n} to {@code \r\n}), in order.
 */
public interface ConsoleDevice {
    /**
     * Writes {@code buf[off, off+len)} and returns once the device has taken all of it: the caller
     * may reuse the array at once, and nothing written is lost when the machine stops next.
     */
    void write(byte[] buf, int off, int len);
}
