package echo;

import java.net.URISyntaxException;
import java.util.List;

/** The java.nio sample ({@link EchoServer}) on a JVM: plain JDK sockets, no native access. */
class NioEchoServerTest extends EchoServerContract {
    @Override
    List<String> command() throws URISyntaxException {
        return List.of("-cp", location(EchoServer.class), EchoServer.class.getName(), "0");
    }
}
