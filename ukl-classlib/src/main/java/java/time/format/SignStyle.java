package java.time.format;

/** When a number is printed with a sign, and when a parsed sign is accepted. */
public enum SignStyle {
    NORMAL,
    ALWAYS,
    NEVER,
    NOT_NEGATIVE,
    EXCEEDS_PAD;

    /** Whether a parsed sign is accepted: NORMAL takes '-' (and '+' when lenient), ALWAYS and EXCEEDS_PAD both. */
    boolean parse(boolean positive, boolean strict, boolean fixedWidth) {
        return switch (this) {
            case NORMAL -> !positive || !strict;
            case ALWAYS, EXCEEDS_PAD -> true;
            default -> !strict && !fixedWidth;
        };
    }
}
