package echo;

import echo.libc.LibcEchoServer;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import ukl.libc.Libc;

/** The sample on ukl's system-call layer ({@link LibcEchoServer}) on a JVM: Libc makes real system calls over FFM. */
class LibcEchoServerTest extends EchoServerContract {
    @Override
    List<String> command() throws URISyntaxException {
        return List.of(
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                location(LibcEchoServer.class) + File.pathSeparator + location(Libc.class),
                LibcEchoServer.class.getName(),
                "0");
    }
}
