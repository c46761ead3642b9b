package ukl.toolchain;

/** A build or run failed for a reason the user can act on; the message says what and how. */
public final class ToolchainException extends Exception {
    private static final long serialVersionUID = 1L;

    public ToolchainException(String message) {
        super(message);
    }

    public ToolchainException(String message, Throwable cause) {
        super(message, cause);
    }
}
