package ukl.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeapReportTest {
    @Test
    void formatsTheLineInPlace() {
        for (long used : new long[] {0, 7, 10, 1_234_567, Long.MAX_VALUE}) {
            byte[] line = new byte[64];
            int n = HeapReport.format(HeapReport.USED, used, line);
            assertEquals(
                    "ukl.netstats: heap used " + used + " bytes\n", new String(line, 0, n, StandardCharsets.US_ASCII));
            n = HeapReport.format(HeapReport.LIVE, used, line);
            assertEquals(
                    "ukl.netstats: heap live " + used + " bytes\n", new String(line, 0, n, StandardCharsets.US_ASCII));
        }
    }
}
