package ukl.kernel.net.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.NetStats.Counter;

class NetStatsTest {
    @Test
    void formatWritesWhatToStringSaysWithoutAllocating() {
        NetStats st = new NetStats();
        st.increment(Counter.RX_FRAMES);
        for (int i = 0; i < 1234567; i++) {
            st.increment(Counter.TCP_SYN_COOKIES_SENT);
        }
        st.increment(Counter.IP_BAD_SOURCE);
        byte[] line = new byte[NetStats.MAX_FORMAT_LEN];
        int end = st.format(line, 0);
        assertEquals(st.toString(), new String(line, 0, end, StandardCharsets.US_ASCII));
        assertEquals(1, st.drops(), "IP_BAD_SOURCE is a drop, the others are events");

        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(tid);
        int total = 0;
        for (int i = 0; i < 100; i++) {
            total += st.format(line, 0);
        }
        assertEquals(0, mx.getThreadAllocatedBytes(tid) - before, "the kernel prints it while measuring its heap");
        assertTrue(total > 0);
    }
}
