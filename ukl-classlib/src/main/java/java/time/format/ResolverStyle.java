package java.time.format;

/** How parsed fields become a date and time: STRICT rejects 2023-02-29, SMART clips it, LENIENT rolls over. */
public enum ResolverStyle {
    STRICT,
    SMART,
    LENIENT
}
