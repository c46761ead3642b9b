package java.util;

/** The root of the format-string errors {@link Formatter} reports. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException(String message) {
        super(message);
    }
}
