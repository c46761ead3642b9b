package java.util;

/** Thrown by a {@link Scanner} when the next token is not of the type asked for. */
public class InputMismatchException extends NoSuchElementException {
    public InputMismatchException() {}

    public InputMismatchException(String s) {
        super(s);
    }
}
