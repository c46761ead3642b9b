package ukl.bench.linux;

/** The guest cannot be built or booted; the message says which step failed, why, and the fix. */
public final class LinuxGuestException extends Exception {
    private static final long serialVersionUID = 1L;

    LinuxGuestException(String message) {
        super(message);
    }

    LinuxGuestException(String message, Throwable cause) {
        super(message, cause);
    }
}
