package java.time.zone;

import java.time.DateTimeException;

/** A zone whose rules are unknown: any region, as images carry no time-zone database. */
public class ZoneRulesException extends DateTimeException {
    public ZoneRulesException(String message) {
        super(message);
    }

    public ZoneRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
