package ukl.boot.qemu;

/** QEMU could not be started, or failed before the guest ran; the message carries QEMU's own words. */
public final class QemuException extends Exception {
    private static final long serialVersionUID = 1L;

    public QemuException(String message) {
        super(message);
    }

    public QemuException(String message, Throwable cause) {
        super(message, cause);
    }
}
