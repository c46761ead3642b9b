package ukl.qemutests.conform;

import echo.libc.LibcEchoServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The image side of {@code NetConformanceTest}: the libc echo server on the first port and, on a
 * thread of its own, RFC 865's quote of the day on the second: one fixed line, then the server
 * closes first, so that the suite can drive a connection of the image's through FIN-WAIT-1,
 * FIN-WAIT-2, CLOSING and TIME-WAIT. The Linux guest runs {@code echo-server.c} with the same two
 * ports and the same line.
 *
 * <p>Usage: {@code EchoAndQuoteServer ECHO_PORT QUOTE_PORT}.
 */
public final class EchoAndQuoteServer {
    private static final byte[] QUOTE =
            "A system call should cost a procedure call.\r\n".getBytes(StandardCharsets.US_ASCII);

    private EchoAndQuoteServer() {}

    public static void main(String[] args) throws IOException {
        ServerSocket quotes = new ServerSocket(Integer.parseInt(args[1]));
        Thread.ofPlatform().daemon().name("quotes").start(() -> serve(quotes));
        LibcEchoServer.main(new String[] {args[0]});
    }

    private static void serve(ServerSocket quotes) {
        for (; ; ) {
            try (Socket client = quotes.accept()) {
                client.getOutputStream().write(QUOTE);
            } catch (IOException e) {
                // a client that reset before its line: the next one is served all the same
            }
        }
    }
}
