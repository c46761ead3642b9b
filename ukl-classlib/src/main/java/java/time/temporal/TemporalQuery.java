package java.time.temporal;

/** A question asked of a temporal, such as "which zone?". */
public interface TemporalQuery<R> {
    R queryFrom(TemporalAccessor temporal);
}
