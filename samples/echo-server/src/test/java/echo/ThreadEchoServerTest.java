package echo;

import echo.threads.ThreadEchoServer;
import java.net.URISyntaxException;
import java.util.List;

/** The thread-per-connection sample ({@link ThreadEchoServer}) on a JVM: virtual threads over blocking sockets. */
class ThreadEchoServerTest extends EchoServerContract {
    @Override
    List<String> command() throws URISyntaxException {
        return List.of("-cp", location(ThreadEchoServer.class), ThreadEchoServer.class.getName(), "0");
    }
}
