package ukl.qemutests;

/** samples/echo-server, the java.nio Selector server, as an image. */
class NioEchoServerImageTest extends EchoServerImageContract {
    @Override
    Class<?> mainClass() {
        return echo.EchoServer.class;
    }
}
