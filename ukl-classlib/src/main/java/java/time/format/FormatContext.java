package java.time.format;

import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQuery;

/** The temporal being formatted; inside an optional section a missing field is null, not an error. */
final class FormatContext {
    final TemporalAccessor temporal;
    private int optional;

    FormatContext(TemporalAccessor temporal) {
        this.temporal = temporal;
    }

    void startOptional() {
        optional++;
    }

    void endOptional() {
        optional--;
    }

    Long value(TemporalField field) {
        if (optional > 0 && !temporal.isSupported(field)) {
            return null;
        }
        return temporal.getLong(field);
    }

    <R> R value(TemporalQuery<R> query) {
        R result = temporal.query(query);
        if (result == null && optional == 0) {
            throw new DateTimeException("Unable to extract " + query + " from temporal " + temporal);
        }
        return result;
    }
}
