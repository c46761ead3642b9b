package ukl.qemutests;

/** samples/echo-server, the java.nio Selector server, as an image in a 4 MiB guest. */
class NioEchoServerImageTest extends EchoServerImageContract {
    @Override
    Class<?> mainClass() {
        return echo.EchoServer.class;
    }

    @Override
    int memoryMiB() {
        return 4;
    }
}
