package corpus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A conference schedule printed with formatters: sessions in UTC shown at offsets of the
 * attendees, with patterns and the ISO and RFC 1123 constants; then times typed by users parsed
 * back, with the errors they make.
 */
public class ScheduleFormatting {
    static final class Session {
        private final String title;
        private final ZonedDateTime start;
        private final Duration length;

        Session(String title, ZonedDateTime start, Duration length) {
            this.title = title;
            this.start = start;
            this.length = length;
        }

        String title() {
            return title;
        }

        ZonedDateTime start() {
            return start;
        }

        Duration length() {
            return length;
        }

        ZonedDateTime end() {
            return start.plus(length);
        }
    }

    public static void main(String[] args) {
        ZoneId utc = ZoneId.of("UTC");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu");
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        DateTimeFormatter twelve = DateTimeFormatter.ofPattern("h:mm a");
        List<Session> sessions = new ArrayList<>();
        ZonedDateTime t = ZonedDateTime.of(2024, 10, 7, 8, 30, 0, 0, utc);
        String[] titles = {"Registration", "Keynote", "Unikernels in practice", "Lunch", "Closed worlds", "Panel"};
        long[] minutes = {45, 60, 50, 75, 40, 90};
        for (int i = 0; i < titles.length; i++) {
            Session s = new Session(titles[i], t, Duration.ofMinutes(minutes[i]));
            sessions.add(s);
            t = s.end().plusMinutes(10);
        }
        System.out.println(day.format(sessions.get(0).start()));
        ZoneOffset[] offsets = {ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-7)};
        for (Session s : sessions) {
            StringBuilder line = new StringBuilder(String.format("%-24s", s.title()));
            for (ZoneOffset off : offsets) {
                ZonedDateTime local = s.start().withZoneSameInstant(off);
                line.append(clock.format(local))
                        .append('-')
                        .append(clock.format(s.end().withZoneSameInstant(off)))
                        .append(' ')
                        .append(String.format("%-7s", off))
                        .append(' ');
            }
            line.append(twelve.format(s.start())).append(" ").append(s.length());
            System.out.println(line.toString().stripTrailing());
        }
        Session keynote = sessions.get(1);
        System.out.println("ISO_LOCAL_DATE_TIME  " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(keynote.start()));
        System.out.println("ISO_OFFSET_DATE_TIME " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(keynote.start()));
        System.out.println("ISO_ZONED_DATE_TIME  " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(keynote.start()));
        System.out.println("ISO_INSTANT          " + DateTimeFormatter.ISO_INSTANT.format(keynote.start()));
        System.out.println("ISO_DATE             " + DateTimeFormatter.ISO_DATE.format(keynote.start()));
        System.out.println("BASIC_ISO_DATE       " + DateTimeFormatter.BASIC_ISO_DATE.format(keynote.start()));
        System.out.println("RFC_1123_DATE_TIME   " + DateTimeFormatter.RFC_1123_DATE_TIME.format(keynote.start()));
        System.out.println("toString             " + keynote.start() + " / "
                + keynote.start().toOffsetDateTime() + " / " + keynote.start().toInstant() + " / "
                + keynote.start().withZoneSameInstant(ZoneId.of("UTC+02:00")));
        DateTimeFormatter log =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);
        Instant event = Instant.ofEpochMilli(1728290112345L);
        System.out.println("log line: " + log.format(event) + " ["
                + DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss Z")
                        .withZone(ZoneOffset.ofHours(2))
                        .format(event) + "]");
        System.out.println("ordinal "
                + DateTimeFormatter.ISO_ORDINAL_DATE.format(keynote.start().toLocalDate()) + ", era "
                + DateTimeFormatter.ofPattern("G yyyy, 'day' D, e").format(keynote.start()));

        String[][] typed = {
            {"dd/MM/yyyy HH:mm", "07/10/2024 14:05"},
            {"dd/MM/yyyy HH:mm", "7/10/2024 14:05"},
            {"yyyy-MM-dd HH:mm[:ss]", "2024-10-07 09:15"},
            {"yyyy-MM-dd HH:mm[:ss]", "2024-10-07 09:15:42"},
            {"uuuuMMddHHmm", "202410071405"},
            {"h:mm a, MMM d uuuu", "2:05 PM, Oct 7 2024"},
            {"yyyy-MM-dd HH:mm", "2024-02-30 10:00"},
            {"yyyy-MM-dd HH:mm", "2024-10-07 25:00"},
            {"yyyy-MM-dd HH:mm", "2024-10-07 10:00 extra"},
        };
        for (String[] p : typed) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(p[1], DateTimeFormatter.ofPattern(p[0]));
                System.out.println("'" + p[1] + "' -> " + ldt + " (" + ldt.getDayOfWeek() + ")");
            } catch (DateTimeParseException e) {
                System.out.println("'" + p[1] + "' -> " + e.getMessage());
            }
        }
        String[] stamps = {"2024-10-07T14:05:00Z", "2024-10-07T14:05:00.250+05:30", "2024-10-07T14:05Z"};
        for (String s : stamps) {
            try {
                Instant i = Instant.parse(s);
                System.out.println(s + " -> " + i + " = " + i.toEpochMilli() + " ms");
            } catch (DateTimeParseException e) {
                System.out.println(s + " -> " + e.getMessage());
            }
        }
        OffsetDateTime odt = OffsetDateTime.parse("2024-10-07T23:30:00-07:00");
        System.out.println(odt + " is " + odt.withOffsetSameInstant(ZoneOffset.UTC) + " and "
                + odt.toLocalTime().isAfter(LocalTime.NOON));
        ZonedDateTime z = ZonedDateTime.parse("2024-03-10T10:00:00+01:00[UTC+01:00]");
        System.out.println(z + " zone " + z.getZone() + " offset " + z.getOffset() + " "
                + z.format(DateTimeFormatter.ofPattern("VV z O")));
    }
}
