package java.time.temporal;

import java.time.DateTimeException;

/** A field or unit the temporal does not have, such as an hour of a LocalDate. */
public class UnsupportedTemporalTypeException extends DateTimeException {
    public UnsupportedTemporalTypeException(String message) {
        super(message);
    }

    public UnsupportedTemporalTypeException(String message, Throwable cause) {
        super(message, cause);
    }
}
