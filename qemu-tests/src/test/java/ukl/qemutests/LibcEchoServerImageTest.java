package ukl.qemutests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * samples/libc-echo-server, the server on ukl.libc.Libc, as an image. Its echo path allocates
 * nothing per packet; the java.nio sample's does not hold that yet (the class library's Selector
 * allocates per selection), so the check runs here only.
 */
class LibcEchoServerImageTest extends EchoServerImageContract {
    @Override
    Class<?> mainClass() {
        return echo.libc.LibcEchoServer.class;
    }

    @Test
    @Order(6)
    void echoPathAllocatesNothingPerPacket() throws Exception {
        checkEchoPathAllocatesNothing();
    }
}
