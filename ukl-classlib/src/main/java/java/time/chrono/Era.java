package java.time.chrono;

/** An era of a calendar system; ISO has {@link IsoEra}. */
public interface Era {
    int getValue();
}
