package ukl.qemutests;

/** samples/libc-echo-server, the server on ukl.libc.Libc, as an image. */
class LibcEchoServerImageTest extends EchoServerImageContract {
    @Override
    Class<?> mainClass() {
        return echo.libc.LibcEchoServer.class;
    }
}
