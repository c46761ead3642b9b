package ukl.translator;

/**
 * The closed world uses something the translator cannot express in C. The message names the
 * class, the method and the bytecode offset or source line, what is unsupported, and what to do.
 */
public final class TranslationException extends Exception {
    private static final long serialVersionUID = 1L;

    TranslationException(String message) {
        super(message);
    }

    TranslationException(String message, Throwable cause) {
        super(message, cause);
    }
}
