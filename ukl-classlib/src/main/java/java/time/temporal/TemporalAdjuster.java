package java.time.temporal;

/** A strategy that moves a temporal, such as "the last day of the month". */
public interface TemporalAdjuster {
    Temporal adjustInto(Temporal temporal);
}
