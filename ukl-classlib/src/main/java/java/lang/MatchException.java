package java.lang;

/** Thrown by a pattern {@code switch} that no case matched (JLS §14.11.3). */
public final class MatchException extends RuntimeException {
    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
