package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ukl.bench.run.Json;

class ReportsTest {
    @Test
    void csvFieldsAreQuotedPerRfc4180() {
        assertEquals(
                "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",7",
                Reports.row("a", "b,c", "say \"hi\"", "two\nlines", 7));
    }

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControls() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.string("a\"b\\c\nd\u0001"));
    }
}
