package ukl.boot;

/** Building an image failed; the message says what, why, and what to do, and carries gcc's diagnostics. */
public final class ImageBuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageBuildException(String message) {
        super(message);
    }

    public ImageBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
