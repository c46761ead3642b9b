package java.time;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;

/**
 * The {@code X::from} queries that the {@code parse(text, formatter)} methods pass to
 * {@code DateTimeFormatter.parse(text, query)}, as classes (the class library has no lambdas).
 */
final class From<T> implements TemporalQuery<T> {
    static final From<LocalDate> LOCAL_DATE = new From<>(0);
    static final From<LocalTime> LOCAL_TIME = new From<>(1);
    static final From<LocalDateTime> LOCAL_DATE_TIME = new From<>(2);
    static final From<Instant> INSTANT = new From<>(3);
    static final From<OffsetDateTime> OFFSET_DATE_TIME = new From<>(4);
    static final From<ZonedDateTime> ZONED_DATE_TIME = new From<>(5);
    static final From<Year> YEAR = new From<>(6);
    static final From<YearMonth> YEAR_MONTH = new From<>(7);
    static final From<MonthDay> MONTH_DAY = new From<>(8);

    private final int kind;

    private From(int kind) {
        this.kind = kind;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T queryFrom(TemporalAccessor t) {
        return (T)
                switch (kind) {
                    case 0 -> LocalDate.from(t);
                    case 1 -> LocalTime.from(t);
                    case 2 -> LocalDateTime.from(t);
                    case 3 -> Instant.from(t);
                    case 4 -> OffsetDateTime.from(t);
                    case 5 -> ZonedDateTime.from(t);
                    case 6 -> Year.from(t);
                    case 7 -> YearMonth.from(t);
                    default -> MonthDay.from(t);
                };
    }
}
